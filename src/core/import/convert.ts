import { safeColor } from '../feed/colors.js';
import { show, type IssueCollector } from '../feed/issues.js';
import { canonicalZone } from '../time/zones.js';
import { eventTimes, type TimeContext } from './event-times.js';
import { htmlToText } from './html.js';
import { IdRegistry, slugify, str, type FrabEvent, type FrabSchedule } from './schedule.js';

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

/** Plain-text parts joined by blank lines, leaving out empty ones and any part another one already contains. */
function describe(parts: readonly unknown[]): string | undefined {
  const kept: string[] = [];
  for (const part of parts) {
    const text = typeof part === 'string' ? htmlToText(part) : '';
    if (!text || kept.some((k) => k.includes(text))) continue;
    const i = kept.findIndex((k) => text.includes(k));
    if (i === -1) kept.push(text);
    else kept[i] = text;
  }
  return kept.length ? kept.join('\n\n') : undefined;
}

function missionZone(raw: unknown, path: string, issues: IssueCollector): string | undefined {
  const name = str(raw);
  const zone = name === undefined ? undefined : canonicalZone(name);
  if (zone) return zone;
  issues.warn(
    path,
    (name === undefined ? 'The schedule has no time zone' : `Unknown time zone ${show(raw)}`) +
      ': the programme is shown in UTC. Its events keep their exact instants (their times carry UTC offsets), ' +
      'but "event time" reads in UTC; give the conference its IANA zone (e.g. "Europe/Berlin") to fix this.',
  );
  return undefined;
}

/**
 * Builds a version 1 feed from a frab-style schedule (SPEC §3 "Conference formats"): conference → mission, tracks →
 * sectors, rooms → venues, persons → contacts, events → activities. What the conversion itself cannot use (an event
 * without a readable date or duration) is reported at its source path; everything else is left to `parseFeed`.
 */
export function scheduleToFeed(schedule: FrabSchedule, issues: IssueCollector): Json {
  const conf = schedule.conference;
  const days = schedule.days;
  const zone = missionZone(conf.timeZone, `${conf.path}.time_zone_name`, issues);
  const dayChange = clockOf(conf.dayChange) ?? clockOf(days[0]?.dayStart);
  const ctx: TimeContext = { zone: zone ?? 'UTC', zoneKnown: zone !== undefined, dayChange: dayChange ?? '00:00' };
  const title = str(conf.title) ?? str(conf.acronym);
  const baseUrl = str(conf.baseUrl);
  const mission: Json = {
    id: str(conf.acronym) ?? (slugify(title ?? '') || 'conference'),
    title,
    timeZone: ctx.zone,
    startDate: dateOf(conf.start) ?? dateOf(days[0]?.date),
    endDate: dateOf(conf.end) ?? dateOf(days[days.length - 1]?.date),
    dayChange,
    url: [str(conf.url), baseUrl].find((u) => u && /^https?:\/\//i.test(u)),
  };

  const sectors = new IdRegistry<Json>();
  const sector = (name: string, slug: unknown, color?: unknown) =>
    sectors.get(name, str(slug) ?? slugify(name), (id) => ({ id, name, color: safeColor(color) }));
  for (const t of schedule.tracks) {
    const name = str(t.name);
    if (name) sector(name, t.slug, t.color);
  }
  const venues = new IdRegistry<Json>();
  const venue = (name: string, slug?: unknown) => venues.get(name, str(slug) ?? slugify(name), (id) => ({ id, name }));
  for (const r of schedule.rooms) {
    const name = str(r.name);
    if (name) venue(name, r.slug);
  }
  const contacts = new IdRegistry<Json>();
  const activities = schedule.events.flatMap((event: FrabEvent): Json[] => {
    const times = eventTimes(event, ctx, issues);
    if (!times) return [];
    const room = str(event.room);
    const track = str(event.track);
    const people = event.persons.flatMap((p) => {
      const name = str(p.name);
      const key = str(p.id) ?? (name && slugify(name));
      return key ? [contacts.get(key, `p-${key}`, (id) => ({ id, name: name ?? key })).id] : [];
    });
    return [
      {
        id: str(event.guid) ?? str(event.id),
        title: str(event.title),
        type: activityType(event.type),
        start: times.start,
        end: times.end,
        venue: room && venue(room).id,
        sectors: track ? [sector(track, event.trackSlug).id] : [],
        description: describe([event.subtitle, event.abstract, event.description]),
        contacts: [...new Set(people)],
        url: absolute(str(event.url), baseUrl),
      },
    ];
  });
  return {
    version: 1,
    mission,
    venues: venues.items,
    sectors: sectors.items,
    contacts: contacts.items,
    activities,
  };
}
