import { dateKey, wallClock, isoOffset } from '../time/format.js';
import { isRealWallTime, resolveDateTime } from '../time/resolve.js';
import { offsetMinutes } from '../time/zones.js';
import { show, type IssueCollector } from './issues.js';

const HOUR = 3_600_000;

/**
 * The instants a programme may hold. Shown in any zone (UTC−12 to UTC+14), grouped by mission day (a day change of
 * up to 24 h) or next to the day before or after, a date must stay within the four-digit years that date keys and
 * `Intl` handle alike; two days of margin at each end keep every such neighbour in range.
 */
export const EARLIEST_INSTANT = Date.parse('0100-01-03T00:00:00Z');
export const LATEST_INSTANT = Date.parse('9999-12-29T00:00:00Z');

/** `120` → `UTC+02:00`, `-420` → `UTC-07:00`. */
function utcOffset(minutes: number): string {
  return `UTC${isoOffset(minutes)}`;
}

/** The first instant (to the minute) at which the zone's offset changes within `[from, to]`, if it does. */
function transitionBetween(from: number, to: number, zone: string): number | undefined {
  const before = offsetMinutes(from, zone);
  if (offsetMinutes(to, zone) === before) return undefined;
  let lo = from;
  let hi = to;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (offsetMinutes(mid, zone) === before) lo = mid;
    else hi = mid;
  }
  return hi - (hi % 60_000);
}

/** "clocks jump from 02:00 to 03:00 on 2025-03-09" for a wall time that falls in a gap. */
function gapMessage(text: string, zone: string): string {
  const asUtc = Date.parse(`${text.slice(0, 16)}Z`);
  const change = Number.isNaN(asUtc) ? undefined : transitionBetween(asUtc - 26 * HOUR, asUtc + 26 * HOUR, zone);
  if (change === undefined) return `This wall time does not exist in ${zone}.`;
  const from = new Date(change + offsetMinutes(change - 1, zone) * 60_000).toISOString().slice(11, 16);
  return (
    `This wall time does not exist in ${zone}: clocks jump from ${from} to ${wallClock(change, zone)} ` +
    `on ${dateKey(change, zone)}.`
  );
}

/**
 * Resolves a feed date-time (`start`/`end`) in `zone` and reports at `path`: invalid text or a wall time in a
 * spring-forward gap is an error (returns `undefined`); an ambiguous wall time (earlier instant taken) or an explicit
 * `±HH:MM` offset that disagrees with the zone is a warning (returns the instant). A `Z` time is taken as a plain UTC
 * instant and never warns.
 */
export function readDateTime(value: unknown, zone: string, path: string, issues: IssueCollector): number | undefined {
  const result = typeof value === 'string' ? resolveDateTime(value, zone) : ({ kind: 'invalid' } as const);
  if (result.kind === 'invalid') {
    const found = value === undefined ? 'nothing' : show(value);
    issues.error(path, `Expected a date-time such as "2025-10-06T09:00" or "2025-10-06T09:00+02:00", found ${found}.`);
    return undefined;
  }
  if (result.kind === 'gap') {
    issues.error(path, gapMessage(value as string, zone));
    return undefined;
  }
  const { instant } = result;
  if (instant < EARLIEST_INSTANT || instant > LATEST_INSTANT) {
    issues.error(
      path,
      `${show(value)} is outside the dates a programme can show in every time zone ` +
        `(0100-01-03 to 9999-12-28, UTC); this activity was skipped.`,
    );
    return undefined;
  }
  if (result.ambiguous) {
    const first = offsetMinutes(instant, zone);
    const second = offsetMinutes(instant + 24 * HOUR, zone);
    const night = dateKey(instant, zone);
    const which = `(${utcOffset(first)}) was taken. Write the offset (${utcOffset(second).slice(3)}) to mean the second one.`;
    issues.warn(path, `This wall time occurs twice in ${zone} (clocks go back on ${night}); the first one ${which}`, {
      key: `twice ${zone} ${night} ${first}`,
      item: path.slice(0, path.lastIndexOf('.')),
      summary: (n) =>
        `${n} activities have times that occur twice in ${zone} (clocks go back on ${night}); the first one ${which}`,
    });
  }
  // `Z` states a UTC instant, not a local offset, so only an explicit `±HH:MM` can disagree with the zone.
  if (result.offsetMismatch && !(value as string).endsWith('Z')) {
    const { given, expected } = result.offsetMismatch;
    const as = given === 0 ? 'in UTC (+00:00)' : `at ${utcOffset(given)}`;
    issues.warn(
      path,
      `The offset ${utcOffset(given).slice(3)} does not match ${zone}, which is at ${utcOffset(expected)} then; ` +
        `the instant was kept as written (${wallClock(instant, zone)} on ${dateKey(instant, zone)} in ${zone}).`,
      {
        key: `offset ${given} ${zone}`,
        item: path.slice(0, path.lastIndexOf('.')),
        summary: (n) =>
          `${n} activities give their times ${as} although their zone is ${zone}: the instants were kept as ` +
          `written and are shown in ${zone} time.`,
      },
    );
  }
  return instant;
}

/** A calendar date `YYYY-MM-DD` that exists (a date needs no zone, nor Intl). */
export function isDateKey(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && isRealWallTime(`${value}T12:00:00`);
}
