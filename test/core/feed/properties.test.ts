import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../../src/core/feed/validate.js';
import type { ParseResult } from '../../../src/core/feed/types.js';
import { smallFeed, type Json } from './feeds.js';

/** Every issue is located and explained; a refused feed says why; kept activities are well-formed. */
function checkResult(result: ParseResult): void {
  for (const issue of [...result.errors, ...result.warnings]) {
    expect(issue.path).to.be.a('string').and.not.equal('');
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
  if (!result.programme) expect(result.errors).to.have.length(1);
  for (const a of result.programme?.activities ?? []) expect(a.end).to.be.greaterThan(a.start);
}

const polluted = () =>
  Object.keys(Object.prototype).length > 0 || ({} as Record<string, unknown>).polluted !== undefined;

/** Replaces the value at a random path of `feed` by `value` (or deletes it). */
function mutate(feed: Json, steps: number[], value: unknown, remove: boolean): unknown {
  let node: unknown = feed;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  for (const step of steps) {
    if (typeof node !== 'object' || node === null) break;
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    parent = node as Record<string, unknown>;
    key = keys[step % keys.length];
    node = (node as Record<string, unknown>)[key];
  }
  if (parent === undefined || key === undefined) return value;
  if (remove) delete (parent as Record<string, unknown>)[key];
  else (parent as Record<string, unknown>)[key] = value;
  return feed;
}

describe('parseFeed properties', () => {
  it('never throws on any value', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (value) => {
        checkResult(parseFeed(value));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on JSON values wrapped as a feed, nor pollutes prototypes', () => {
    const feedish = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.jsonValue()),
        mission: fc.oneof(
          fc.record({
            id: fc.string(),
            title: fc.jsonValue(),
            timeZone: fc.constantFrom('UTC', 'Asia/Kathmandu', 'x'),
          }),
          fc.jsonValue(),
        ),
        activities: fc.array(
          fc.dictionary(
            fc.constantFrom('id', 'title', 'start', 'end', '__proto__', 'constructor', 'sectors', 'timeZone'),
            fc.jsonValue(),
          ),
        ),
        __proto__: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(feedish, (value) => {
        checkResult(parseFeed(JSON.parse(JSON.stringify(value))));
        expect(polluted()).to.equal(false);
      }),
      { numRuns: 300 },
    );
  });

  it('survives random mutations of a valid feed', () => {
    const value = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom(
        '2025-03-09T02:30',
        '2025-11-02T01:30',
        '2025-10-06T09:00+02:00',
        'javascript:alert(1)',
        'a-001',
        'sf',
        '__proto__',
      ),
    );
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), value, fc.boolean(), (steps, v, remove) => {
        const json = mutate(smallFeed(), steps, v, remove);
        checkResult(parseFeed(JSON.parse(JSON.stringify(json ?? null))));
        expect(polluted()).to.equal(false);
      }),
      { numRuns: 500 },
    );
  });

  it('copes with __proto__ keys, huge strings and deep nesting', () => {
    const hostile = JSON.parse(
      '{"version":1,"__proto__":{"polluted":1},"mission":{"id":"m","title":{"__proto__":"x","en":"M"},' +
        '"timeZone":"UTC","constructor":{"prototype":{"polluted":1}}},"activities":[{"id":"__proto__","title":"T",' +
        '"start":"2025-01-01T10:00","end":"2025-01-01T11:00","sectors":["__proto__","constructor","toString"]}]}',
    );
    const huge = 'x'.repeat(1_000_000);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    for (const feed of [
      hostile,
      { ...hostile, mission: { id: huge, title: huge, timeZone: huge } },
      { version: 1, mission: { id: 'm', title: deep, timeZone: 'UTC' }, activities: deep, locations: [{ id: huge }] },
    ]) {
      const result = parseFeed(feed);
      checkResult(result);
      for (const issue of result.errors) expect(issue.message.length).to.be.lessThan(400);
    }
    const result = parseFeed(hostile);
    expect(result.programme!.activities.map((a) => a.id)).to.deep.equal(['__proto__']);
    expect(result.errors.map((e) => e.path)).to.deep.equal([
      'mission.title.__proto__',
      'activities[0].sectors[0]',
      'activities[0].sectors[1]',
      'activities[0].sectors[2]',
    ]);
    expect(polluted()).to.equal(false);
  });
});
