import { activityCity, compareActivities } from '../feed/activities.js';
import type { Activity, Location } from '../feed/types.js';
import { addDays, dateKey, daysBetween, wallClock } from '../time/format.js';

/** `day`: calendar dates in the display zone. `mission-day`: the mission's own days in the mission zone. */
export type GroupMode = 'day' | 'mission-day';

export interface GroupOptions {
  /** Display zone (IANA); the day of each activity under `mode: 'day'`. */
  readonly zone: string;
  /** Default `day`. */
  readonly mode?: GroupMode;
  /** Mission zone; required for `mission-day` (falls back to `zone`). */
  readonly missionZone?: string;
  /** `HH:mm`: under `mission-day`, starts before this wall time belong to the previous day. Default `00:00`. */
  readonly dayChange?: string;
}

/** One day of the timeline. */
export interface DayGroup {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** Chronological: by start, then end, then id. */
  readonly activities: Activity[];
  /** Distinct cities of the day (activity location, else venue city), in order of first appearance. */
  readonly locations: Location[];
}

export { compareActivities };

/**
 * The day an instant falls on: its date in `opts.zone` (`day`), or in the mission zone, minus one day when the wall
 * clock there is before `dayChange` (`mission-day`). What "today" is in the timeline's grouping.
 */
export function instantDay(instant: number, opts: GroupOptions): string {
  if (opts.mode !== 'mission-day') return dateKey(instant, opts.zone);
  const zone = opts.missionZone ?? opts.zone;
  const key = dateKey(instant, zone);
  const change = opts.dayChange ?? '00:00';
  return wallClock(instant, zone) < change ? addDays(key, -1) : key;
}

/**
 * The day an activity is listed under: the date of its start in `opts.zone` (`day`); under `mission-day`, the
 * activity's own `missionDay` when the feed names one (an imported schedule's day), else the mission day of its start
 * (see `instantDay`). Multi-day and overnight activities belong to their start day only.
 */
export function activityDay(a: Activity, opts: GroupOptions): string {
  if (opts.mode === 'mission-day' && a.missionDay !== undefined) return a.missionDay;
  return instantDay(a.start, opts);
}

/** Group activities by day (see `activityDay`); groups are sorted by date, activities chronologically. */
export function groupByDay(list: readonly Activity[], opts: GroupOptions): DayGroup[] {
  const byDate = new Map<string, Activity[]>();
  for (const a of list) {
    const key = activityDay(a, opts);
    const bucket = byDate.get(key);
    if (bucket) bucket.push(a);
    else byDate.set(key, [a]);
  }
  return [...byDate.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, bucket]) => {
      const activities = bucket.sort(compareActivities);
      const seen = new Map<string, Location>();
      for (const a of activities) {
        const loc = activityCity(a);
        if (loc && !seen.has(loc.id)) seen.set(loc.id, loc);
      }
      return { date, activities, locations: [...seen.values()] };
    });
}

/**
 * Whole days between the heading date of a group and the activity's start date in the display zone:
 * `1` → show "+1 day", `-1` → "−1 day", `0` → no badge. Only non-zero under `mission-day` grouping.
 */
export function dayShift(activity: Activity, groupDate: string, zone: string): number {
  return daysBetween(groupDate, dateKey(activity.start, zone));
}
