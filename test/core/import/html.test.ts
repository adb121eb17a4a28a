import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { htmlToText } from '../../../src/core/import/html.js';

describe('htmlToText', () => {
  it('drops hostile markup together with script content', () => {
    expect(htmlToText('<script>alert(1)</script><b>x</b>')).to.equal('x');
    expect(htmlToText('<img src=x onerror="alert(1)"><style>p{}</style>ok<!-- <b>hidden</b> -->')).to.equal('ok');
    expect(htmlToText('<p>a</p><script>never closed')).to.equal('a');
  });

  it('turns paragraphs, line breaks and list items into lines (a FOSDEM abstract)', () => {
    const abstract =
      '<p>The public discourse in particular allows for:</p>\n<ul>\n<li>People to see if they like the technology' +
      '</li>\n<li>Accountability and transparency</li>\n</ul>\n<p>The goals "are simple". </p>\n<p>Now let\'s talk.' +
      '<br/>Really.</p>';
    expect(htmlToText(abstract)).to.equal(
      'The public discourse in particular allows for:\n\n• People to see if they like the technology\n' +
        '• Accountability and transparency\n\nThe goals "are simple".\n\nNow let\'s talk.\nReally.',
    );
  });

  it('collapses HTML whitespace and decodes named and numeric references', () => {
    expect(htmlToText('<p>  Caf&eacute;\n  &amp;   b&#228;r &#x2014; &hellip; &unknown;</p>')).to.equal(
      'Café & bär — … &unknown;',
    );
  });

  it('keeps the line breaks of text without markup (pretalx Markdown) and tidies its spacing', () => {
    expect(htmlToText('First  line\r\nsecond [link](https://x.org)\r\n\r\n\r\n\r\n  third &amp; 1 < 2')).to.equal(
      'First line\nsecond [link](https://x.org)\n\nthird & 1 < 2',
    );
  });

  it('keeps decoded angle brackets as literal text (it is shown as text, never as HTML)', () => {
    expect(htmlToText('<p>Use &lt;b&gt; for bold</p>')).to.equal('Use <b> for bold');
  });

  it('collapses the spaces left on both sides of a removed tag, and trims every line', () => {
    expect(htmlToText('<p>a <b> </b> b</p>\n<p>\u00a0 c &nbsp;</p>')).to.equal('a b\n\nc');
  });

  it('reads line breaks written as \\r\\n, \\r or references, at most one empty line between paragraphs', () => {
    expect(htmlToText('a\r\nb\rc\r\r\r\rd')).to.equal('a\nb\nc\n\nd');
    expect(htmlToText('<p>a&#10;&#10;&#10;b&#13;&#10;c</p>')).to.equal('a\n\nb\nc');
  });

  it('decodes only well-formed references it knows, leaving the rest as written', () => {
    expect(htmlToText('&amp &#; &#x; &#12345678; &#x110000; &#0; &nbsp &toolongname; &ouml;&#x1F600;')).to.equal(
      '&amp &#; &#x; &#12345678; \uFFFD \uFFFD &nbsp &toolongname; ö😀',
    );
  });

  it('removes tags that appear once others are removed', () => {
    expect(htmlToText('<<b>b>x<</i>i>')).to.equal('x');
  });

  it('reads a tag whose name runs on to its `>` as HTML does, so no reference decodes into a tag', () => {
    // `<a&#10;-->` is one tag to a browser; read as text, its decoded line break would have left `<a\n-->`
    expect(htmlToText('<a&#10;-->')).to.equal('');
    expect(htmlToText('x <b&amp;c>y')).to.equal('x y');
  });

  it('keeps Markdown autolinks as text', () => {
    expect(htmlToText('See <https://fosdem.org/2026/>\nor <info@example.org>')).to.equal(
      'See <https://fosdem.org/2026/>\nor <info@example.org>',
    );
  });

  it('never leaves a tag from markup-only input behind', () => {
    const piece = fc.constantFrom(
      '<b>',
      '</b>',
      '<',
      '>',
      '<br/>',
      '<p class="x">',
      'a',
      ' ',
      '\n',
      '<script>',
      '</li>',
      '<!--',
      '-->',
      'i',
      '&amp;',
      '&#10;',
      '\r',
      '\u00a0',
      '<li>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = htmlToText(pieces.join(''));
        expect(text).not.to.match(/<\/?[a-z][^>]*>/i);
        expect(text).to.equal(text.trim());
        for (const line of text.split('\n')) expect(line).to.equal(line.trim());
        expect(text).not.to.contain('\n\n\n');
      }),
      { numRuns: 1000 },
    );
  });
});
