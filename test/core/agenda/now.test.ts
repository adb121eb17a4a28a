import { expect } from '@open-wc/testing';
import { nowState } from '../../../src/core/agenda/now.js';
import { HOUR, makeActivity } from './builders.js';

const t0 = Date.UTC(2025, 9, 6, 16);
const a = makeActivity({ id: 'a', start: t0, end: t0 + 2 * HOUR });
const b = makeActivity({ id: 'b', start: t0 + HOUR, end: t0 + 3 * HOUR });
const x = makeActivity({ id: 'x', start: t0 + 3 * HOUR, end: t0 + 9 * HOUR, status: 'cancelled' });
const c = makeActivity({ id: 'c', start: t0 + 4 * HOUR, end: t0 + 5 * HOUR });
const list = [c, x, b, a];

describe('nowState', () => {
  it('before the programme: nothing running, next is the first activity', () => {
    const s = nowState(list, t0 - 1);
    expect(s.running).to.equal(false);
    expect(s.current).to.deep.equal([]);
    expect(s.next?.id).to.equal('a');
  });

  it('lists every activity under way, chronologically, and the next start', () => {
    const s = nowState(list, t0 + 1.5 * HOUR);
    expect(s.current.map((z) => z.id)).to.deep.equal(['a', 'b']);
    expect(s.next?.id).to.equal('c');
    expect(s.running).to.equal(true);
  });

  it('ignores cancelled activities, is half-open at ends and keeps running between activities', () => {
    const s = nowState(list, t0 + 3 * HOUR);
    expect(s.current).to.deep.equal([]);
    expect(s.next?.id).to.equal('c');
    expect(s.running).to.equal(true);
  });

  it('after the last non-cancelled end: not running, no next (the cancelled 9 h end does not count)', () => {
    const s = nowState(list, t0 + 5 * HOUR);
    expect(s).to.deep.equal({ current: [], running: false });
  });

  it('an empty programme never runs', () => {
    expect(nowState([], t0)).to.deep.equal({ current: [], running: false });
  });
});
