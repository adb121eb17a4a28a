import { resolveDateTime } from '../time/resolve.js';
import { offsetMinutes } from '../time/zones.js';

/** A day on which the gap between two zones changes. */
export interface OffsetChange {
  /** `YYYY-MM-DD`: the first listed day with the new gap. */
  readonly date: string;
  /** Gap (minutes, `zoneB − zoneA`) on the previous listed day. */
  readonly before: number;
  /** Gap on `date`. */
  readonly after: number;
}

/** Gap in minutes between two zones at `instant`: `offset(zoneB) − offset(zoneA)` (LA → Brussels in October: 540). */
export function currentGap(instant: number, zoneA: string, zoneB: string): number {
  return offsetMinutes(instant, zoneB) - offsetMinutes(instant, zoneA);
}

/** Noon of a day key on the wall clocks of `zone` (UTC noon should the zone ever skip that hour). */
function noonOf(day: string, zone: string): number {
  const r = resolveDateTime(`${day}T12:00`, zone);
  return r.kind === 'ok' ? r.instant : Date.parse(`${day}T12:00:00Z`);
}

/**
 * The days on which the gap between `zoneA` and `zoneB` differs from the previous listed day, each gap measured at
 * noon (in `zoneA`) of the day — e.g. Los Angeles → Brussels over 24 Oct–3 Nov 2025: 540 → 480 on 26 Oct (Europe
 * leaves summer time), 480 → 540 on 2 Nov (the US does). Days are de-duplicated and sorted; when they skip dates the
 * change is reported on the first listed day that shows it, which is where the reader meets it.
 */
export function offsetChanges(days: readonly string[], zoneA: string, zoneB: string): OffsetChange[] {
  const sorted = [...new Set(days)].sort();
  const changes: OffsetChange[] = [];
  let previous: number | undefined;
  for (const date of sorted) {
    const gap = currentGap(noonOf(date, zoneA), zoneA, zoneB);
    if (previous !== undefined && gap !== previous) changes.push({ date, before: previous, after: gap });
    previous = gap;
  }
  return changes;
}
