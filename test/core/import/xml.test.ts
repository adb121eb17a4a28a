import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { child, childrenNamed, decodeXmlEntities, parseXml, textOf, XmlError } from '../../../src/core/import/xml.js';

function errorOf(text: string): XmlError {
  try {
    parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) return e;
    throw e;
  }
  throw new Error('expected an XmlError');
}

describe('parseXml', () => {
  it('reads elements, attributes in both quote styles, text and self-closing tags', () => {
    const root = parseXml(`<a x="1" y='two words' z = "3"><b/><c k="v">text</c><b /></a>`);
    expect(root.name).to.equal('a');
    expect(root.attrs).to.deep.equal({ x: '1', y: 'two words', z: '3' });
    expect(childrenNamed(root, 'b')).to.have.length(2);
    expect(child(root, 'c')!.attrs).to.deep.equal({ k: 'v' });
    expect(textOf(child(root, 'c'))).to.equal('text');
    expect(textOf(child(root, 'missing'))).to.equal(undefined);
  });

  it('skips the declaration, DOCTYPE (with an internal subset), comments and processing instructions', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?>\n<!DOCTYPE s [<!ENTITY e "x">]>\n<!-- <fake/> -->' +
        '<s><?pi <x/> ?><!-- a > b --><t>1</t></s>\n<!-- after -->\n',
    );
    expect(root.children).to.have.length(1);
    expect(textOf(child(root, 't'))).to.equal('1');
  });

  it('keeps CDATA raw and decodes the predefined and numeric entities elsewhere', () => {
    const root = parseXml('<r a="&lt;&quot;&apos;&gt;&amp;#38;"><![CDATA[<p>&amp;</p>]]> &#233;&#x1F600;&#xe9;</r>');
    expect(root.attrs.a).to.equal(`<"'>&#38;`);
    expect(textOf(root)).to.equal('<p>&amp;</p> é😀é');
  });

  it('leaves unknown entities as written and turns impossible code points into U+FFFD', () => {
    expect(decodeXmlEntities('&nbsp; &#0; &#xD800; &#x110000; & amp; &amp;')).to.equal(
      '&nbsp; \uFFFD \uFFFD \uFFFD & amp; &',
    );
  });

  it('allows > inside attribute values and normalises their line breaks to spaces', () => {
    const root = parseXml('<r title="a > b" note="x\ny"/>');
    expect(root.attrs).to.deep.equal({ title: 'a > b', note: 'x y' });
  });

  it('keeps text split around elements in order and drops whitespace-only layout', () => {
    const root = parseXml('<r>\n  one <b>two</b> three\n</r>');
    expect(root.children.map((c) => (typeof c === 'string' ? c : `<${c.name}>`))).to.deep.equal([
      '\n  one ',
      '<b>',
      ' three\n',
    ]);
    expect(parseXml('<r>\n  <b/>\n</r>').children).to.have.length(1);
  });

  it('reports malformed input with its line', () => {
    expect(errorOf('<a>\n<b>\n</a>').message).to.equal('</a> does not close <b> (line 3)');
    expect(errorOf('<a>\n<b x=1/></a>').line).to.equal(2);
    expect(errorOf('<a><b></b>').message).to.match(/ends before <a> is closed/);
    expect(errorOf('<a/><b/>').message).to.match(/second root/);
    expect(errorOf('text').message).to.match(/outside the root/);
    expect(errorOf('').message).to.match(/No root element/);
    expect(errorOf('<a><!-- never closed </a>').message).to.match(/Unterminated comment/);
    expect(errorOf('<a></a >x').message).to.match(/outside the root/);
  });

  it('never throws anything but XmlError, and returns a tree for any text it accepts', () => {
    const alphabet = fc.constantFrom(
      '<',
      '>',
      '/',
      '!',
      '?',
      '-',
      '[',
      ']',
      '"',
      "'",
      '=',
      '&',
      ';',
      'a',
      'b',
      ' ',
      '#',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
        try {
          const root = parseXml(chars.join(''));
          expect(root.name).to.be.a('string');
        } catch (e) {
          expect(e).to.be.instanceOf(XmlError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back what a serialiser writes (names, attributes and text with entities)', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (attr, text) => {
        fc.pre(!/[\t\n\r]/.test(attr) && text.trim() !== '');
        const root = parseXml(`<r v="${escape(attr)}"><t>${escape(text)}</t></r>`);
        expect(root.attrs.v).to.equal(attr);
        expect(textOf(child(root, 't'))).to.equal(text.trim());
      }),
    );
  });
});
