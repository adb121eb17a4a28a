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
  return readings.get(instant, zone).offset;
}

/** `YYYY-MM-DDTHH:mm:ss` of `instant` on the wall clocks of `zone`. */
export function wallDateTime(instant: number, zone: string): string {
  return readings.get(instant, zone).wall;
}

/** What the wall clocks of a zone read at an instant, and the zone's offset then. */
interface Reading {
  readonly wall: string;
  readonly offset: number;
}

const READING: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
};

/** How `en-US` writes a reading: `10/05/2025, 13:45:00 GMT-07:00` (`GMT` or `GMT+00:00` at offset zero). */
const WRITTEN = /^(\d{2})\/(\d{2})\/(\d+), (\d{2}):(\d{2}):(\d{2}) (GMT.*)$/;
/** Intl writes the offset as `GMT`, `GMT+02:00`, `GMT-09:30` or `GMT+05:45`. */
const OFFSET = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/;

function reading(year: string, month: string, day: string, time: string, offsetName: string): Reading {
  const m = OFFSET.exec(offsetName);
  const minutes = m?.[1] ? Number(m[2]) * 60 + Number(m[3]) : 0;
  return { wall: `${year.padStart(4, '0')}-${month}-${day}T${time}`, offset: m?.[1] === '-' ? -minutes : minutes };
}

// Hot path: every date-time of a feed, every card, every zone switch. One Intl call gives both the wall clock and the
// offset, which a card's `datetime` (`2025-10-06T18:00:00+02:00`) and the resolution of a wall time both need; its
// text is read directly (no array of parts made per instant), and through its parts should Intl ever write it
// otherwise.
const readingFormats = new Map<string, Intl.DateTimeFormat>();
const readings = new ZoneMemo<Reading>((instant, zone) => {
  let dtf = readingFormats.get(zone);
  if (!dtf) readingFormats.set(zone, (dtf = dateTimeFormat('en-US', { ...READING, timeZone: zone })));
  const w = WRITTEN.exec(dtf.format(instant));
  if (w) return reading(w[3], w[1], w[2], `${w[4]}:${w[5]}:${w[6]}`, w[7]);
  const p: Record<string, string> = {};
  for (const part of dtf.formatToParts(instant)) p[part.type] = part.value;
  return reading(p.year, p.month, p.day, `${p.hour}:${p.minute}:${p.second}`, p.timeZoneName);
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
