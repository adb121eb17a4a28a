import { safeColor } from '../feed/colors.js';
import { at, IssueCollector, show } from '../feed/issues.js';
import { addDays } from '../time/format.js';
import { sameZone, zoneName } from '../time/zones.js';
import { dayWindow, eventTimes, wallOf, type TimeContext } from './event-times.js';
import { htmlToText } from './html.js';
import { IdRegistry, slugify, str, type FrabDay, type FrabEvent, type FrabSchedule } from './schedule.js';

type Json = Record<string, unknown>;

/** frab/pretalx event types → ours: talks and workshops are seminars, meet-ups networking, the rest `other`. */
export function activityType(type: unknown): string {
  const t = str(type)?.toLowerCase() ?? '';
  if (/lecture|talk|keynote|workshop|seminar|panel|presentation|maintrack|devroom|hands-on/.test(t)) return 'seminar';
  if (/meetup|meet-up|bof|networking|meeting|social/.test(t)) return 'networking';
  return 'other';
}

/** `HH:mm` from `09:00`, `9:00:00` or the clock of `2026-01-31T09:00:00+01:00`; `undefined` otherwise. */
function clockOf(value: unknown): string | undefined {
  const m = /(?:^|T)([01]?\d|2[0-3]):([0-5]\d)/.exec(str(value) ?? '');
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

function dateOf(value: unknown): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|T)/.exec(str(value) ?? '');
  return m?.[1];
}

/** An absolute URL as is; a relative one resolved against `base` when that is an absolute URL. */
function absolute(url: string | undefined, base: string | undefined): string | undefined {
  if (!url || /^[a-z][a-z\d+.-]*:/i.test(url) || !base) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/**
 * The longest text an abstract, description or subtitle may be, in characters: ten times the longest real one seen
 * (FOSDEM 2026: 9,700). A longer one is cut, with a warning.
 */
export const MAX_TEXT = 100_000;

/** Plain-text parts joined by blank lines, leaving out empty ones and any part another one already contains. */
function describe(parts: readonly unknown[]): string | undefined {
  const kept: string[] = [];
  for (const part of parts) {
    const text = typeof part === 'string' ? htmlToText(part.slice(0, MAX_TEXT)) : '';
    if (!text || kept.some((k) => k.includes(text))) continue;
    const i = kept.findIndex((k) => text.includes(k));
    if (i === -1) kept.push(text);
    else kept[i] = text;
  }
  return kept.length ? kept.join('\n\n') : undefined;
}

/** Options of the conversion. */
export interface ConvertOptions {
  /**
   * IANA zone for times that carry neither an offset nor a zone (old frab XML): the page's `event-zone`, the CLI's
   * `--time-zone`. A schedule that names its own zone keeps it.
   */
  readonly eventZone?: string;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** How the schedule's times are placed in time, and what to say about it. */
interface ZoneChoice {
  /** The zone found, or undefined when none is usable (the programme then reads in UTC). */
  readonly zone: string | undefined;
  /** Where it came from. */
  readonly from: 'schedule' | 'option' | 'none';
}

/**
 * The mission zone: the schedule's `time_zone_name`, else the caller's `eventZone`, else none. Unusable names are
 * reported here; what the lack of a zone means is said once the events are read (`zoneWarnings`).
 */
function chooseZone(raw: unknown, path: string, options: ConvertOptions, issues: IssueCollector): ZoneChoice {
  const given = options.eventZone === undefined ? undefined : zoneName(options.eventZone);
  if (options.eventZone !== undefined && given === undefined) {
    issues.error(
      '$',
      `Unknown time zone ${show(options.eventZone)} given for times without a UTC offset (event-zone, --time-zone); ` +
        'it was not used.',
    );
  }
  const name = str(raw);
  const own = name === undefined ? undefined : zoneName(name);
  if (own !== undefined) {
    if (given !== undefined && !sameZone(own, given)) {
      issues.warn(
        path,
        `The schedule gives its own time zone, ${own}: its times are read there, not in ${given} (the event zone given ` +
          'with it).',
      );
    }
    return { zone: own, from: 'schedule' };
  }
  if (name !== undefined) {
    issues.warn(
      path,
      `Unknown time zone ${show(raw)}` +
        (given === undefined ? '.' : `: the event zone given with the schedule, ${given}, is used instead.`),
    );
  }
  return given === undefined ? { zone: undefined, from: 'none' } : { zone: given, from: 'option' };
}

/** What a schedule without a usable zone means for its times, said once, now that the events are read. */
function zoneWarning(floating: number, total: number): string {
  const how =
    'give its zone: the agenda\'s event-zone attribute (e.g. event-zone="Europe/Brussels") or the converter\'s ' +
    '--time-zone.';
  if (floating > 0) {
    const which =
      floating === total
        ? `the times of its ${plural(total, 'event')}`
        : `the times of ${floating} of its ${total} events`;
    return (
      `The schedule gives no time zone, and ${which} carry no UTC offset: they were read as UTC (a talk at 09:30 is ` +
      `taken to start at 09:30 UTC) and "event time" is UTC. If the conference is not on UTC, ${how}`
    );
  }
  return (
    'The schedule gives no time zone: the programme is shown in UTC. Its events keep their exact instants (their ' +
    `times carry UTC offsets), but "event time" reads in UTC; to show the conference's own time, ${how}`
  );
}

/** `HH:mm` rounded up to the next quarter hour (`03:59` → `04:00`, `01:31` → `01:45`), at most `23:45`. */
function quarterUp(minutes: number): string {
  const m = Math.min(Math.ceil(minutes / 15) * 15, 23 * 60 + 45);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * The mission's day change (`HH:mm` in its zone) when the schedule gives none: just after the latest morning hour a
 * day reaches into (its `day_end`, or an event listed under it that starts after midnight), rounded up to the
 * quarter hour, and never later than the earliest start of a day; `00:00` when every day ends by midnight. Each day
 * is read at its own offset. Events carry their own day (`missionDay`): this places "now" and the days of
 * activities added by hand.
 */
function derivedDayChange(
  days: readonly FrabDay[],
  zone: string,
  lateStarts: readonly { readonly day: string; readonly wall: string }[],
): string {
  let latest = 0;
  let earliestStart: number | undefined;
  const reach = (date: string, wall: string | undefined, extra: number) => {
    if (wall !== undefined && wall.slice(0, 10) === addDays(date, 1)) {
      latest = Math.max(latest, minutesOf(wall.slice(11, 16)) + extra);
    }
  };
  for (const day of days) {
    const date = dateOf(day.date);
    if (date === undefined) continue;
    reach(date, wallOf(day.dayEnd, zone), 0);
    const start = wallOf(day.dayStart, zone);
    if (start?.slice(0, 10) === date) {
      earliestStart = Math.min(earliestStart ?? Infinity, minutesOf(start.slice(11, 16)));
    }
  }
  for (const { day, wall } of lateStarts) reach(day, wall, 1);
  const change = quarterUp(latest);
  return earliestStart !== undefined && earliestStart < minutesOf(change) ? quarterUp(earliestStart) : change;
}

/** `YYYY-MM-DD` from a date or a date-time (read in `zone`); `undefined` otherwise. */
function dateIn(value: unknown, zone: string): string | undefined {
  return dateOf(value) ?? wallOf(value, zone)?.slice(0, 10);
}

/** The event's subtitle, abstract and description, each longer than `MAX_TEXT` reported (it is cut). */
function longTexts(event: FrabEvent, issues: IssueCollector): unknown[] {
  const parts = { subtitle: event.subtitle, abstract: event.abstract, description: event.description };
  for (const [name, text] of Object.entries(parts)) {
    if (typeof text === 'string' && text.length > MAX_TEXT) {
      issues.warn(
        at(event.path, name),
        `The ${name} is ${text.length.toLocaleString('en-US')} characters long: only its first ` +
          `${MAX_TEXT.toLocaleString('en-US')} were kept.`,
        {
          key: 'long text',
          item: event.path,
          summary: (n) =>
            `${n} events have an abstract, description or subtitle over ${MAX_TEXT.toLocaleString('en-US')} ` +
            `characters long: only their first ${MAX_TEXT.toLocaleString('en-US')} characters were kept.`,
        },
      );
    }
  }
  return Object.values(parts);
}

/**
 * Builds a version 1 feed from a frab-style schedule (SPEC §3 "Conference formats"): conference → mission, tracks →
 * sectors, rooms → venues, persons → contacts, events → activities, each under the schedule day it is listed in
 * (`missionDay`). An event without `guid` or `id` gets an id made from its day, room, start and title. What the
 * conversion itself cannot use (an event without a readable date or duration) is reported at its source path;
 * everything else is left to `parseFeed`.
 */
export function scheduleToFeed(schedule: FrabSchedule, issues: IssueCollector, options: ConvertOptions = {}): Json {
  const conf = schedule.conference;
  const days = schedule.days;
  const zonePath = `${conf.path}.time_zone_name`;
  const choice = chooseZone(conf.timeZone, zonePath, options, issues);
  const ctx: TimeContext = { zone: choice.zone ?? 'UTC', zoneKnown: choice.zone !== undefined };
  const givenDayChange = clockOf(conf.dayChange);
  const windows = days.map((d) => dayWindow(d.date, d.dayStart, d.dayEnd, ctx.zone, givenDayChange ?? '00:00'));
  const title = str(conf.title) ?? str(conf.acronym);
  const baseUrl = str(conf.baseUrl);

  const sectors = new IdRegistry<Json>();
  const sector = (name: string, slug: unknown, color?: unknown) =>
    sectors.get(
      name,
      () => str(slug) ?? slugify(name),
      (id) => ({ id, name, color: safeColor(color) }),
    );
  for (const t of schedule.tracks) {
    const name = str(t.name);
    if (name) sector(name, t.slug, t.color);
  }
  const venues = new IdRegistry<Json>();
  const venue = (name: string, slug?: unknown) =>
    venues.get(
      name,
      () => str(slug) ?? slugify(name),
      (id) => ({ id, name }),
    );
  for (const r of schedule.rooms) {
    const name = str(r.name);
    if (name) venue(name, r.slug);
  }
  const contacts = new IdRegistry<Json>();
  // Ids the schedule gives are kept as they are; derived ones must not take them.
  const eventIds = new IdRegistry<never>();
  for (const event of schedule.events) {
    const id = str(event.guid) ?? str(event.id);
    if (id !== undefined) eventIds.reserve(id);
  }
  const events = new IssueCollector();
  let floating = 0;
  let timed = 0;
  const derived: { path: string; id: string }[] = [];
  const lateStarts: { day: string; wall: string }[] = [];
  const activities = schedule.events.flatMap((event: FrabEvent): Json[] => {
    const window = windows[event.dayIndex];
    const times = eventTimes(event, ctx, window, events);
    if (!times) return [];
    timed++;
    if (times.floating) floating++;
    const room = str(event.room);
    const track = str(event.track);
    const title = str(event.title);
    const missionDay = window?.date;
    if (missionDay !== undefined && times.wall.slice(0, 10) > missionDay) {
      lateStarts.push({ day: missionDay, wall: times.wall });
    }
    let id = str(event.guid) ?? str(event.id);
    if (id === undefined) {
      const day = missionDay ?? times.wall.slice(0, 10);
      const parts = [day, room && slugify(room), times.wall.slice(11, 16).replace(':', ''), title && slugify(title)];
      id = eventIds.allocate(parts.filter(Boolean).join('-'));
      derived.push({ path: event.path, id });
    }
    const people = event.persons.flatMap((p) => {
      // A person without a name (`<person id="0"/>`) tells a visitor nothing: left out.
      const name = str(p.name);
      if (name === undefined) return [];
      const given = str(p.id);
      // Some exports number every person 0: one id with two names is two people.
      const key = given === undefined ? slugify(name) : `${given}\n${name}`;
      return [
        contacts.get(
          key,
          () => `p-${given ?? slugify(name)}`,
          (id) => ({ id, name }),
        ).id,
      ];
    });
    return [
      {
        id,
        title,
        type: activityType(event.type),
        start: times.start,
        end: times.end,
        missionDay,
        venue: room && venue(room).id,
        sectors: track ? [sector(track, event.trackSlug).id] : [],
        description: describe(longTexts(event, events)),
        contacts: [...new Set(people)],
        url: absolute(str(event.url), baseUrl),
      },
    ];
  });

  if (choice.from === 'none') issues.warn(zonePath, zoneWarning(floating, timed));
  if (derived.length) {
    issues.warn(
      derived[0].path,
      `${plural(derived.length, 'event has', 'events have')} no id (neither "guid" nor "id"): each was given one ` +
        `made from its day, room, start and title, such as ${show(derived[0].id)}, which stays the same as long as ` +
        'those do.',
    );
  }
  issues.errors.push(...events.errors);
  for (const w of events.warnings) issues.warn(w.path, w.message);

  const mission: Json = {
    id: str(conf.acronym) ?? (slugify(title ?? '') || 'conference'),
    title,
    timeZone: ctx.zone,
    startDate: dateIn(conf.start, ctx.zone) ?? dateOf(days[0]?.date),
    endDate: dateIn(conf.end, ctx.zone) ?? dateOf(days[days.length - 1]?.date),
    dayChange: givenDayChange ?? derivedDayChange(days, ctx.zone, lateStarts),
    url: [str(conf.url), baseUrl].find((u) => u && /^https?:\/\//i.test(u)),
  };
  return {
    version: 1,
    mission,
    venues: venues.items,
    sectors: sectors.items,
    contacts: contacts.items,
    activities,
  };
}
