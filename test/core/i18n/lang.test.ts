import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  SUPPORTED_LANGS,
  normaliseLang,
  primaryLang,
  resolveLang,
  resolveLocale,
} from '../../../src/core/i18n/lang.js';

describe('i18n lang', () => {
  it('normalises tags: lowercase, underscores to hyphens, trimmed', () => {
    expect(normaliseLang('EN_gb')).to.equal('en-gb');
    expect(normaliseLang(' nl-BE ')).to.equal('nl-be');
    expect(normaliseLang('zh_Hant_TW')).to.equal('zh-hant-tw');
  });

  it('takes the primary subtag', () => {
    expect(primaryLang('nl-BE')).to.equal('nl');
    expect(primaryLang('FR_be')).to.equal('fr');
    expect(primaryLang('de')).to.equal('de');
  });

  it('resolves the first supported candidate', () => {
    expect(resolveLang(['fr-BE'])).to.equal('fr');
    expect(resolveLang([undefined, 'nl'])).to.equal('nl');
    expect(resolveLang([null, '', '  ', 'de-AT'])).to.equal('de');
    expect(resolveLang(['es', 'de'])).to.equal('de');
    expect(resolveLang(['es'])).to.equal('en');
    expect(resolveLang(['EN_gb'])).to.equal('en');
    expect(resolveLang(['nl', 'fr'])).to.equal('nl');
    expect(resolveLang([])).to.equal('en');
  });

  it('honours a custom supported list, exact tags before primary subtags, spelt as given', () => {
    expect(resolveLang(['nl-BE'], ['nl', 'nl-BE'])).to.equal('nl-BE');
    expect(resolveLang(['nl-NL'], ['nl', 'nl-BE'])).to.equal('nl');
    expect(resolveLang(['fr'], ['en', 'de'])).to.equal('en');
    expect(resolveLang(['it', 'FR'], ['Fr'])).to.equal('Fr');
  });

  it('maps any region or script variant of a supported language to it', () => {
    const region = fc.stringMatching(/^[A-Za-z0-9]{2,8}$/);
    fc.assert(
      fc.property(fc.constantFrom(...SUPPORTED_LANGS), region, fc.constantFrom('-', '_'), (lang, sub, sep) => {
        expect(resolveLang([`${lang.toUpperCase()}${sep}${sub}`])).to.equal(lang);
      }),
    );
  });

  it('never throws and always answers a supported language', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.string(), { nil: undefined })), (candidates) => {
        expect(SUPPORTED_LANGS as readonly string[]).to.include(resolveLang(candidates));
      }),
    );
  });
});

describe('resolveLocale', () => {
  it('keeps the full tag of the candidate that matched', () => {
    expect(resolveLocale(['en-GB'])).to.equal('en-GB');
    expect(resolveLocale(['nl_be'])).to.equal('nl-BE');
    expect(resolveLocale([undefined, 'fr-BE', 'de'])).to.equal('fr-BE');
    expect(resolveLocale(['es', 'de-AT'])).to.equal('de-AT');
    expect(resolveLocale(['es'])).to.equal('en');
    expect(resolveLocale(['fr'])).to.equal('fr');
  });
});
