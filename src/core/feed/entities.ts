import { zoneName } from '../time/zones.js';
import { safeColor } from './colors.js';
import { collect, resolveRef, type Collection } from './collect.js';
import { at, show, type IssueCollector } from './issues.js';
import { toLocalizedText } from './text.js';
import type { Contact, LocalizedText, Location, Sector, Venue } from './types.js';
import { safeEmail, safeUrl, compactTel } from './urls.js';
import { own, readList, type JsonObject } from './values.js';

/** The item's `name`, or its id (with a warning) when it has none. */
function nameOf(raw: JsonObject, path: string, id: string, issues: IssueCollector): LocalizedText {
  const name = toLocalizedText(own(raw, 'name'), at(path, 'name'), issues);
  if (name) return name;
  issues.warn(at(path, 'name'), `No name; the id ${show(id)} is shown instead.`);
  return { und: id };
}

/** An optional URL field: a bad one is an error at its path and is dropped. */
export function urlField(raw: JsonObject, path: string, kind: 'web' | 'link', issues: IssueCollector) {
  const value = own(raw, 'url');
  if (value === undefined) return undefined;
  const url = safeUrl(value, kind);
  if (url === undefined) {
    const allowed = kind === 'web' ? 'http: or https:' : 'http:, https:, mailto: or tel:';
    issues.error(at(path, 'url'), `Not a usable link (only absolute ${allowed} URLs are followed): ${show(value)}.`);
  }
  return url;
}

/** A zone name, canonical; absent → `fallback`; unknown → error at `path` and `undefined`. */
export function zoneField(value: unknown, fallback: string, path: string, issues: IssueCollector): string | undefined {
  if (value === undefined) return fallback;
  const zone = typeof value === 'string' ? zoneName(value.trim()) : undefined;
  if (zone === undefined) issues.error(path, `Unknown time zone ${show(value)}.`);
  return zone;
}

/** `locations`: a location with an unknown `timeZone` is skipped (its activities' times could not be trusted). */
export function readLocations(value: unknown, missionZone: string, issues: IssueCollector): Collection<Location> {
  return collect(value, 'locations', issues, (raw, path, id): Location | undefined => {
    const name = nameOf(raw, path, id, issues);
    const timeZone = zoneField(own(raw, 'timeZone'), missionZone, at(path, 'timeZone'), issues);
    return timeZone === undefined ? undefined : { id, name, timeZone };
  });
}

/** `venues`: an unknown `location` or a bad `url` is dropped with an error; the venue is kept. */
export function readVenues(value: unknown, locations: Collection<Location>, issues: IssueCollector): Collection<Venue> {
  return collect(value, 'venues', issues, (raw, path, id): Venue => {
    const venue: { -readonly [K in keyof Venue]: Venue[K] } = { id, name: nameOf(raw, path, id, issues) };
    const address = toLocalizedText(own(raw, 'address'), at(path, 'address'), issues);
    const location = resolveRef(own(raw, 'location'), locations, 'location', at(path, 'location'), issues);
    const url = urlField(raw, path, 'web', issues);
    if (address) venue.address = address;
    if (location) venue.location = location;
    if (url) venue.url = url;
    return venue;
  });
}

/** `sectors`: a colour that is not `#rgb`/`#rrggbb` is dropped with an error. */
export function readSectors(value: unknown, issues: IssueCollector): Collection<Sector> {
  return collect(value, 'sectors', issues, (raw, path, id): Sector => {
    const sector: { -readonly [K in keyof Sector]: Sector[K] } = { id, name: nameOf(raw, path, id, issues) };
    const given = own(raw, 'color');
    const color = safeColor(given);
    if (color) sector.color = color;
    else if (given !== undefined)
      issues.error(at(path, 'color'), `Expected a colour like "#2e7d32", found ${show(given)}.`);
    return sector;
  });
}

function readPhones(value: unknown, path: string, issues: IssueCollector): string[] {
  const list = typeof value === 'string' ? [value] : (readList(value, path, issues) ?? []);
  const phones: string[] = [];
  list.forEach((phone, i) => {
    if (typeof phone === 'string' && compactTel(phone)) phones.push(phone.trim());
    else issues.error(typeof value === 'string' ? path : at(path, i), `Not a phone number: ${show(phone)}.`);
  });
  return phones;
}

/** `contacts`: bad phones, e-mail or URL are dropped with an error; the contact is kept. */
export function readContacts(value: unknown, issues: IssueCollector): Collection<Contact> {
  return collect(value, 'contacts', issues, (raw, path, id): Contact => {
    const given = own(raw, 'name');
    let name = typeof given === 'string' ? given.trim() : '';
    if (!name) {
      issues.warn(at(path, 'name'), `Expected the contact's name as a text, found ${show(given)}; the id is shown.`);
      name = id;
    }
    const contact: { -readonly [K in keyof Contact]: Contact[K] } = {
      id,
      name,
      phones: readPhones(own(raw, 'phones'), at(path, 'phones'), issues),
    };
    const role = toLocalizedText(own(raw, 'role'), at(path, 'role'), issues);
    const organisation = toLocalizedText(own(raw, 'organisation'), at(path, 'organisation'), issues);
    const email = own(raw, 'email');
    const url = urlField(raw, path, 'web', issues);
    if (role) contact.role = role;
    if (organisation) contact.organisation = organisation;
    if (safeEmail(email)) contact.email = safeEmail(email);
    else if (email !== undefined) issues.error(at(path, 'email'), `Not an e-mail address: ${show(email)}.`);
    if (url) contact.url = url;
    return contact;
  });
}
