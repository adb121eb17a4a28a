import { dateKey, daysBetween } from '../time/format.js';
import { collect, resolveRef, resolveRefs, type Collection } from './collect.js';
import { urlField, zoneField } from './entities.js';
import { at, show, type IssueCollector } from './issues.js';
import { toLocalizedText } from './text.js';
import { isDateKey, readDateTime } from './times.js';
import {
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  type Activity,
  type ActivityStatus,
  type ActivityType,
  type Contact,
  type Location,
  type Sector,
  type Venue,
} from './types.js';
import { own, type JsonObject } from './values.js';

/** What activities refer to. */
export interface ActivityContext {
  readonly missionZone: string;
  readonly locations: Collection<Location>;
  readonly venues: Collection<Venue>;
  readonly sectors: Collection<Sector>;
  readonly contacts: Collection<Contact>;
}

/** A value from `allowed` (case-insensitive); absent → `fallback`; anything else → `fallback` with a warning. */
function oneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
  path: string,
  issues: IssueCollector,
): T {
  if (value === undefined) return fallback;
  const found = allowed.find((item) => typeof value === 'string' && item === value.trim().toLowerCase());
  if (found) return found;
  issues.warn(path, `Unknown value ${show(value)} (expected one of ${allowed.join(', ')}); "${fallback}" is used.`);
  return fallback;
}

/**
 * The optional `missionDay` (`YYYY-MM-DD`); a bad one is dropped with an error (the activity then goes under the day
 * of its start), one more than a day away from the start's date is kept with a warning.
 */
function missionDayField(raw: JsonObject, path: string, start: number, zone: string, issues: IssueCollector) {
  const value = own(raw, 'missionDay');
  if (value === undefined) return undefined;
  if (!isDateKey(value)) {
    issues.error(
      at(path, 'missionDay'),
      `Expected a date such as "2025-10-06", found ${show(value)}; the activity is listed under the day of its start.`,
    );
    return undefined;
  }
  const startDate = dateKey(start, zone);
  if (Math.abs(daysBetween(value, startDate)) > 1) {
    issues.warn(
      at(path, 'missionDay'),
      `The mission day ${value} is more than a day away from the start (${startDate} in ${zone}); it was kept.`,
    );
  }
  return value;
}

function readActivity(raw: JsonObject, path: string, id: string, ctx: ActivityContext, issues: IssueCollector) {
  const title = toLocalizedText(own(raw, 'title'), at(path, 'title'), issues);
  if (!title) issues.error(at(path, 'title'), 'An activity needs a title; this one was skipped.');
  const location = resolveRef(own(raw, 'location'), ctx.locations, 'location', at(path, 'location'), issues);
  const venue = resolveRef(own(raw, 'venue'), ctx.venues, 'venue', at(path, 'venue'), issues);
  const inherited = location?.timeZone ?? venue?.location?.timeZone ?? ctx.missionZone;
  const timeZone = zoneField(own(raw, 'timeZone'), inherited, at(path, 'timeZone'), issues);
  if (!title || timeZone === undefined) return undefined;
  const start = readDateTime(own(raw, 'start'), timeZone, at(path, 'start'), issues);
  const end = readDateTime(own(raw, 'end'), timeZone, at(path, 'end'), issues);
  if (start === undefined || end === undefined) return undefined;
  if (end <= start) {
    issues.error(at(path, 'end'), 'The end must be after the start; this activity was skipped.');
    return undefined;
  }
  const activity: { -readonly [K in keyof Activity]: Activity[K] } = {
    id,
    title,
    type: oneOf<ActivityType>(own(raw, 'type'), ACTIVITY_TYPES, 'other', at(path, 'type'), issues),
    start,
    end,
    timeZone,
    sectors: resolveRefs(own(raw, 'sectors'), ctx.sectors, 'sector', at(path, 'sectors'), issues),
    contacts: resolveRefs(own(raw, 'contacts'), ctx.contacts, 'contact', at(path, 'contacts'), issues),
    status: oneOf<ActivityStatus>(own(raw, 'status'), ACTIVITY_STATUSES, 'confirmed', at(path, 'status'), issues),
  };
  const description = toLocalizedText(own(raw, 'description'), at(path, 'description'), issues);
  const url = urlField(raw, path, 'link', issues);
  const missionDay = missionDayField(raw, path, start, timeZone, issues);
  if (location) activity.location = location;
  if (venue) activity.venue = venue;
  if (description) activity.description = description;
  if (url) activity.url = url;
  if (missionDay) activity.missionDay = missionDay;
  return activity;
}

/** Chronological order of activities: start, then end, then id. */
export function compareActivities(a: Activity, b: Activity): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The city an activity happens in: its own location, else its venue's. */
export function activityCity(a: Activity): Location | undefined {
  return a.location ?? a.venue?.location;
}

/**
 * `activities`, sorted by start, end, id. Zone: the activity's `timeZone` → its location's → its venue's location's →
 * the mission's. Skipped with an error: no title, unknown `timeZone`, bad or gap `start`/`end`, `end` not after
 * `start`. Kept with an error (the part dropped): unknown location/venue/sector/contact ids, a bad `url`.
 * Kept with a warning: ambiguous wall times, offsets that disagree with the zone, unknown `type`/`status`.
 */
export function readActivities(value: unknown, ctx: ActivityContext, issues: IssueCollector): Activity[] {
  const { items } = collect(value, 'activities', issues, (raw, path, id) => readActivity(raw, path, id, ctx, issues));
  return items.sort(compareActivities);
}
