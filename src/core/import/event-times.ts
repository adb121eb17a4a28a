import { at, show, type IssueCollector } from '../feed/issues.js';
import { addDays, toOffsetIso } from '../time/format.js';
import { wallDateTime } from '../time/zones.js';
import { resolveDateTime } from '../time/resolve.js';
import { str, type FrabEvent } from './schedule.js';

/** How an event's times are read. */
export interface TimeContext {
  /** The mission zone (IANA). */
  readonly zone: string;
  /** False when no usable zone is known and `zone` is a stand-in: times are then written in UTC (`Z`). */
  readonly zoneKnown: boolean;
}

/**
 * The wall-clock span of one schedule day in the mission zone, `YYYY-MM-DDTHH:mm` at both ends: from its `day_start`
 * to its `day_end` (each read at its own offset), else from the day change of its date for 24 hours.
 */
export interface DayWindow {
  readonly date: string;
  readonly from: string;
  readonly to: string;
}

/** An event's times as the feed will hold them. */
export interface EventTimes {
  readonly start: string;
  readonly end: string;
  /** The start had neither an offset nor a zone of its own: it was read as a wall time in the context's zone. */
  readonly floating: boolean;
  /** The start on the mission zone's wall clock, `YYYY-MM-DDTHH:mm`. */
  readonly wall: string;
}

const OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const WALL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;
const DURATION = /^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MINUTE = 60_000;

/** `01:30` or `1:30:00` → milliseconds; `undefined` for anything else. */
export function durationMs(value: unknown): number | undefined {
  const m = typeof value === 'string' ? DURATION.exec(value.trim()) : null;
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] || 0)) * 1000;
}

/** `instant` written at a fixed UTC offset (`+01:00` or `Z`), to the second: exact, no zone rules involved. */
function atOffset(instant: number, offset: string): string {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(4, 6));
  return new Date(instant + minutes * MINUTE).toISOString().slice(0, 19) + offset;
}

function utc(instant: number): string {
  return atOffset(instant, 'Z');
}

/**
 * A date-time of the schedule (`day_start`, `day_end`, an event's `date`) on the wall clock of `zone`
 * (`YYYY-MM-DDTHH:mm`): an instant is moved to that zone, a wall time is taken as written. `undefined` otherwise.
 */
export function wallOf(value: unknown, zone: string): string | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  if (WALL.test(text)) return resolveDateTime(text, zone).kind === 'invalid' ? undefined : text.slice(0, 16);
  if (!ISO.test(text)) return undefined;
  const instant = Date.parse(text);
  return Number.isNaN(instant) ? undefined : wallDateTime(instant, zone).slice(0, 16);
}

/** Minutes of a wall date-time counted as if it were UTC: only for comparing wall times of one zone. */
const wallMinutes = (wall: string) => Date.parse(`${wall}:00Z`) / MINUTE;

/**
 * The window of a schedule day in `zone`: from its start to its end when the schedule gives them (a start more than
 * a day away from the day's date is ignored as a slip), else from `dayChange` on its date, for 24 hours.
 */
export function dayWindow(
  date: unknown,
  start: unknown,
  end: unknown,
  zone: string,
  dayChange: string,
): DayWindow | undefined {
  const day = str(date);
  if (day === undefined || !DATE.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) return undefined;
  const near = (wall: string | undefined) =>
    wall !== undefined && Math.abs(wallMinutes(wall) - wallMinutes(`${day}T12:00`)) <= 36 * 60 ? wall : undefined;
  const from = near(wallOf(start, zone)) ?? `${day}T${dayChange}`;
  const given = near(wallOf(end, zone));
  const to = given !== undefined && given > from ? given : `${addDays(from.slice(0, 10), 1)}${from.slice(10)}`;
  return { date: day, from, to };
}

/** How far a wall time lies outside a day's window, in minutes (0 inside). */
function distance(wall: string, window: DayWindow): number {
  const t = wallMinutes(wall);
  const from = wallMinutes(window.from);
  const to = wallMinutes(window.to);
  return t < from ? from - t : t >= to ? t - to : 0;
}

type Start = { readonly text: string; readonly instant: number; readonly floating: boolean } | 'gap' | undefined;

/** A wall time in `zone`, or an instant: its instant, `'gap'` when the clocks skip it, `undefined` when unreadable. */
function resolve(text: string, zone: string): Start {
  // An instant needs no zone rules (and `parseFeed` checks the text again): skip the costlier resolution.
  const instant = ISO.test(text) ? Date.parse(text) : NaN;
  if (!Number.isNaN(instant)) return { text, instant, floating: false };
  const found = resolveDateTime(text, zone);
  return found.kind === 'ok'
    ? { text, instant: found.instant, floating: true }
    : found.kind === 'gap'
      ? 'gap'
      : undefined;
}

/**
 * The event's start: its `date`, else its day's date and its `start` clock as a wall time. A clock belongs to the
 * day's date or the next one, whichever puts it inside the day's window (or nearer to it): `01:30` under a day that
 * runs from 11:00 to 03:00 is the next morning, `10:30` under the same day is that day's morning.
 */
function readStart(event: FrabEvent, ctx: TimeContext, day: DayWindow | undefined): Start {
  const date = str(event.date);
  const found = date === undefined ? undefined : resolve(date, ctx.zone);
  if (found) return found;
  const clock = CLOCK.exec(str(event.start) ?? '');
  if (!day || !clock) return undefined;
  const hhmm = `${clock[1].padStart(2, '0')}:${clock[2]}`;
  const same = `${day.date}T${hhmm}`;
  const next = `${addDays(day.date, 1)}T${hhmm}`;
  return resolve(distance(next, day) < distance(same, day) ? next : same, ctx.zone);
}

/**
 * The feed's `start`/`end` strings for an event. A `date` with an offset is kept as written (so the validator can
 * compare it with the mission zone) and the end is written at the same offset; a wall time stays a wall time and the
 * end is written with the zone's offset at that instant; with no known zone both are written in UTC. The end is
 * `end` when it is a valid date-time, else start + `duration`. Reports at the event's path and returns `undefined`
 * when either cannot be read (or the start falls in a spring-forward gap).
 */
export function eventTimes(
  event: FrabEvent,
  ctx: TimeContext,
  day: DayWindow | undefined,
  issues: IssueCollector,
): EventTimes | undefined {
  const start = readStart(event, ctx, day);
  if (start === 'gap') {
    const message = `This start does not exist in ${ctx.zone} (the clocks skip it that night); the event was skipped.`;
    issues.error(at(event.path, event.date === undefined ? 'start' : 'date'), message);
    return undefined;
  }
  if (!start) {
    const found = event.date === undefined ? `start ${show(event.start)}` : `date ${show(event.date)}`;
    issues.error(
      at(event.path, 'date'),
      `Expected a "date" such as "2026-01-31T10:30:00+01:00" (or the day's date and a "start" such as "10:30"), ` +
        `found ${found}; the event was skipped.`,
    );
    return undefined;
  }
  const { floating } = start;
  const wall = wallDateTime(start.instant, ctx.zone).slice(0, 16);
  const givenEnd = str(event.end);
  const endFound = givenEnd === undefined ? undefined : resolve(givenEnd, ctx.zone);
  let end: number;
  if (typeof endFound === 'object') {
    if (ctx.zoneKnown) return { start: start.text, end: endFound.text, floating, wall };
    end = endFound.instant;
  } else {
    const ms = durationMs(event.duration);
    if (ms === undefined) {
      issues.error(
        at(event.path, 'duration'),
        `Expected a duration such as "00:45" or "1:30:00", found ${show(event.duration)}; the event was skipped.`,
      );
      return undefined;
    }
    end = start.instant + ms;
  }
  if (!ctx.zoneKnown) return { start: utc(start.instant), end: utc(end), floating, wall };
  const offset = OFFSET.exec(start.text)?.[0];
  return { start: start.text, end: offset ? atOffset(end, offset) : toOffsetIso(end, ctx.zone), floating, wall };
}
