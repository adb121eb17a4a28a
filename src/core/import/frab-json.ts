import { at, IssueCollector } from '../feed/issues.js';
import type { Issue } from '../feed/types.js';
import { isObject, own, type JsonObject } from '../feed/values.js';
import { scheduleToFeed, type ConvertOptions } from './convert.js';
import type { FrabEvent, FrabNamed, FrabPerson, FrabSchedule } from './schedule.js';

/** What a converter returns: the feed (absent when the document is unusable as a whole) and its own findings. */
export interface ConversionResult {
  readonly feed?: Record<string, unknown>;
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);
const objects = (value: unknown): JsonObject[] => list(value).filter(isObject);

/** A track/room entry: an object with `name` (`slug`, `color`), or just its name. */
function named(value: unknown): FrabNamed {
  return isObject(value)
    ? { name: own(value, 'name'), slug: own(value, 'slug'), color: own(value, 'color') }
    : { name: value };
}

function person(raw: JsonObject): FrabPerson {
  return {
    id: own(raw, 'id') ?? own(raw, 'guid') ?? own(raw, 'code'),
    name: own(raw, 'public_name') ?? own(raw, 'name') ?? own(raw, 'full_public_name'),
  };
}

const EVENT_FIELDS = ['guid', 'id', 'date', 'start', 'end', 'duration', 'title', 'subtitle', 'abstract'] as const;
const MORE_FIELDS = ['description', 'track', 'type', 'url'] as const;

function event(raw: JsonObject, path: string, dayIndex: number, dayDate: unknown, roomName: string): FrabEvent {
  const fields: Record<string, unknown> = {};
  for (const key of [...EVENT_FIELDS, ...MORE_FIELDS]) fields[key] = own(raw, key);
  return {
    ...fields,
    path,
    dayIndex,
    dayDate,
    room: own(raw, 'room') ?? roomName,
    persons: objects(own(raw, 'persons')).map(person),
  };
}

/** Reads a c3voc/frab `schedule.json` value into the common schedule shape; `undefined` when it is not one. */
export function readFrabJson(json: unknown): FrabSchedule | undefined {
  const schedule = isObject(json) ? own(json, 'schedule') : undefined;
  const conf = isObject(schedule) ? own(schedule, 'conference') : undefined;
  if (!isObject(schedule) || !isObject(conf)) return undefined;
  const events: FrabEvent[] = [];
  const dayList = list(own(conf, 'days'));
  const days = dayList.map((day, i) => {
    if (!isObject(day)) return {};
    const rooms = own(day, 'rooms');
    for (const [roomName, items] of isObject(rooms) ? Object.entries(rooms) : []) {
      const roomPath = at(at(at('schedule.conference.days', i), 'rooms'), roomName);
      list(items).forEach((raw, j) => {
        if (isObject(raw)) events.push(event(raw, at(roomPath, j), i, own(day, 'date'), roomName));
      });
    }
    return { date: own(day, 'date'), dayStart: own(day, 'day_start'), dayEnd: own(day, 'day_end') };
  });
  return {
    conference: {
      path: 'schedule.conference',
      title: own(conf, 'title'),
      acronym: own(conf, 'acronym'),
      start: own(conf, 'start'),
      end: own(conf, 'end'),
      timeZone: own(conf, 'time_zone_name'),
      dayChange: own(conf, 'day_change'),
      url: own(conf, 'url'),
      baseUrl: own(schedule, 'base_url'),
    },
    tracks: list(own(conf, 'tracks')).map(named),
    rooms: list(own(conf, 'rooms') ?? own(schedule, 'rooms')).map(named),
    days,
    events,
  };
}

/**
 * Converts a c3voc/frab/pretalx `schedule.json` value (already parsed) into a version 1 feed, ready for `parseFeed`.
 * A value without `schedule.conference` gives no feed and one error saying so.
 */
export function frabJsonToFeed(json: unknown, options: ConvertOptions = {}): ConversionResult {
  const schedule = readFrabJson(json);
  if (!schedule) {
    return {
      errors: [{ path: '$', message: 'Not a frab/pretalx schedule.json: expected {"schedule": {"conference": {…}}}.' }],
      warnings: [],
    };
  }
  const issues = new IssueCollector();
  const feed = scheduleToFeed(schedule, issues, options);
  return { feed, errors: issues.errors, warnings: issues.warnings };
}
