import { pickText } from '../feed/text.js';
import type { Activity } from '../feed/types.js';
import { escapeText, foldLine, uriValue, utcDateTime, wellFormed } from './ics-text.js';

/** Language of the texts written into a calendar entry. */
export interface CalendarTextOptions {
  /** Preferred language (`fr`, `nl-be`). */
  readonly lang: string;
  /** The feed's default language, tried after `lang`. */
  readonly defaultLang?: string;
}

export interface IcsOptions extends CalendarTextOptions {
  /** Calendar title shown by clients that support `NAME` / `X-WR-CALNAME`. */
  readonly calendarName?: string;
  /** The mission id; part of every `UID`, so re-importing updates rather than duplicates. */
  readonly missionId: string;
  /** Epoch ms written as `DTSTAMP` (the caller's clock). */
  readonly now: number;
  /** `PRODID`; default `-//mission-agenda//mission-agenda//EN`. */
  readonly productId?: string;
}

const STATUS = { confirmed: 'CONFIRMED', tentative: 'TENTATIVE', cancelled: 'CANCELLED' } as const;

/** Where: venue name, address and city, comma-separated, skipping a part already written (e.g. city in address). */
export function activityPlace(a: Activity, opts: CalendarTextOptions): string {
  const text = (t: Activity['title'] | undefined) => pickText(t, opts.lang, opts.defaultLang).trim();
  const city = a.venue?.location ?? a.location;
  const parts: string[] = [];
  for (const part of [text(a.venue?.name), text(a.venue?.address), text(city?.name)]) {
    if (part && !parts.some((p) => p.toLowerCase().includes(part.toLowerCase()))) parts.push(part);
  }
  return parts.join(', ');
}

/** The description text, followed by the activity's link (most calendar clients show no `URL` property). */
function details(a: Activity, opts: CalendarTextOptions): string {
  const description = pickText(a.description, opts.lang, opts.defaultLang).trim();
  return [description, a.url ?? ''].filter(Boolean).join('\n\n');
}

function eventLines(a: Activity, opts: IcsOptions): string[] {
  const text = (t: Activity['title'] | undefined) => pickText(t, opts.lang, opts.defaultLang);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(`${a.id}@${opts.missionId}.mission-agenda`)}`,
    `DTSTAMP:${utcDateTime(opts.now)}`,
    `DTSTART:${utcDateTime(a.start)}`,
    `DTEND:${utcDateTime(a.end)}`,
    `SUMMARY:${escapeText(text(a.title))}`,
  ];
  const description = details(a, opts);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  const place = activityPlace(a, opts);
  if (place) lines.push(`LOCATION:${escapeText(place)}`);
  if (a.url) lines.push(`URL:${uriValue(a.url)}`);
  lines.push(`STATUS:${STATUS[a.status]}`);
  const categories = a.sectors.map((s) => escapeText(text(s.name))).filter(Boolean);
  if (categories.length) lines.push(`CATEGORIES:${categories.join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * An iCalendar (RFC 5545) document with one `VEVENT` per activity: CRLF line ends, lines folded at 75 octets,
 * times in UTC (no `VTIMEZONE` needed), a stable `UID` of `${activity.id}@${missionId}.mission-agenda`,
 * `STATUS` from the activity status and `CATEGORIES` from its sector names.
 */
export function toIcs(activities: readonly Activity[], opts: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(opts.productId ?? '-//mission-agenda//mission-agenda//EN')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (opts.calendarName) {
    const name = escapeText(opts.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  for (const a of activities) lines.push(...eventLines(a, opts));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** Google Calendar caps what its template link accepts; longer details are cut (with an ellipsis). */
const MAX_DETAILS = 1000;

/**
 * A Google Calendar "add event" link for the activity:
 * `https://calendar.google.com/calendar/render?action=TEMPLATE&text=…&dates=20251006T160000Z/20251006T173000Z&…`,
 * with `details` (description and link) and `location` when known; every value percent-encoded.
 */
export function googleCalendarUrl(a: Activity, opts: CalendarTextOptions): string {
  const enc = (s: string) => encodeURIComponent(wellFormed(s));
  let description = details(a, opts);
  const chars = Array.from(description); // code points, never half a surrogate pair
  if (chars.length > MAX_DETAILS) description = chars.slice(0, MAX_DETAILS - 1).join('') + '…';
  const place = activityPlace(a, opts);
  const params = [
    'action=TEMPLATE',
    `text=${enc(pickText(a.title, opts.lang, opts.defaultLang))}`,
    `dates=${utcDateTime(a.start)}/${utcDateTime(a.end)}`,
    ...(description ? [`details=${enc(description)}`] : []),
    ...(place ? [`location=${enc(place)}`] : []),
  ];
  return `https://calendar.google.com/calendar/render?${params.join('&')}`;
}

/**
 * A safe download name for an `.ics` file: letters and digits of any script kept (lowercased), every other run of
 * characters turned into one `-`, at most 60 characters; `event.ics` when nothing is left.
 */
export function icsFileName(title: string): string {
  const slug = wellFormed(title)
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const short = Array.from(slug).slice(0, 60).join('').replace(/-+$/, '');
  return `${short || 'event'}.ics`;
}
