import { expect } from '@open-wc/testing';
import {
  SUPPORTED_LANGS,
  allCatalogues,
  type TermArgs,
  type TermKey,
  type Translation,
} from '../../../src/core/i18n/index.js';
import { en } from '../../../src/core/i18n/translations/en.js';

// French, Dutch and German are loaded on first use: all four, loaded, for the comparisons below
const TRANSLATIONS = await allCatalogues();

type FunctionKey = { [K in TermKey]: Translation[K] extends string ? never : K }[TermKey];

/** Sample arguments for every function term; adding a function term without a sample here is a type error. */
const SAMPLE_ARGS: { [K in FunctionKey]: TermArgs<K> } = {
  errorHttp: [404],
  errorUnusable: ['unsupported version 2'],
  timesShownIn: ['San Francisco time (UTC−7)'],
  zoneName: ['San Francisco', 'UTC−7'],
  eventTime: ['San Francisco', 'UTC−7'],
  yourTime: ['Brussels', 'UTC+2'],
  otherTime: ['18:00', 'Brussels'],
  dayShift: [1],
  dayShiftLong: [-1],
  offsetChange: [8, 'Brussels', 'San Francisco'],
  dayHeading: ['Monday 6 October', 'San Francisco'],
  parallelCount: [3],
  openMap: ['Moscone Center'],
  sectorCount: ['Life sciences', 12],
  activityCount: [5],
  trackCount: [11],
  showingCount: [12, 80],
  noResults: ['biotech'],
  clash: ['Opening seminar'],
  sharedText: [4],
  refreshFailed: ['14:05'],
  offlineCopy: ['14:05'],
  movedFrom: ['Tue 7 Oct, 09:00'],
  gridTime: ['CET'],
  programmeTruncated: [1000, 'Tuesday 16 February'],
};

/** Every term of a catalogue as text: plain strings as they are, functions applied to their sample arguments. */
function render(catalogue: Translation): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    const args = (SAMPLE_ARGS as Record<string, unknown[]>)[key];
    out[key] = typeof value === 'function' ? (value as (...a: unknown[]) => string)(...(args ?? [])) : value;
  }
  return out;
}

// @ts-expect-error: a catalogue lacking a key is not a Translation.
const _missingKey: Translation = (({ loading: _dropped, ...rest }) => rest)(en);

describe('i18n catalogues', () => {
  const enKeys = Object.keys(TRANSLATIONS.en).sort();

  it('exist for exactly the supported languages', () => {
    expect(Object.keys(TRANSLATIONS).sort()).to.deep.equal([...SUPPORTED_LANGS].sort());
  });

  for (const lang of SUPPORTED_LANGS) {
    describe(lang, () => {
      const catalogue = TRANSLATIONS[lang];

      it('has the same keys as en', () => {
        expect(Object.keys(catalogue).sort()).to.deep.equal(enKeys);
      });

      it('has a sample for every function term and a function wherever en has one', () => {
        for (const key of enKeys) {
          const isFn = typeof catalogue[key as TermKey] === 'function';
          expect(isFn, key).to.equal(typeof en[key as TermKey] === 'function');
          expect(key in SAMPLE_ARGS, key).to.equal(isFn);
        }
      });

      it('renders every term as non-empty, trimmed text without placeholders left over', () => {
        for (const [key, text] of Object.entries(render(catalogue))) {
          expect(text, key).to.be.a('string');
          expect(text.trim(), key).to.not.equal('');
          expect(text, key).to.equal(text.trim());
          expect(text, key).to.not.match(/undefined|NaN|\$\{|\{\w+\}/);
        }
      });

      it('passes the interpolated arguments through', () => {
        const text = render(catalogue);
        expect(text.errorHttp).to.contain('404');
        expect(text.errorUnusable).to.contain('unsupported version 2');
        expect(text.openMap).to.contain('Moscone Center');
        expect(text.clash).to.contain('Opening seminar');
        expect(text.showingCount).to.contain('12').and.contain('80');
        expect(text.refreshFailed).to.contain('14:05');
        expect(text.movedFrom).to.contain('Tue 7 Oct, 09:00');
      });
    });
  }

  for (const lang of ['fr', 'nl', 'de'] as const) {
    it(`${lang} is actually translated, not a copy of en`, () => {
      const keys: TermKey[] = ['loading', 'close', 'addToCalendar', 'myProgramme', 'emptyProgramme'];
      for (const key of keys) expect(TRANSLATIONS[lang][key], key).to.not.equal(en[key]);
      const mine = render(TRANSLATIONS[lang]);
      const english = render(en);
      for (const key of ['activityCount', 'parallelCount', 'dayShift', 'offsetChange', 'sharedText'] as const) {
        expect(mine[key], key).to.not.equal(english[key]);
      }
    });
  }
});
