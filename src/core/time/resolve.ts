import { offsetMinutes, wallDateTime } from './zones.js';
import { InstantMemo } from './cache.js';

export type DateTimeResult =
  | { readonly kind: 'invalid' }
  | { readonly kind: 'gap' }
  | {
      readonly kind: 'ok';
      /** Epoch milliseconds. */
      readonly instant: number;
      /** A wall time in a fall-back overlap, given without offset: the earlier instant was taken. */
      readonly ambiguous: boolean;
      /** The text carried an offset that differs from the zone's offset at that instant (both in minutes). */
      readonly offsetMismatch?: { readonly given: number; readonly expected: number };
    };

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;
const HOUR = 3_600_000;

/**
 * Resolves a feed date-time: a wall time in `zone` (`2025-10-06T09:00`) or an instant with an offset or `Z`.
 * A wall time in a spring-forward gap is `gap`; one in a fall-back overlap takes the earlier instant and is flagged.
 */
export function resolveDateTime(text: string, zone: string): DateTimeResult {
  if (typeof text !== 'string') return INVALID;
  // Feeds repeat the same start and end times many times over: each (zone, text) is resolved once.
  return resolved.get(zone, text, () => resolve(text, zone));
}

const INVALID: DateTimeResult = { kind: 'invalid' };
const resolved = new InstantMemo<DateTimeResult, string>(20_000);

function resolve(text: string, zone: string): DateTimeResult {
  const m = DATE_TIME.exec(text);
  if (!m) return { kind: 'invalid' };
  const [, y, mo, d, h, mi, s = '00', ms = '0', offset] = m;
  const wall = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  if (!isRealWallTime(wall, ms)) return { kind: 'invalid' };
  if (offset) {
    const instant = Date.parse(`${wall}.${ms.padEnd(3, '0')}${offset}`);
    if (Number.isNaN(instant)) return { kind: 'invalid' };
    const given = offset === 'Z' ? 0 : parseOffset(offset);
    const expected = offsetMinutes(instant, zone);
    return given === expected
      ? { kind: 'ok', instant, ambiguous: false }
      : { kind: 'ok', instant, ambiguous: false, offsetMismatch: { given, expected } };
  }
  const candidates = wallCandidates(wall, zone).map((t) => t + Number(ms.padEnd(3, '0')));
  if (candidates.length === 0) return { kind: 'gap' };
  return { kind: 'ok', instant: Math.min(...candidates), ambiguous: candidates.length > 1 };
}

/**
 * Every instant whose wall clock in `zone` reads `wall` (seconds precision): none in a gap, two in an overlap.
 * Each offset the zone uses a day either side of the wall time gives a candidate, kept only if it reads back
 * as the same wall time. (date-fns-tz's `fromZonedTime` is not used: it builds dates in the browser's own zone,
 * so it shifts wall times that fall in the *visitor's* DST gap, and it never reports gaps or overlaps.)
 */
function wallCandidates(wall: string, zone: string): number[] {
  const asUtc = Date.parse(`${wall}Z`);
  const found = new Set<number>();
  // The probes only propose offsets (each candidate is checked by reading it back), so they may sit on the hour:
  // the offset tables then serve every wall time of that hour.
  const hour = asUtc - (((asUtc % HOUR) + HOUR) % HOUR);
  for (const probe of [hour - 26 * HOUR, hour, hour + 26 * HOUR]) {
    const candidate = asUtc - offsetMinutes(probe, zone) * 60_000;
    if (wallDateTime(candidate, zone) === wall) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b);
}

/** True when the calendar date and clock exist at all (no 31 April, no 24:00); no zone is involved. */
export function isRealWallTime(wall: string, ms = '0'): boolean {
  const t = Date.parse(`${wall}.${ms.padEnd(3, '0')}Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 19) === wall;
}

function parseOffset(offset: string): number {
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return offset[0] === '-' ? -minutes : minutes;
}
