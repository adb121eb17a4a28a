import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_MARKS,
  fold,
  foldWithMap,
  highlight,
  matchesWordStarts,
  matchQuery,
  searchIndex,
} from '../../../src/core/agenda/search.js';
import type { Contact } from '../../../src/core/feed/types.js';
import { makeActivity, makeLocation, makeSector, makeVenue } from './builders.js';

const tricky = fc.constantFrom(
  ...['A', 'a', ' ', 'ß', 'ẞ', 'İ', 'ı', 'ﬁ', 'é', 'É', '\u0301', '\uFDFA', '😀', 'Σ', 'ς', 'Ǆ'],
);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: tricky, maxLength: 20 }));
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('fold', () => {
  it('ignores case and diacritics and spells special letters with base letters', () => {
    expect(fold('Café Crème')).to.equal('cafe creme');
    expect(fold('Straße ẞ')).to.equal('strasse ss');
    expect(fold('Ærø Œuvre Łódź Đakovo Ðóra Þór')).to.equal('aero oeuvre lodz dakovo dora thor');
    expect(fold('İstanbul ıspanak')).to.equal('istanbul ispanak');
    expect(fold('ﬁnance ﬀ')).to.equal('finance ff');
    expect(fold('São Paulo, Zürich, Ångström, Čeština')).to.equal('sao paulo, zurich, angstrom, cestina');
    expect(fold('ΟΔΟΣ οδος')).to.equal('οδοσ οδοσ');
    expect(fold('e\u0301')).to.equal('e');
  });

  it('keeps a code point that would expand too much', () => {
    expect(fold('\uFDFA')).to.equal('\uFDFA'); // NFKD makes it 18 code units long
    expect(fold('😀A')).to.equal('😀a');
  });

  it('is idempotent, at most 3× as long, and maps every folded unit into the original', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const f = fold(s);
        expect(fold(f)).to.equal(f);
        expect(f.length).to.be.at.most(3 * s.length);
        const map = foldWithMap(s);
        expect(map.text).to.equal(f);
        map.starts.forEach((start, k) => {
          expect(start).to.be.below(map.ends[k]);
          expect(map.ends[k]).to.be.at.most(s.length);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('searchIndex and matchQuery', () => {
  const brussels = makeLocation('bru', 'Europe/Brussels', 'Bruxelles');
  const contact: Contact = { id: 'c1', name: 'Zoë Peeters', organisation: { en: 'Flanders Investment' }, phones: [] };
  const list = [
    makeActivity({
      id: 'a',
      title: { en: 'Biotech breakfast', fr: 'Petit-déjeuner biotech' },
      venue: makeVenue('v', 'Hôtel Métropole', 'Place de Brouckère 31', brussels),
    }),
    makeActivity({ id: 'b', title: { en: 'Port visit' }, description: { en: 'Guided tour of the Straße' } }),
    makeActivity({
      id: 'c',
      title: { en: 'Pitches' },
      contacts: [contact],
      sectors: [makeSector('ls', 'Life sciences')],
    }),
    makeActivity({ id: 'd', title: { en: 'Dinner' }, location: brussels, type: 'reception' }),
  ];
  const index = searchIndex(list, 'fr', 'en', (a) => (a.type === 'reception' ? ['Réception'] : []));

  it('returns undefined for a query without terms', () => {
    expect(matchQuery(index, '')).to.equal(undefined);
    expect(matchQuery(index, '  \t ')).to.equal(undefined);
  });

  it('matches folded substrings of every indexed field', () => {
    expect([...matchQuery(index, 'dejeuner')!]).to.deep.equal(['a']); // the French title
    expect([...matchQuery(index, 'breakfast')!]).to.deep.equal([]); // not the English one
    expect([...matchQuery(index, 'METROPOLE brouckere')!]).to.deep.equal(['a']);
    expect([...matchQuery(index, 'strasse')!]).to.deep.equal(['b']);
    expect([...matchQuery(index, 'zoe')!]).to.deep.equal(['c']);
    expect([...matchQuery(index, 'flanders')!]).to.deep.equal(['c']);
    expect([...matchQuery(index, 'sciences')!]).to.deep.equal(['c']);
    expect([...matchQuery(index, 'bruxelles')!]).to.deep.equal(['a', 'd']);
    expect([...matchQuery(index, 'reception')!]).to.deep.equal(['d']);
  });

  it('ANDs the terms', () => {
    expect([...matchQuery(index, 'bruxelles dinner')!]).to.deep.equal(['d']);
    expect([...matchQuery(index, 'bruxelles port')!]).to.deep.equal([]);
  });

  it('matches at word starts only: what a reader would call a match', () => {
    const words = searchIndex(
      [
        makeActivity({ id: 'port', title: { en: 'Port of Oakland' } }),
        makeActivity({ id: 'transport', title: { en: 'Transport and passport services' } }),
        makeActivity({ id: 'hyphen', title: { en: 'Seaport-tour (portfolio)' } }),
      ],
      'en',
    );
    expect([...matchQuery(words, 'port')!]).to.deep.equal(['port', 'hyphen']);
    expect([...matchQuery(words, 'sport')!]).to.deep.equal([]);
    expect(matchesWordStarts(['Port of Oakland', 'Maritime'], 'oak port')).to.equal(true);
    expect(matchesWordStarts(['Transport'], 'port')).to.equal(false);
  });

  it('does not match across fields', () => {
    // Title "Port visit" then description "Guided…": "visitguided" must not match.
    expect([...matchQuery(index, 'visitguided')!]).to.deep.equal([]);
  });

  it('stays fast on 5,000 activities with 400-character descriptions', () => {
    let seed = 42;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const syllables = ['ex', 'port', 'hy', 'dro', 'gen', 'lo', 'gis', 'tics', 'ca', 'fé', 'zü', 'rich', 'wind', 'ter'];
    const word = () => Array.from({ length: 1 + random(3) }, () => syllables[random(syllables.length)]).join('');
    const text = (chars: number) => {
      let out = '';
      while (out.length < chars) out += `${word()} `;
      return out;
    };
    const many = Array.from({ length: 5000 }, (_, i) =>
      makeActivity({
        id: `a${i}`,
        title: { en: `${text(30)} session ${i}` },
        description: { en: text(400) },
        venue: makeVenue(`v${i}`, `Venue ${i}`, `${i} Main Street`),
      }),
    );
    let t = performance.now();
    const big = searchIndex(many, 'en');
    const build = performance.now() - t;
    const queries = ['h', 'hy', 'hyd', 'hydr', 'hydro', 'hydrog', 'hydroge', 'hydrogen', 'hydrogen z', 'hydrogen zu'];
    queries.push('hydrogen zur', 'hydrogen zuric', 'hydrogenwindzu', 'session 4999', 'qqq');
    // The best of 5 runs of each query, so a busy machine does not blur the figure; report the slowest query.
    const times = queries.map((q) => {
      let best = Infinity;
      for (let run = 0; run < 5; run++) {
        t = performance.now();
        matchQuery(big, q);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    });
    const slowest = Math.max(...times);
    console.log(`search: index of 5,000 built in ${build.toFixed(1)} ms; slowest query ${slowest.toFixed(2)} ms`);
    expect([...matchQuery(big, 'session 4999')!]).to.deep.equal(['a4999']);
    expect(matchQuery(big, 'qqq')!.size).to.equal(0);
  });
});

describe('highlight', () => {
  it('marks diacritic-insensitive matches in the original text', () => {
    expect(highlight('Café Crème', 'cafe')).to.deep.equal([
      { text: 'Café', match: true },
      { text: ' Crème', match: false },
    ]);
    expect(marked(highlight('Rue de la Straße', 'strasse'))).to.deep.equal(['Straße']);
    expect(marked(highlight('Straße', 's'))).to.deep.equal(['S']); // ß is inside the word
    expect(marked(highlight('ﬁnance', 'fi'))).to.deep.equal(['ﬁ']);
    expect(marked(highlight('Cafe\u0301 noir', 'cafe'))).to.deep.equal(['Cafe\u0301']);
  });

  it('keeps markup as literal text', () => {
    expect(highlight('Café <b>Crème</b>', 'creme')).to.deep.equal([
      { text: 'Café <b>', match: false },
      { text: 'Crème', match: true },
      { text: '</b>', match: false },
    ]);
  });

  it('merges overlapping and adjacent matches of several terms', () => {
    expect(highlight('Hydrogen valley', 'hydrogen hydro')).to.deep.equal([
      { text: 'Hydrogen', match: true },
      { text: ' valley', match: false },
    ]);
    expect(highlight('Hydrogen valley', 'gen hydro')).to.deep.equal([
      { text: 'Hydro', match: true },
      { text: 'gen valley', match: false },
    ]);
    expect(highlight('Sea-port port', 'port sea')).to.deep.equal([
      { text: 'Sea', match: true },
      { text: '-', match: false },
      { text: 'port', match: true },
      { text: ' ', match: false },
      { text: 'port', match: true },
    ]);
    expect(highlight('Port visit', '')).to.deep.equal([{ text: 'Port visit', match: false }]);
    expect(highlight('', 'x')).to.deep.equal([]);
  });

  it('marks the first MAX_MARKS matches only, leaving the rest of the text plain', () => {
    const text = 'x-'.repeat(MAX_MARKS + 50) + 'y';
    const segments = highlight(text, 'x y');
    expect(segments.map((s) => s.text).join('')).to.equal(text);
    expect(segments.filter((s) => s.match)).to.have.length(MAX_MARKS);
    // the 'y' at the very end lies beyond the last marked 'x': plain too, so no match is skipped before a mark
    expect(segments[segments.length - 1]).to.deep.equal({ text: '-' + 'x-'.repeat(50) + 'y', match: false });
    expect(highlight('a '.repeat(10_000), 'a').filter((s) => s.match)).to.have.length(MAX_MARKS);
    // one word: only its start is a match
    expect(highlight('a'.repeat(10_000) + ' a', 'a')).to.deep.equal([
      { text: 'a', match: true },
      { text: `${'a'.repeat(9_999)} `, match: false },
      { text: 'a', match: true },
    ]);
  });

  it('gives segments that concatenate back to the original, alternating and non-empty', () => {
    fc.assert(
      fc.property(anyText, fc.string({ unit: 'binary', maxLength: 6 }), (text, query) => {
        const segments = highlight(text, query);
        expect(segments.map((s) => s.text).join('')).to.equal(text);
        segments.forEach((s, i) => {
          expect(s.text).to.not.equal('');
          if (i > 0) expect(s.match).to.not.equal(segments[i - 1].match);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('marks something whenever a one-term query starts a word of the folded text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 3 }), (text, query) => {
        const term = fold(query).trim();
        const folded = fold(text);
        const starts = Array.from({ length: folded.length }, (_, i) => i).some(
          (i) => folded.startsWith(term, i) && (i === 0 || !/[\p{L}\p{N}]/u.test(folded[i - 1])),
        );
        const hit = starts && term !== '' && !/\s/.test(term);
        if (hit) expect(highlight(text, query).some((s) => s.match)).to.equal(true);
      }),
    );
  });
});
