import { dateTimeFormat, ZoneMemo } from './cache.js';

const canonical = new Map<string, string | undefined>();

/** Canonical spelling of a valid IANA zone name (case-insensitive input, `utc` → `UTC`), or undefined when unknown. */
export function canonicalZone(name: string): string | undefined {
  if (typeof name !== 'string' || name.trim() === '' || name.length > 64) return undefined;
  if (canonical.has(name)) return canonical.get(name);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  canonical.set(name, zone);
  return zone;
}

/** UTC offset of `zone` at `instant`, in minutes (Brussels in summer → 120, Kathmandu → 345). */
export function offsetMinutes(instant: number, zone: string): number {
  return offsets.get(instant, zone);
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();
const offsets = new ZoneMemo((instant, zone) => {
  let dtf = offsetFormats.get(zone);
  if (!dtf) offsetFormats.set(zone, (dtf = dateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const parts = dtf.formatToParts(instant);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  // Intl writes the offset as `GMT`, `GMT+02:00`, `GMT-09:30` or `GMT+05:45`.
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
});

/**
 * The zone to display times in.
 * `event` → the mission zone, `local` → the visitor's zone, a valid IANA name → that zone, anything else → mission zone.
 */
export function resolveDisplayZone(choice: string | undefined, missionZone: string, localZone: string): string {
  if (!choice || choice === 'event') return missionZone;
  if (choice === 'local') return canonicalZone(localZone) ?? missionZone;
  return canonicalZone(choice) ?? missionZone;
}
