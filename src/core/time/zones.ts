import { dateTimeFormat, ZoneMemo } from './cache.js';

const intlNames = new Map<string, string | undefined>();

/** Intl's own name for a zone (`Asia/Kolkata` → `Asia/Calcutta`), or undefined when Intl does not know the zone. */
function intlZone(name: string): string | undefined {
  if (intlNames.has(name)) return intlNames.get(name);
  let zone: string | undefined;
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    zone = undefined;
  }
  if (intlNames.size > 1000) intlNames.clear();
  intlNames.set(name, zone);
  return zone;
}

/**
 * A valid IANA zone name, spelled as the feed, page or browser wrote it, or undefined when Intl does not know it.
 * Intl would rename zones (`Asia/Kolkata` → `Asia/Calcutta`, `Asia/Kathmandu` → `Asia/Katmandu`, `Europe/Kyiv` →
 * `Europe/Kiev`): a name that differs from Intl's only in case takes Intl's case (`europe/brussels` →
 * `Europe/Brussels`, `utc` → `UTC`); another valid name is kept as written (surrounding spaces trimmed) when it has a
 * capital letter, and takes Intl's name when it is all lower case (`asia/kolkata`: Intl alone cannot give the case
 * of a name it renames, and the result must not depend on the runtime).
 */
export function zoneName(name: string): string | undefined {
  if (typeof name !== 'string') return undefined;
  const written = name.trim();
  if (written === '' || written.length > 64) return undefined;
  const intl = intlZone(written);
  if (intl === undefined || intl.toLowerCase() === written.toLowerCase()) return intl;
  return written === written.toLowerCase() ? intl : written;
}

/** True when both names are valid and name the same zone (`Asia/Kolkata` and `Asia/Calcutta`, `UTC` and `Etc/UTC`). */
export function sameZone(a: string, b: string): boolean {
  if (a === b) return zoneName(a) !== undefined;
  const x = zoneName(a);
  const y = zoneName(b);
  return x !== undefined && y !== undefined && intlZone(x) === intlZone(y);
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
 * A choice that names the mission's zone under another spelling (`Asia/Calcutta` for a mission in `Asia/Kolkata`)
 * gives the mission zone as the feed writes it, so the two compare equal.
 */
export function resolveDisplayZone(choice: string | undefined, missionZone: string, localZone: string): string {
  if (!choice || choice === 'event') return missionZone;
  const zone = zoneName(choice === 'local' ? localZone : choice);
  if (zone === undefined) return missionZone;
  return sameZone(zone, missionZone) ? missionZone : zone;
}
