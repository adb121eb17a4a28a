import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parallelClusters, type ParallelCluster } from '../../../src/core/agenda/lanes.js';
import type { Activity } from '../../../src/core/feed/types.js';
import { HOUR, MIN, makeActivity } from './builders.js';

const t = Date.UTC(2025, 9, 6, 16); // 09:00 PDT
const at = (id: string, from: number, to: number, status: Activity['status'] = 'confirmed') =>
  makeActivity({ id, start: t + from * HOUR, end: t + to * HOUR, status });
const shape = (cs: ParallelCluster[]) => cs.map((c) => c.lanes.map((l) => l.map((a) => a.id)));

describe('parallelClusters', () => {
  it('puts three mutually overlapping sessions in three lanes', () => {
    // 9–11, 9:30–10:30, 10–12
    const cs = parallelClusters([at('c', 1, 3), at('a', 0, 2), at('b', 0.5, 1.5)]);
    expect(shape(cs)).to.deep.equal([[['a'], ['b'], ['c']]]);
    expect(cs[0].items.map((i) => [i.activity.id, i.lane])).to.deep.equal([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
    expect([cs[0].start, cs[0].end]).to.deep.equal([t, t + 3 * HOUR]);
  });

  it('reuses a lane that has become free and chains transitive overlaps', () => {
    // 9–11, 10:30–12, 11:30–13: one cluster, two lanes
    expect(shape(parallelClusters([at('a', 0, 2), at('b', 1.5, 3), at('c', 2.5, 4)]))).to.deep.equal([
      [['a', 'c'], ['b']],
    ]);
  });

  it('does not treat touching sessions as parallel', () => {
    expect(shape(parallelClusters([at('b', 1, 2), at('a', 0, 1)]))).to.deep.equal([[['a']], [['b']]]);
    const oneMs = makeActivity({ id: 'c', start: t + HOUR - MIN, end: t + 2 * HOUR });
    expect(shape(parallelClusters([at('a', 0, 1), oneMs]))).to.deep.equal([[['a'], ['c']]]);
  });

  it('keeps cancelled activities out of the lanes, as their own clusters in start order', () => {
    const cs = parallelClusters([at('a', 0, 2), at('x', 0.5, 1.5, 'cancelled'), at('b', 3, 4)]);
    expect(shape(cs)).to.deep.equal([[['a']], [['x']], [['b']]]);
  });

  it('returns nothing for nothing', () => {
    expect(parallelClusters([])).to.deep.equal([]);
  });
});

describe('parallelClusters properties', () => {
  const arbList = fc
    .array(
      fc.record({
        from: fc.integer({ min: 0, max: 48 }),
        length: fc.integer({ min: 1, max: 12 }),
        cancelled: fc.boolean(),
      }),
      { maxLength: 30 },
    )
    .map((xs) =>
      xs.map((x, i) =>
        makeActivity({
          id: `a${i}`,
          start: t + x.from * 15 * MIN,
          end: t + (x.from + x.length) * 15 * MIN,
          status: x.cancelled ? 'cancelled' : 'confirmed',
        }),
      ),
    );
  const overlap = (a: Activity, b: Activity) => a.start < b.end && b.start < a.end;

  it('keeps every activity once, never overlaps in a lane, and uses the fewest lanes', () => {
    fc.assert(
      fc.property(arbList, (list) => {
        const cs = parallelClusters(list);
        const ids = cs.flatMap((c) => c.lanes.flat().map((a) => a.id));
        expect(ids.sort()).to.deep.equal(list.map((a) => a.id).sort());
        for (const c of cs) {
          expect(c.items.length).to.equal(c.lanes.flat().length);
          for (const lane of c.lanes)
            for (let i = 1; i < lane.length; i++) expect(overlap(lane[i - 1], lane[i])).to.equal(false);
          // fewest lanes = the most activities running at one instant (checked at each start)
          const acts = c.lanes.flat();
          const depth = Math.max(...acts.map((a) => acts.filter((b) => b.start <= a.start && a.start < b.end).length));
          expect(c.lanes.length).to.equal(depth);
        }
        // non-cancelled activities of different clusters never overlap
        const live = cs.filter((c) => c.items[0].activity.status !== 'cancelled');
        for (let i = 1; i < live.length; i++) expect(live[i].start).to.be.at.least(live[i - 1].end);
      }),
    );
  });
});
