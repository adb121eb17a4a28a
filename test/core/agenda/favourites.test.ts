import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  clashes,
  decodeShare,
  encodeShare,
  favouritesKey,
  mergeShared,
  readFavourites,
  writeFavourites,
} from '../../../src/core/agenda/favourites.js';
import type { Activity } from '../../../src/core/feed/types.js';
import { HOUR, MIN, makeActivity } from './builders.js';

describe('favourites storage', () => {
  it('keys by mission', () => {
    expect(favouritesKey('m-1')).to.equal('mission-agenda:favourites:m-1');
  });

  it('round-trips and tolerates garbage', () => {
    expect([...readFavourites(writeFavourites(['a', 'b', 'a']))]).to.deep.equal(['a', 'b']);
    expect(writeFavourites(new Set(['x']))).to.equal('["x"]');
    for (const raw of [null, '', '{', 'null', '42', '"a"', '{"a":1}', 'undefined']) {
      expect(readFavourites(raw).size, String(raw)).to.equal(0);
    }
  });

  it('drops invalid ids and keeps at most 5,000', () => {
    const long = 'x'.repeat(201);
    const ok = 'y'.repeat(200);
    expect([...readFavourites(JSON.stringify(['a', 1, null, '', long, ok, { id: 'b' }, ['c']]))]).to.deep.equal([
      'a',
      ok,
    ]);
    const many = Array.from({ length: 6000 }, (_, i) => `id${i}`);
    const read = readFavourites(JSON.stringify(many));
    expect(read.size).to.equal(5000);
    expect(read.has('id4999')).to.equal(true);
    expect(read.has('id5000')).to.equal(false);
    expect(JSON.parse(writeFavourites(many))).to.have.length(5000);
  });
});

describe('share codes', () => {
  const all = Array.from({ length: 80 }, (_, i) => `act-${String(i).padStart(3, '0')}`);

  it('encodes positions as a base64url bitset', () => {
    expect(encodeShare([], all)).to.equal('b');
    expect(encodeShare(['act-000'], all)).to.equal('bAQ'); // byte 0x01
    expect(encodeShare(['act-001', 'act-000'], all)).to.equal('bAw'); // 0x03
    expect(encodeShare(['act-008'], all)).to.equal('bAAE'); // 0x00 0x01
    expect(decodeShare('bAAE', all)).to.deep.equal(['act-008']);
  });

  it('is compact: 12 of 80 starred fit in 16 characters', () => {
    const starred = [0, 5, 9, 17, 23, 31, 40, 47, 55, 62, 70, 79].map((i) => all[i]);
    const code = encodeShare(starred, all);
    expect(code).to.match(/^b[A-Za-z0-9_-]{14}$/);
    expect(decodeShare(code, all)).to.deep.equal(starred);
  });

  it('lists ids when some are not in the programme, and ignores unknown ones when decoding', () => {
    const code = encodeShare(['act-001', 'gone', 'a,b é'], all);
    expect(code).to.equal('lact-001,gone,a%2Cb%20%C3%A9');
    expect(decodeShare(code, all)).to.deep.equal(['act-001']);
    expect(decodeShare(code, [...all, 'a,b é'])).to.deep.equal(['act-001', 'a,b é']);
  });

  it('gives [] for invalid codes', () => {
    for (const code of ['', 'x', 'l', 'b*', 'bA', 'b====', 'l%E0%A4%A', `b${'A'.repeat(100_001)}`]) {
      expect(decodeShare(code, all), code).to.deep.equal([]);
    }
    expect(decodeShare('l%E0%A4%A,act-002', all)).to.deep.equal(['act-002']);
    expect(decodeShare('b______________________', all)).to.have.length(80); // bits past the programme are ignored
  });

  it('round-trips any selection, known or not', () => {
    const ids = fc.array(fc.oneof(fc.constantFrom(...all), fc.string({ minLength: 1, maxLength: 8 })), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(ids, fc.boolean(), (selection, knownOnly) => {
        const chosen = knownOnly ? selection.filter((id) => all.includes(id)) : selection;
        const code = encodeShare(chosen, all);
        expect(code).to.match(/^[bl][A-Za-z0-9_\-.!~*'()%,]*$/);
        const expected = new Set(chosen.filter((id) => all.includes(id)));
        expect(new Set(decodeShare(code, all))).to.deep.equal(expected);
        expect(decodeShare(code, all)).to.have.length(expected.size);
      }),
    );
  });
});

describe('clashes', () => {
  const at = (h: number, m = 0) => Date.UTC(2025, 9, 6, h, m);
  const make = (id: string, start: number, end: number, extra: Partial<Activity> = {}) =>
    makeActivity({ id, start, end, ...extra });

  it('finds overlaps between activities in different zones', () => {
    // 09:00–10:00 PDT = 16:00–17:00 UTC; 18:30–19:00 CEST = 16:30–17:00 UTC.
    const la = make('la', at(16), at(17), { timeZone: 'America/Los_Angeles' });
    const bru = make('bru', at(16, 30), at(17), { timeZone: 'Europe/Brussels' });
    const result = clashes([la, bru], new Set(['la', 'bru']));
    expect(result.get('la')?.map((a) => a.id)).to.deep.equal(['bru']);
    expect(result.get('bru')?.map((a) => a.id)).to.deep.equal(['la']);
  });

  it('ignores unstarred and cancelled activities and touching ends', () => {
    const list = [
      make('a', at(9), at(10)),
      make('b', at(10), at(11)), // touches a: no clash
      make('c', at(9, 30), at(10, 30), { status: 'cancelled' }),
      make('d', at(10, 45), at(12)),
      make('e', at(9), at(12)),
    ];
    const result = clashes(list, new Set(['a', 'b', 'c', 'd']));
    expect([...result.keys()].sort()).to.deep.equal(['b', 'd']);
    expect(
      clashes(list, new Set(['a', 'b', 'c', 'd', 'e']))
        .get('e')
        ?.map((x) => x.id),
    ).to.deep.equal(['a', 'b', 'd']);
  });

  it('is symmetric and agrees with the pairwise definition', () => {
    const activity = fc
      .record({ s: fc.integer({ min: 0, max: 40 }), d: fc.integer({ min: 1, max: 10 }), cancelled: fc.boolean() })
      .map(({ s, d, cancelled }) => ({ start: at(8) + s * 15 * MIN, end: at(8) + (s + d) * 15 * MIN, cancelled }));
    fc.assert(
      fc.property(
        fc.array(activity, { maxLength: 25 }),
        fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }),
        (raw, star) => {
          const list = raw.map((r, i) => make(`a${i}`, r.start, r.end, r.cancelled ? { status: 'cancelled' } : {}));
          const starred = new Set(list.filter((_, i) => star[i]).map((a) => a.id));
          const result = clashes(list, starred);
          const live = list.filter((a) => starred.has(a.id) && a.status !== 'cancelled');
          for (const a of live) {
            const expected = live.filter((b) => b !== a && a.start < b.end && b.start < a.end).map((b) => b.id);
            expect((result.get(a.id) ?? []).map((b) => b.id).sort()).to.deep.equal(expected.sort());
            for (const b of result.get(a.id) ?? []) expect(result.get(b.id)).to.include(a);
          }
          for (const id of result.keys()) expect(live.some((a) => a.id === id)).to.equal(true);
        },
      ),
    );
  });

  it('sweeps 2,000 starred activities quickly', () => {
    const list = Array.from({ length: 2000 }, (_, i) => make(`a${i}`, at(0) + i * HOUR, at(0) + i * HOUR + 90 * MIN));
    const result = clashes(list, new Set(list.map((a) => a.id)));
    expect(result.size).to.equal(2000);
    expect(result.get('a1')?.map((a) => a.id)).to.deep.equal(['a0', 'a2']);
  });
});

describe('mergeShared', () => {
  const mine = new Set(['a', 'b']);
  it('keeps, replaces or merges without touching mine', () => {
    expect([...mergeShared(mine, ['b', 'c'], 'keep')]).to.deep.equal(['a', 'b']);
    expect([...mergeShared(mine, ['b', 'c'], 'replace')]).to.deep.equal(['b', 'c']);
    expect([...mergeShared(mine, ['b', 'c'], 'merge')]).to.deep.equal(['a', 'b', 'c']);
    expect(mergeShared(mine, [], 'keep')).to.not.equal(mine);
    expect([...mine]).to.deep.equal(['a', 'b']);
  });
});
