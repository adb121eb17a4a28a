import { CACHE_BOUNDS } from '../caches.js';
import { dateTimeFormat, memo } from './cache.js';
import { offsetMinutes, wallDateTime } from './zones.js';

/** The instant written in `zone` with its offset: `2025-10-06T18:00:00+02:00` (`+00:00` for UTC). */
export function toOffsetIso(instant: number, zone: string): string {
  return `${wallDateTime(instant, zone)}${isoOffset(offsetMinutes(instant, zone))}`;
}

/** A UTC offset in minutes as ISO 8601 writes it: `120` → `+02:00`, `-570` → `-09:30`, `0` → `+00:00`. */
export function isoOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${minutes < 0 ? '-' : '+'}${hh}:${mm}`;
}

/** The calendar date of `instant` in `zone`: `YYYY-MM-DD`. */
export function dateKey(instant: number, zone: string): string {
  return wallDateTime(instant, zone).slice(0, 10);
}

/** The 24-hour wall clock of `instant` in `zone`: `HH:mm`. */
export function wallClock(instant: number, zone: string): string {
  return wallDateTime(instant, zone).slice(11, 16);
}

/** The locale's own time text (12 or 24 hours as the locale writes it): `9:00 AM`, `09:00`, `9 h 00`. */
export function formatTime(instant: number, zone: string, lang: string): string {
  return dateTimeFormat(lang, { timeZone: zone, hour: 'numeric', minute: '2-digit' }).format(instant);
}

export type ZoneNameStyle = 'short' | 'long' | 'shortGeneric' | 'longGeneric';

/** The zone's name at `instant` as the locale gives it: `PDT`, `GMT+2`, `heure d’été du Pacifique`, `Pacific Time`. */
export function formatZoneName(instant: number, zone: string, lang: string, style: ZoneNameStyle = 'short'): string {
  return remember(`z|${instant}|${zone}|${lang}|${style}`, () => {
    const parts = dateTimeFormat(lang, { timeZone: zone, timeZoneName: style }).formatToParts(instant);
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? zone;
  });
}

// Day headings, date ranges and zone names are written again on every update of the agenda (a filter change
// re-renders its labels): each distinct one is formatted once.
const remember = memo<string>(CACHE_BOUNDS.FORMATTED_TEXTS);

/** Noon UTC of a `YYYY-MM-DD` key: a date-only value that no zone rule can move to another day. */
function keyToUtcNoon(key: string): number {
  return Date.parse(`${key}T12:00:00Z`);
}

/** A day key as a heading: `Monday 6 October` (en-GB), `lundi 6 octobre`; `short` gives `Mon 6 Oct`. */
export function formatDay(key: string, lang: string, style: 'long' | 'short' = 'long'): string {
  return remember(`d|${key}|${lang}|${style}`, () =>
    dateTimeFormat(lang, { timeZone: 'UTC', weekday: style, day: 'numeric', month: style }).format(keyToUtcNoon(key)),
  );
}

/** A span of day keys: `5–10 October 2025`, `30 September – 2 October 2025`. */
export function formatDateRange(startKey: string, endKey: string, lang: string): string {
  return remember(`r|${startKey}|${endKey}|${lang}`, () => {
    const dtf = dateTimeFormat(lang, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    const start = keyToUtcNoon(startKey);
    const end = keyToUtcNoon(endKey);
    return end > start ? dtf.formatRange(start, end) : dtf.format(start);
  });
}

/** Calendar arithmetic on `YYYY-MM-DD` keys (UTC dates, so no zone can add or lose an hour). */
export function addDays(key: string, days: number): string {
  const d = new Date(keyToUtcNoon(key));
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole calendar days from `fromKey` to `toKey` (negative when `toKey` is earlier). */
export function daysBetween(fromKey: string, toKey: string): number {
  return Math.round((keyToUtcNoon(toKey) - keyToUtcNoon(fromKey)) / 86_400_000);
}

/** The city a zone is named after: `Europe/Brussels` → `Brussels`, `America/Los_Angeles` → `Los Angeles`. */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/**
 * A moment as notes and badges write it: its time in `zone`, preceded by its short date when that date is not
 * `referenceDay` (`YYYY-MM-DD`): `14:05`, or `Tue 7 Oct, 14:05`.
 */
export function formatMoment(instant: number, zone: string, lang: string, referenceDay: string): string {
  const day = dateKey(instant, zone);
  const time = formatTime(instant, zone, lang);
  return day === referenceDay ? time : `${formatDay(day, lang, 'short')}, ${time}`;
}
