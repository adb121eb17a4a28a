import { dateKey } from '../time/format.js';
import type { Issue, Programme } from './types.js';

/**
 * The size the library is built for: a mission or conference of up to about 2,000 activities renders in a second or
 * two and stays smooth to filter and search. Up to `MAX_ACTIVITIES` it still works, more slowly; beyond that a
 * programme would keep a page busy for minutes, so only its first days are shown.
 */
export const MAX_ACTIVITIES = 5_000;

/** What `limitProgramme` left out. */
export interface Truncation {
  /** Activities kept (all those of the first days, in the mission's zone). */
  readonly shown: number;
  /** Activities left out (all those of the later days). */
  readonly omitted: number;
  /** The limit that applied. */
  readonly limit: number;
  /** The last day kept, `YYYY-MM-DD` in the mission's zone. */
  readonly lastDay: string;
}

/**
 * A programme of at most `limit` activities: all those of its first days (by start, in the mission's zone), so no
 * day is shown half; the activities of the later days are left out, with an error saying how many. A first day with
 * more than `limit` activities is cut to its first `limit`. Programmes within the limit are returned as they are.
 */
export function limitProgramme(
  programme: Programme,
  limit: number = MAX_ACTIVITIES,
): { programme: Programme; truncated?: Truncation; error?: Issue } {
  const all = programme.activities;
  if (all.length <= limit) return { programme };
  const zone = programme.mission.timeZone;
  // activities are in start order: cut where the day of the activity just past the limit begins
  const firstOut = dateKey(all[limit].start, zone);
  let cut = limit;
  while (cut > 0 && dateKey(all[cut - 1].start, zone) === firstOut) cut--;
  if (cut === 0) cut = limit;
  const activities = all.slice(0, cut);
  const lastDay = dateKey(activities[activities.length - 1].start, zone);
  const truncated: Truncation = { shown: cut, omitted: all.length - cut, limit, lastDay };
  const error: Issue = {
    path: 'activities',
    message:
      `The programme has ${all.length} activities, more than the ${limit} this agenda shows: ` +
      `the ${truncated.omitted} activities after ${lastDay} were left out.`,
  };
  return { programme: { ...programme, activities }, truncated, error };
}
