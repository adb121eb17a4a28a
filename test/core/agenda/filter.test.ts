import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { facetCounts, filterActivities, sectorCounts, type ActivityFilter } from '../../../src/core/agenda/filter.js';
import type { Activity } from '../../../src/core/feed/types.js';
import { makeActivity, makeLocation, makeSector, makeVenue } from './builders.js';

const sf = makeLocation('sf');
const la = makeLocation('la');
const life = makeSector('life');
const ict = makeSector('ict');
const dayOf = (a: Activity) => (a.start < Date.UTC(2025, 9, 7) ? 'd6' : 'd7');

const list = [
  makeActivity({ id: 'a', type: 'b2b', sectors: [life], location: sf }),
  makeActivity({ id: 'b', type: 'seminar', sectors: [ict], location: sf, start: Date.UTC(2025, 9, 7, 16) }),
  makeActivity({ id: 'c', type: 'b2b', sectors: [life, ict], location: la, end: Date.UTC(2025, 9, 6, 18) }),
  makeActivity({ id: 'd', type: 'visit', sectors: [], venue: makeVenue('v', 'Hall', undefined, la) }),
  makeActivity({ id: 'e', type: 'seminar', sectors: [life], start: Date.UTC(2025, 9, 7, 16) }),
];
const ids = (l: readonly Activity[]) => l.map((a) => a.id);

describe('filterActivities', () => {
  it('ORs within a facet and ANDs across facets, keeping order', () => {
    expect(ids(filterActivities(list, { sectors: new Set(['life']) }))).to.deep.equal(['a', 'c', 'e']);
    expect(ids(filterActivities(list, { sectors: new Set(['life', 'ict']) }))).to.deep.equal(['a', 'b', 'c', 'e']);
    expect(ids(filterActivities(list, { sectors: new Set(['life']), types: new Set(['b2b']) }))).to.deep.equal([
      'a',
      'c',
    ]);
    expect(
      ids(filterActivities(list, { types: new Set(['seminar']), days: new Set(['d7']) }, { dayOf })),
    ).to.deep.equal(['b', 'e']);
  });

  it('reads the location from the venue city when the activity has none', () => {
    expect(ids(filterActivities(list, { locations: new Set(['la']) }))).to.deep.equal(['c', 'd']);
  });

  it('treats empty sets as no constraint and applies ids and match', () => {
    const f: ActivityFilter = {
      sectors: new Set(),
      types: new Set(),
      ids: new Set(['a', 'b', 'd']),
      match: (a) => a.id !== 'b',
    };
    expect(ids(filterActivities(list, f))).to.deep.equal(['a', 'd']);
  });

  it('refuses a days facet without dayOf', () => {
    expect(() => filterActivities(list, { days: new Set(['d6']) })).to.throw(TypeError);
  });
});

describe('facetCounts', () => {
  it('counts each facet with the other facets applied', () => {
    const c = facetCounts(list, { sectors: new Set(['life']), types: new Set(['b2b']) }, { dayOf });
    // sectors: only types=b2b applies → a(life), c(life, ict); ict stays listed
    expect([...c.sectors]).to.have.deep.members([
      ['life', 2],
      ['ict', 1],
    ]);
    // types: only sectors=life applies → a b2b, c b2b, e seminar; visit (d) is 0
    expect(Object.fromEntries(c.types)).to.deep.equal({ b2b: 2, seminar: 1, visit: 0 });
    // locations & days: both facets apply → a, c
    expect(Object.fromEntries(c.locations)).to.deep.equal({ sf: 1, la: 1 });
    expect(Object.fromEntries(c.days)).to.deep.equal({ d6: 2, d7: 0 });
  });

  it('leaves the days facet empty without dayOf', () => {
    expect(facetCounts(list, {}).days.size).to.equal(0);
  });

  it('sectorCounts counts every sector of every activity', () => {
    expect(Object.fromEntries(sectorCounts(list))).to.deep.equal({ life: 3, ict: 2 });
  });
});

describe('filter properties', () => {
  const sectors = ['s1', 's2', 's3'].map((id) => makeSector(id));
  const types = ['b2b', 'seminar', 'visit'] as const;
  const arbActivity = fc.record({
    id: fc.uuid(),
    type: fc.constantFrom(...types),
    sectors: fc.subarray(sectors),
    start: fc.integer({ min: 0, max: 4 }).map((d) => Date.UTC(2025, 9, 5 + d, 12)),
  });
  const arbList = fc.array(arbActivity, { maxLength: 25 }).map((xs) => xs.map((x) => makeActivity(x)));
  const arbSet = <T extends string>(values: readonly T[]) => fc.subarray([...values]).map((v) => new Set<string>(v));
  const arbFilter = fc.record({
    sectors: arbSet(['s1', 's2', 's3']),
    types: arbSet(types),
    days: arbSet(['d0', 'd1', 'd2']),
  });
  const dayOfP = (a: Activity) => `d${Math.floor((a.start - Date.UTC(2025, 9, 5)) / 86_400_000) % 3}`;

  it('an empty filter is the identity', () => {
    fc.assert(
      fc.property(arbList, (l) => {
        expect(filterActivities(l, {})).to.deep.equal(l);
      }),
    );
  });

  it('facet counts sum to at least the filtered count', () => {
    fc.assert(
      fc.property(arbList, arbFilter, (l, f) => {
        const n = filterActivities(l, f, { dayOf: dayOfP }).length;
        const c = facetCounts(l, f, { dayOf: dayOfP });
        const sum = (m: ReadonlyMap<string, number>, only?: ReadonlySet<string>) =>
          [...m].filter(([k]) => !only || only.size === 0 || only.has(k)).reduce((s, [, v]) => s + v, 0);
        expect(sum(c.types)).to.be.at.least(n);
        expect(sum(c.days)).to.be.at.least(n);
        // Sectorless activities have no sector value, so the bound holds once sectors are constrained.
        if (f.sectors.size > 0) expect(sum(c.sectors, f.sectors)).to.be.at.least(n);
        // Selecting exactly the chosen values of a facet reproduces the filtered list.
        if (f.types.size > 0) expect(sum(c.types, f.types)).to.equal(n);
      }),
    );
  });
});
