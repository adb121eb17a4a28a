import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeColor } from '../../../src/core/feed/colors.js';
import { EMAIL, safeEmail, safeUrl, compactTel } from '../../../src/core/feed/urls.js';

describe('safeUrl', () => {
  it('accepts absolute http(s) URLs everywhere, normalised', () => {
    expect(safeUrl('https://example.com')).to.equal('https://example.com/');
    expect(safeUrl(' HTTP://Example.com/a b?q=1 ', 'web')).to.equal('http://example.com/a%20b?q=1');
  });

  it('accepts mailto: and tel: only for links', () => {
    expect(safeUrl('mailto:info@example.be?subject=Hi')).to.equal('mailto:info@example.be?subject=Hi');
    expect(safeUrl('tel:+32 2 501 87 16')).to.equal('tel:+3225018716');
    expect(safeUrl('mailto:info@example.be', 'web')).to.equal(undefined);
    expect(safeUrl('tel:+3225018716', 'web')).to.equal(undefined);
    expect(safeUrl('mailto:not-an-address')).to.equal(undefined);
    expect(safeUrl('tel:call-me')).to.equal(undefined);
  });

  it('rejects script, data and relative URLs and other junk', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/relative/path',
      '//example.com/x',
      'example.com',
      'https://',
      'ftp://example.com/',
      '',
      `https://example.com/${'a'.repeat(3000)}`,
      42,
      null,
    ]) {
      expect(safeUrl(bad), String(bad).slice(0, 40)).to.equal(undefined);
    }
  });
});

describe('safeEmail and compactTel', () => {
  it('checks e-mail addresses lightly', () => {
    expect(safeEmail(' press@example.be ')).to.equal('press@example.be');
    expect(safeEmail('a.b+c@sub.example.co.uk')).to.equal('a.b+c@sub.example.co.uk');
    for (const bad of ['press', 'press@example', 'a b@example.be', '<a@b.be>', 'a@b@c.be', 3]) {
      expect(safeEmail(bad), String(bad)).to.equal(undefined);
    }
  });

  it('answers for an ASCII address as the full Unicode pattern does (its fast path)', () => {
    // addresses and near-misses from the characters that matter: atoms, dots, hyphens, @, and what must be refused
    const char = fc.constantFrom(...'ab9Z.-_+@@@..?#%& "<>\'`~é'.split(''));
    const address = fc.oneof(
      fc.string({ unit: char, maxLength: 30 }),
      fc
        .tuple(fc.string({ unit: char, minLength: 1, maxLength: 12 }), fc.string({ unit: char, maxLength: 12 }))
        .map(([local, host]) => `${local}@${host}.be`),
    );
    fc.assert(
      fc.property(address, (text) => {
        const expected = EMAIL.test(text.trim()) ? text.trim() : undefined;
        expect(safeEmail(text), text).to.equal(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('makes compact tel: hrefs from written numbers', () => {
    expect(compactTel('+32 2 501 87 16')).to.equal('tel:+3225018716');
    expect(compactTel('(415) 555-0100')).to.equal('tel:4155550100');
    expect(compactTel('call me')).to.equal(undefined);
    expect(compactTel('12')).to.equal(undefined);
    expect(compactTel('+32+2')).to.equal(undefined);
  });
});

describe('safeColor', () => {
  it('accepts #rgb and #rrggbb, normalised to lowercase #rrggbb', () => {
    expect(safeColor('#2E7D32')).to.equal('#2e7d32');
    expect(safeColor(' #F0a ')).to.equal('#ff00aa');
  });

  it('rejects everything else', () => {
    for (const bad of ['red', '#12345', '#1234', '#12345678', 'rgb(0,0,0)', '#fff;background:url(x)', 'var(--x)', 7]) {
      expect(safeColor(bad), String(bad)).to.equal(undefined);
    }
  });
});

describe('e-mail addresses and mailto: links carry no extra headers', () => {
  it('refuses an e-mail with a query, fragment, escape or header separator', () => {
    for (const bad of [
      'press@x.org?bcc=spy%40evil.example&subject=hello',
      'press@x.org?subject=hi',
      'press@x.org#frag',
      'pr%65ss@x.org',
      'a&b@x.org',
      'press@x..org',
      'press@-x.org',
      '.press@x.org',
    ]) {
      expect(safeEmail(bad), bad).to.equal(undefined);
    }
    for (const good of ["o'brien+tag@sub.example.co.uk", 'jürgen@münchen.example', 'a_b-c@x-y.example']) {
      expect(safeEmail(good), good).to.equal(good);
    }
  });

  it('keeps subject and body on an activity mailto: link, and refuses any other header', () => {
    expect(safeUrl('mailto:info@example.be?subject=Hi&body=Hello')).to.equal(
      'mailto:info@example.be?subject=Hi&body=Hello',
    );
    for (const bad of [
      'mailto:info@example.be?bcc=spy@evil.example',
      'mailto:info@example.be?subject=Hi&cc=spy@evil.example',
      'mailto:info@example.be?to=spy@evil.example',
      'mailto:info@example.be%3Fbcc%3Dspy@evil.example',
      'mailto:info@example.be#x',
    ]) {
      expect(safeUrl(bad), bad).to.equal(undefined);
    }
  });
});
