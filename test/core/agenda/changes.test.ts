import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  changesKey,
  diffProgrammes,
  fingerprint,
  readFingerprint,
  type Fingerprint,
} from '../../../src/core/agenda/changes.js';
import type { Activity, Programme } from '../../../src/core/feed/types.js';
import { HOUR, makeActivity } from './builders.js';

function programme(activities: Activity[]): Programme {
  return {
    mission: {
      id: 'm',
      title: { en: 'Mission' },
      timeZone: 'America/Los_Angeles',
      defaultLanguage: 'en',
      languages: ['en'],
      dayChange: '00:00',
      contacts: [],
    },
    locations: [],
    venues: [],
    sectors: [],
    contacts: [],
    activities,
  };
}

const T = Date.UTC(2025, 9, 6, 16);
const a = makeActivity({ id: 'a', start: T, end: T + HOUR });
const b = makeActivity({ id: 'b', start: T + HOUR, end: T + 2 * HOUR });
const c = makeActivity({ id: 'c', start: T + 2 * HOUR, end: T + 3 * HOUR, status: 'tentative' });

describe('fingerprint', () => {
  it('keeps start, end and status per id, and the time it was taken', () => {
    const fp = fingerprint(programme([a, c]), 1234);
    expect(JSON.parse(JSON.stringify(fp))).to.deep.equal({
      v: 1,
      at: 1234,
      activities: { a: [T, T + HOUR, 'confirmed'], c: [T + 2 * HOUR, T + 3 * HOUR, 'tentative'] },
    });
    expect(fingerprint(programme([])).at).to.equal(undefined);
    expect(changesKey('m-1')).to.equal('mission-agenda:changes:m-1');
  });

  it('treats __proto__ as an ordinary id', () => {
    const p = makeActivity({ id: '__proto__' });
    const fp = readFingerprint(JSON.stringify(fingerprint(programme([p]))))!;
    expect(Object.keys(fp.activities)).to.deep.equal(['__proto__']);
    expect(diffProgrammes(fp, programme([p])).changes.size).to.equal(0);
  });

  it('caps its size and then reports no new activities', () => {
    const many = Array.from({ length: 5001 }, (_, i) => makeActivity({ id: `a${i}`, start: T + i, end: T + i + HOUR }));
    const fp = fingerprint(programme(many));
    expect(Object.keys(fp.activities)).to.have.length(5000);
    expect(fp.partial).to.equal(true);
    expect(diffProgrammes(fp, programme(many)).changes.size).to.equal(0);
    const longId = makeActivity({ id: 'x'.repeat(201) });
    expect(Object.keys(fingerprint(programme([longId])).activities)).to.deep.equal([]);
  });
});

describe('readFingerprint', () => {
  it('round-trips', () => {
    const fp = fingerprint(programme([a, b, c]), 99);
    expect(readFingerprint(JSON.stringify(fp))).to.deep.equal(JSON.parse(JSON.stringify(fp)));
  });

  it('is tolerant', () => {
    for (const raw of [null, '', '{', '[]', '1', '{"v":2,"activities":{}}', '{"v":1}', '{"v":1,"activities":[]}']) {
      expect(readFingerprint(raw), String(raw)).to.equal(undefined);
    }
    const raw = JSON.stringify({
      v: 1,
      at: 'yesterday',
      activities: { ok: [1, 2, 'cancelled'], bad1: [1, 2], bad2: ['1', 2, 'confirmed'], bad3: [1, 2, 'done'], bad4: 7 },
    });
    expect(JSON.parse(JSON.stringify(readFingerprint(raw)))).to.deep.equal({
      v: 1,
      activities: { ok: [1, 2, 'cancelled'] },
    });
  });
});

describe('diffProgrammes', () => {
  const before = fingerprint(programme([a, b, c]));

  it('reports nothing without a previous fingerprint', () => {
    const diff = diffProgrammes(undefined, programme([a, b]));
    expect(diff.changes.size).to.equal(0);
    expect(diff.removed).to.deep.equal([]);
  });

  it('finds new, moved, cancelled and removed activities', () => {
    const moved = { ...b, end: b.end + HOUR };
    const cancelled = { ...a, status: 'cancelled' as const, start: a.start + HOUR };
    const fresh = makeActivity({ id: 'n', start: T, end: T + HOUR });
    const freshCancelled = makeActivity({ id: 'nc', status: 'cancelled' });
    const diff = diffProgrammes(before, programme([cancelled, moved, fresh, freshCancelled]));
    expect([...diff.changes]).to.deep.equal([
      ['a', { kind: 'cancelled' }],
      ['b', { kind: 'moved', from: { start: T + HOUR, end: T + 2 * HOUR } }],
      ['n', { kind: 'new' }],
    ]);
    expect(diff.removed).to.deep.equal([{ id: 'c', start: T + 2 * HOUR, end: T + 3 * HOUR }]);
  });

  it('does not repeat an old cancellation, nor report a cancelled one that disappears', () => {
    const wasCancelled = fingerprint(programme([{ ...a, status: 'cancelled' }, b]));
    const moved = { ...a, status: 'cancelled' as const, start: a.start - HOUR };
    expect(diffProgrammes(wasCancelled, programme([moved, b])).changes.size).to.equal(0);
    expect(diffProgrammes(wasCancelled, programme([b])).removed).to.deep.equal([]);
  });

  it('is empty against its own fingerprint', () => {
    const activity = fc
      .record({
        id: fc.string({ minLength: 1, maxLength: 6 }),
        start: fc.integer({ min: 0, max: 1e6 }),
        length: fc.integer({ min: 1, max: 1e5 }),
        status: fc.constantFrom('confirmed' as const, 'tentative' as const, 'cancelled' as const),
      })
      .map(({ id, start, length, status }) => makeActivity({ id, start, end: start + length, status }));
    fc.assert(
      fc.property(fc.uniqueArray(activity, { selector: (x) => x.id, maxLength: 30 }), (list) => {
        const p = programme(list);
        const stored = readFingerprint(JSON.stringify(fingerprint(p, 5))) as Fingerprint;
        const diff = diffProgrammes(stored, p);
        expect(diff.changes.size).to.equal(0);
        expect(diff.removed).to.deep.equal([]);
      }),
    );
  });
});
