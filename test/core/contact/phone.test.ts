import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { telHref, toE164 } from '../../../src/core/contact/phone.js';

describe('toE164', () => {
  it('normalises international numbers as people write them', () => {
    expect(toE164('+32 2 501 87 16')).to.equal('+3225018716');
    expect(toE164('0032 2 501 87 16')).to.equal('+3225018716');
    expect(toE164('(+1) 415-555-0100')).to.equal('+14155550100');
    expect(toE164('+1 (415) 555.0100')).to.equal('+14155550100');
    expect(toE164('+32 (0)2 501 87 16')).to.equal('+3225018716');
    expect(toE164('+44 (0) 20 7946 0958')).to.equal('+442079460958');
    expect(toE164('0032 (0)9 123 45 67')).to.equal('+3291234567');
    expect(toE164(' +32\u00a02/501\u202f87\u00a016 ')).to.equal('+3225018716');
    expect(toE164('+683 4002')).to.equal('+6834002'); // Niue, 7 digits
  });

  it('refuses national numbers, letters, odd symbols and impossible lengths', () => {
    expect(toE164('02 501 87 16')).to.equal(undefined);
    expect(toE164('(415) 555-0100')).to.equal(undefined);
    expect(toE164('+32 2 501 87 16 ext. 12')).to.equal(undefined);
    expect(toE164('+1-800-FLOWERS')).to.equal(undefined);
    expect(toE164('+32 2 501 87 16 #3')).to.equal(undefined);
    expect(toE164('32 +2 501 87 16')).to.equal(undefined);
    expect(toE164('++32 2 501 87 16')).to.equal(undefined);
    expect(toE164('+0 2 501 87 16')).to.equal(undefined);
    expect(toE164('+32 1234')).to.equal(undefined); // 6 digits
    expect(toE164('+32 2 501 87 16 12 34 56')).to.equal(undefined); // 16 digits
    expect(toE164('')).to.equal(undefined);
    expect(toE164('+')).to.equal(undefined);
  });

  it('keeps the digits of any valid E.164 number whatever separators surround them', () => {
    const sep = fc.constantFrom(' ', '-', '.', '/', '\u00a0', '');
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{6,14}$/), fc.array(sep, { minLength: 15, maxLength: 15 }), (d, seps) => {
        const written = '+' + [...d].map((c, i) => c + seps[i]).join('');
        expect(toE164(written)).to.equal(`+${d}`);
        expect(toE164(`00${d}`)).to.equal(`+${d}`);
      }),
    );
  });
});

describe('telHref', () => {
  it('links E.164 numbers only', () => {
    expect(telHref('+32 2 501 87 16')).to.equal('tel:+3225018716');
    expect(telHref('02 501 87 16')).to.equal(undefined);
  });
});
