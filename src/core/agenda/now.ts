import type { Activity } from '../feed/types.js';
import { compareActivities } from './group.js';

/** Where `now` falls in the programme. */
export interface NowState {
  /** Activities under way (`start ≤ now < end`), chronological; cancelled ones excluded. */
  readonly current: Activity[];
  /** The first activity that starts after `now` (not cancelled). */
  readonly next?: Activity;
  /** `now` lies within `[first start, last end)` of the programme's non-cancelled activities. */
  readonly running: boolean;
}

/** What is on at `now` (epoch ms; the caller's clock), for the timeline's "now" marker. Ignores cancelled activities. */
export function nowState(list: readonly Activity[], now: number): NowState {
  const live = list.filter((a) => a.status !== 'cancelled');
  const current = live.filter((a) => a.start <= now && now < a.end).sort(compareActivities);
  let next: Activity | undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const a of live) {
    first = Math.min(first, a.start);
    last = Math.max(last, a.end);
    if (a.start > now && (!next || compareActivities(a, next) < 0)) next = a;
  }
  return { current, ...(next ? { next } : {}), running: first <= now && now < last };
}
