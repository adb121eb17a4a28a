import { readActivities } from './activities.js';
import { readContacts, readLocations, readSectors, readVenues } from './entities.js';
import { IssueCollector, show } from './issues.js';
import { readMission, readMissionHead } from './mission.js';
import type { LocalizedText, ParseResult, Programme } from './types.js';
import { isObject, own } from './values.js';

/** Options of `parseFeed`. */
export interface ParseOptions {
  /**
   * The viewer's zone. Not used by validation today (the programme does not depend on the viewer); accepted so
   * callers can pass it now and later rules can use it without an API change.
   */
  readonly localZone?: string;
}

/** The feed version this reader understands. */
export const FEED_VERSION = 1;

/**
 * Validates an untrusted feed (any JSON value) and normalises it into a `Programme` (SPEC §3).
 *
 * The whole feed is refused (no `programme`, one error saying why) when it is not an object, its `version` is not 1,
 * or its `mission` lacks a usable `id`, `title` or known `timeZone`. Otherwise every problem is located by a JSON path
 * (`activities[12].start`): an **error** means something was thrown away (an item, a field or a reference); a
 * **warning** means it was kept but interpreted (ambiguous wall time, disagreeing offset, unknown type/status, a
 * missing name shown as the id). Unknown properties are ignored (forward compatibility). Never throws.
 */
export function parseFeed(json: unknown, _options: ParseOptions = {}): ParseResult {
  const issues = new IssueCollector();
  const refuse = (path: string, message: string): ParseResult => ({ errors: [{ path, message }], warnings: [] });
  if (!isObject(json)) return refuse('$', `The feed must be a JSON object, found ${show(json)}.`);
  const version = own(json, 'version');
  if (version === undefined) return refuse('version', `The feed has no "version"; this reader understands version 1.`);
  if (version !== FEED_VERSION) {
    return refuse('version', `Unsupported feed version ${show(version)}; this reader understands version 1.`);
  }
  const head = readMissionHead(own(json, 'mission'), issues);
  if (!('raw' in head)) return refuse(head.path, head.message);

  const locations = readLocations(own(json, 'locations'), head.timeZone, issues);
  const venues = readVenues(own(json, 'venues'), locations, issues);
  const sectors = readSectors(own(json, 'sectors'), issues);
  const contacts = readContacts(own(json, 'contacts'), issues);
  const activities = readActivities(
    own(json, 'activities'),
    { missionZone: head.timeZone, locations, venues, sectors, contacts },
    issues,
  );
  const texts: (LocalizedText | undefined)[] = [];
  for (const l of locations.items) texts.push(l.name);
  for (const v of venues.items) texts.push(v.name, v.address);
  for (const s of sectors.items) texts.push(s.name);
  for (const c of contacts.items) texts.push(c.role, c.organisation);
  for (const a of activities) texts.push(a.title, a.description);
  const mission = readMission(head, contacts, texts, issues);

  const programme: Programme = {
    mission,
    locations: locations.items,
    venues: venues.items,
    sectors: sectors.items,
    contacts: contacts.items,
    activities,
  };
  return { programme, errors: issues.errors, warnings: issues.warnings };
}
