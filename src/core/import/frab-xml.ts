import { clip, IssueCollector } from '../feed/issues.js';
import { scheduleToFeed, type ConvertOptions } from './convert.js';
import type { ConversionResult } from './frab-json.js';
import type { FrabEvent, FrabSchedule } from './schedule.js';
import { child, childrenNamed, parseXml, textOf, XmlError, type XmlElement } from './xml.js';

const EVENT_FIELDS = ['date', 'start', 'end', 'duration', 'room', 'title', 'subtitle', 'type', 'url'] as const;

/** `Janson` → `"Janson"` for an XPath-like location; quotes in names are escaped JSON-style, long names clipped. */
const quote = (name: string) => JSON.stringify(clip(name));

interface EventPlace {
  readonly path: string;
  readonly dayIndex: number;
  readonly dayDate: unknown;
  readonly room: string;
}

function event(el: XmlElement, place: EventPlace, names: Map<string, string>): FrabEvent {
  const fields: Record<string, unknown> = {};
  for (const key of EVENT_FIELDS) fields[key] = textOf(child(el, key));
  const track = child(el, 'track');
  const persons = childrenNamed(child(el, 'persons'), 'person').map((p) => {
    const id = p.attrs.id;
    return { id, name: textOf(p) || textOf(child(p, 'name')) || (id === undefined ? undefined : names.get(id)) };
  });
  return {
    ...fields,
    path: place.path,
    dayIndex: place.dayIndex,
    dayDate: place.dayDate,
    room: fields.room || place.room,
    // frab writes the guid as an attribute; some generators write a <guid> element.
    guid: el.attrs.guid ?? textOf(child(el, 'guid')),
    id: el.attrs.id,
    track: textOf(track),
    trackSlug: track?.attrs.slug,
    // Pentabarf escapes the HTML of abstracts as text; CDATA sections hold it as is. Both arrive here as HTML.
    abstract: textOf(child(el, 'abstract')),
    description: textOf(child(el, 'description')),
    persons,
  };
}

/** Reads a parsed Pentabarf/frab `schedule.xml` (`<schedule><conference/><day><room><event/>…`) into the common shape. */
export function readFrabXml(root: XmlElement): FrabSchedule | undefined {
  const conf = child(root, 'conference');
  if (root.name !== 'schedule' || !conf) return undefined;
  const field = (name: string) => textOf(child(conf, name));
  const names = new Map<string, string>();
  for (const p of childrenNamed(child(root, 'persons'), 'person')) {
    const name = textOf(child(p, 'name')) || textOf(p);
    if (p.attrs.id !== undefined && name) names.set(p.attrs.id, name);
  }
  const events: FrabEvent[] = [];
  const days = childrenNamed(root, 'day').map((day, i) => {
    for (const room of childrenNamed(day, 'room')) {
      const name = room.attrs.name ?? '';
      const roomPath = `/schedule/day[${i + 1}]/room[@name=${quote(name)}]`;
      childrenNamed(room, 'event').forEach((el, k) => {
        const place = { path: `${roomPath}/event[${k + 1}]`, dayIndex: i, dayDate: day.attrs.date, room: name };
        events.push(event(el, place, names));
      });
    }
    return { date: day.attrs.date, dayStart: day.attrs.start, dayEnd: day.attrs.end };
  });
  return {
    conference: {
      path: '/schedule/conference',
      title: field('title'),
      acronym: field('acronym'),
      start: field('start'),
      end: field('end'),
      timeZone: field('time_zone_name'),
      dayChange: field('day_change'),
      url: field('url'),
      baseUrl: field('base_url'),
    },
    tracks: childrenNamed(child(root, 'tracks'), 'track').map((t) => ({ name: textOf(t), slug: t.attrs.slug })),
    rooms: childrenNamed(child(root, 'rooms'), 'room').map((r) => ({
      name: r.attrs.name ?? textOf(r),
      slug: r.attrs.slug,
    })),
    days,
    events,
  };
}

/**
 * Converts the text of a Pentabarf/frab `schedule.xml` into a version 1 feed, ready for `parseFeed`. Text that is
 * not well-formed XML, or XML that is not a `<schedule>` with a `<conference>`, gives no feed and one error.
 */
export function frabXmlToFeed(doc: string, options: ConvertOptions = {}): ConversionResult {
  let root: XmlElement;
  try {
    root = parseXml(doc);
  } catch (e) {
    if (!(e instanceof XmlError)) throw e;
    return { errors: [{ path: '$', message: `Not well-formed XML: ${e.message}.` }], warnings: [] };
  }
  const schedule = readFrabXml(root);
  if (!schedule) {
    const message = `Not a Pentabarf/frab schedule.xml: expected <schedule> with a <conference>, found <${root.name}>.`;
    return { errors: [{ path: '$', message }], warnings: [] };
  }
  const issues = new IssueCollector();
  return { feed: scheduleToFeed(schedule, issues, options), errors: issues.errors, warnings: issues.warnings };
}
