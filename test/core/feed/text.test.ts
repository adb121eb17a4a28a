import { expect } from '@open-wc/testing';
import { IssueCollector, at } from '../../../src/core/feed/issues.js';
import { languagesOf, pickText, toLocalizedText } from '../../../src/core/feed/text.js';

describe('toLocalizedText', () => {
  it('stores a plain string under "und" and lowercases language keys', () => {
    const issues = new IssueCollector();
    expect(toLocalizedText('  Seminar ', 'x', issues)).to.deep.equal({ und: 'Seminar' });
    expect(toLocalizedText({ EN: 'Hi', 'nl-BE': 'Hallo', nl_NL: 'Hoi' }, 'x', issues)).to.deep.equal({
      en: 'Hi',
      'nl-be': 'Hallo',
      'nl-nl': 'Hoi',
    });
    expect(issues.errors).to.deep.equal([]);
  });

  it('reports non-string values and non-language keys at their path, keeping the rest', () => {
    const issues = new IssueCollector();
    const json = JSON.parse('{"fr": 3, "__proto__": "x", "constructor": "y", "de": "Hallo", "en": ""}');
    expect(toLocalizedText(json, 'mission.title', issues)).to.deep.equal({ de: 'Hallo' });
    expect(issues.errors.map((i) => i.path)).to.deep.equal([
      'mission.title.fr',
      'mission.title.__proto__',
      'mission.title.constructor',
    ]);
    expect(({} as Record<string, unknown>).x).to.equal(undefined);
  });

  it('returns undefined for empty or unusable values', () => {
    const issues = new IssueCollector();
    expect(toLocalizedText('', 'a', issues)).to.equal(undefined);
    expect(toLocalizedText({}, 'b', issues)).to.equal(undefined);
    expect(toLocalizedText(undefined, 'c', issues)).to.equal(undefined);
    expect(toLocalizedText(42, 'd', issues)).to.equal(undefined);
    expect(issues.errors.map((i) => i.path)).to.deep.equal(['d']);
  });
});

describe('pickText', () => {
  const text = { en: 'Welcome', nl: 'Welkom', 'fr-be': 'Bienvenue', und: 'Hello' };

  it('prefers the exact tag, then the primary language, then a sibling region', () => {
    expect(pickText({ ...text, 'nl-be': 'Welkom (BE)' }, 'nl-BE')).to.equal('Welkom (BE)');
    expect(pickText(text, 'nl-BE')).to.equal('Welkom');
    expect(pickText(text, 'fr')).to.equal('Bienvenue');
  });

  it('falls back to the default language, then und, then the first text, then ""', () => {
    expect(pickText(text, 'de', 'nl')).to.equal('Welkom');
    expect(pickText(text, 'de')).to.equal('Hello');
    expect(pickText({ fr: 'Salut', de: 'Hallo' }, 'it', 'es')).to.equal('Salut');
    expect(pickText(undefined, 'en')).to.equal('');
    expect(pickText({}, 'en')).to.equal('');
  });
});

describe('languagesOf and paths', () => {
  it('gathers languages in order of appearance, without und', () => {
    expect(languagesOf([{ und: 'x', fr: 'a' }, undefined, { en: 'b', fr: 'c' }])).to.deep.equal(['fr', 'en']);
  });

  it('builds JSON paths', () => {
    expect(at(at('activities', 12), 'start')).to.equal('activities[12].start');
    expect(at('mission.title', 'fr')).to.equal('mission.title.fr');
    expect(at('mission.title', 'nl-be')).to.equal('mission.title["nl-be"]');
    expect(at('', 'version')).to.equal('version');
  });
});
