import { at, show, type IssueCollector } from '../feed/issues.js';
import { addDays, toOffsetIso } from '../time/format.js';
import { resolveDateTime } from '../time/resolve.js';
import { str, type FrabEvent } from './schedule.js';

/** How an event's times are read. */
export interface TimeContext {
  /** The mission zone (IANA). */
  readonly zone: string;
  /** False when the conference gave no usable zone and `zone` is a stand-in: times are then written in UTC (`Z`). */
  readonly zoneKnown: boolean;
  /** `HH:mm`: a `start` before it, under a day's `date`, belongs to the next calendar date. */
  readonly dayChange: string;
}

const OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const DURATION = /^(\d{1,4}):([0-5]\d)(?::([0-5]\d))?$/;
const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/;

/** `01:30` or `1:30:00` → milliseconds; `undefined` for anything else. */
export function durationMs(value: unknown): number | undefined {
  const m = typeof value === 'string' ? DURATION.exec(value.trim()) : null;
  if (!m) return undefined;
  return ((Number(m[1]) * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000;
}

/** `instant` written at a fixed UTC offset (`+01:00` or `Z`), to the second: exact, no zone rules involved. */
function atOffset(instant: number, offset: string): string {
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (+offset.slice(1, 3) * 60 + +offset.slice(4, 6));
  return new Date(instant + minutes * 60_000).toISOString().slice(0, 19) + offset;
}

function utc(instant: number): string {
  return atOffset(instant, 'Z');
}

type Start = { readonly text: string; readonly instant: number } | 'gap' | undefined;

/** A wall time in `zone`, or an instant: its instant, `'gap'` when the clocks skip it, `undefined` when unreadable. */
function resolve(text: string, zone: string): Start {
  // An instant needs no zone rules (and `parseFeed` checks the text again): skip the costlier resolution.
  const instant = ISO.test(text) ? Date.parse(text) : NaN;
  if (!Number.isNaN(instant)) return { text, instant };
  const found = resolveDateTime(text, zone);
  return found.kind === 'ok' ? { text, instant: found.instant } : found.kind === 'gap' ? 'gap' : undefined;
}

/** The event's start: `date`, else the day's `date` + `start` as a wall time (before the day change → next date). */
function readStart(event: FrabEvent, ctx: TimeContext): Start {
  const date = str(event.date);
  const found = date === undefined ? undefined : resolve(date, ctx.zone);
  if (found) return found;
  const day = str(event.dayDate);
  const clock = CLOCK.exec(str(event.start) ?? '');
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day) || !clock) return undefined;
  const hhmm = `${clock[1].padStart(2, '0')}:${clock[2]}`;
  return resolve(`${hhmm < ctx.dayChange ? addDays(day, 1) : day}T${hhmm}`, ctx.zone);
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
  issues: IssueCollector,
): { start: string; end: string } | undefined {
  const start = readStart(event, ctx);
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
  const givenEnd = str(event.end);
  const endFound = givenEnd === undefined ? undefined : resolve(givenEnd, ctx.zone);
  let end = typeof endFound === 'object' ? endFound.instant : undefined;
  if (end === undefined) {
    const ms = durationMs(event.duration);
    if (ms === undefined) {
      issues.error(
        at(event.path, 'duration'),
        `Expected a duration such as "00:45" or "1:30:00", found ${show(event.duration)}; the event was skipped.`,
      );
      return undefined;
    }
    end = start.instant + ms;
  } else if (ctx.zoneKnown) return { start: start.text, end: givenEnd! };
  if (!ctx.zoneKnown) return { start: utc(start.instant), end: utc(end) };
  const offset = OFFSET.exec(start.text)?.[0];
  return { start: start.text, end: offset ? atOffset(end, offset) : toOffsetIso(end, ctx.zone) };
}
