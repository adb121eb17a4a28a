import { resolveRefs, type Collection } from './collect.js';
import { urlField, zoneField } from './entities.js';
import { at, show, IssueCollector } from './issues.js';
import { languagesOf, normaliseLanguage, toLocalizedText } from './text.js';
import { isDateKey } from './times.js';
import type { Contact, Issue, LocalizedText, Mission } from './types.js';
import { isObject, own, readList, type JsonObject } from './values.js';

/** What a feed must have to be usable at all. */
export interface MissionHead {
  readonly raw: JsonObject;
  readonly id: string;
  readonly title: LocalizedText;
  readonly timeZone: string;
}

/**
 * The mission's id, title and zone, or the single error that makes the whole feed unusable. Problems inside an
 * otherwise usable title (a bad language key) go to `issues`.
 */
export function readMissionHead(value: unknown, issues: IssueCollector): MissionHead | Issue {
  if (!isObject(value)) {
    return { path: 'mission', message: 'The feed has no "mission" object (with an id, a title and a time zone).' };
  }
  const id = own(value, 'id');
  if (typeof id !== 'string' || !id.trim()) {
    return { path: 'mission.id', message: `The mission needs a non-empty text "id", found ${show(id)}.` };
  }
  const scratch = new IssueCollector();
  const title = toLocalizedText(own(value, 'title'), 'mission.title', scratch);
  if (!title) return { path: 'mission.title', message: 'The mission needs a title.' };
  const zone = own(value, 'timeZone');
  if (zone === undefined) {
    return {
      path: 'mission.timeZone',
      message: 'The mission needs a "timeZone", an IANA name such as "America/Los_Angeles".',
    };
  }
  const timeZone = zoneField(zone, '', 'mission.timeZone', scratch);
  if (!timeZone) return scratch.errors[scratch.errors.length - 1];
  issues.errors.push(...scratch.errors);
  return { raw: value, id: id.trim(), title, timeZone };
}

function dateField(raw: JsonObject, key: string, issues: IssueCollector): string | undefined {
  const value = own(raw, key);
  if (value === undefined || isDateKey(value)) return value;
  issues.error(at('mission', key), `Expected a date such as "2025-10-05", found ${show(value)}.`);
  return undefined;
}

function readLanguages(value: unknown, issues: IssueCollector): string[] {
  const languages: string[] = [];
  (readList(value, 'mission.languages', issues) ?? []).forEach((item, i) => {
    const lang = normaliseLanguage(item);
    if (!lang) issues.error(at('mission.languages', i), `Not a language tag such as "en": ${show(item)}.`);
    else if (!languages.includes(lang)) languages.push(lang);
  });
  return languages;
}

/**
 * The rest of the mission: optional `description`, `startDate`/`endDate` (`YYYY-MM-DD`, end not before start),
 * `languages` (else gathered from the mission's and then the feed's `texts`), `defaultLanguage` (else `en` when offered or nothing is,
 * else the first language), `dayChange` (`HH:mm`, default `00:00`), `url` (http/https) and `contacts` (ids).
 * Bad values are dropped (or defaulted) with an error at their path.
 */
export function readMission(
  head: MissionHead,
  contacts: Collection<Contact>,
  texts: readonly (LocalizedText | undefined)[],
  issues: IssueCollector,
): Mission {
  const { raw } = head;
  const startDate = dateField(raw, 'startDate', issues);
  let endDate = dateField(raw, 'endDate', issues);
  if (startDate && endDate && endDate < startDate) {
    issues.error('mission.endDate', `The end date ${endDate} is before the start date ${startDate}; it was dropped.`);
    endDate = undefined;
  }
  const description = toLocalizedText(own(raw, 'description'), 'mission.description', issues);
  const listed = readLanguages(own(raw, 'languages'), issues);
  const languages = listed.length ? listed : languagesOf([head.title, description, ...texts]);
  const givenLang = own(raw, 'defaultLanguage');
  let defaultLanguage = normaliseLanguage(givenLang);
  if (!defaultLanguage) {
    if (givenLang !== undefined) {
      issues.error('mission.defaultLanguage', `Not a language tag such as "en": ${show(givenLang)}.`);
    }
    defaultLanguage = languages.length === 0 || languages.includes('en') ? 'en' : languages[0];
  }
  const givenDayChange = own(raw, 'dayChange');
  let dayChange = '00:00';
  if (typeof givenDayChange === 'string' && /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(givenDayChange)) {
    dayChange = givenDayChange;
  } else if (givenDayChange !== undefined) {
    issues.error('mission.dayChange', `Expected a time of day such as "04:00", found ${show(givenDayChange)}.`);
  }
  const mission: { -readonly [K in keyof Mission]: Mission[K] } = {
    id: head.id,
    title: head.title,
    timeZone: head.timeZone,
    defaultLanguage,
    languages,
    dayChange,
    contacts: resolveRefs(own(raw, 'contacts'), contacts, 'contact', 'mission.contacts', issues),
  };
  const url = urlField(raw, 'mission', 'web', issues);
  if (description) mission.description = description;
  if (startDate) mission.startDate = startDate;
  if (endDate) mission.endDate = endDate;
  if (url) mission.url = url;
  return mission;
}
