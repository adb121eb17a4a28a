import { pickText } from '../feed/text.js';
import type { Location, Programme } from '../feed/types.js';
import type { Translation } from '../i18n/index.js';
import { utcOffset, zonePlace } from '../i18n/places.js';
import { sameZone } from '../time/zones.js';

/** One choice of the agenda's zone switch. */
export interface ZoneOption {
  /** `event`, `local` or an IANA name: what choosing it sets. */
  readonly value: string;
  readonly label: string;
  /** The zone's name inside a sentence: 'San Francisco time (UTC−7)', 'heure de San Francisco (UTC−7)'. */
  readonly name: string;
}

/** The zone switch: its options, and which one is in force. */
export interface ZoneOptions {
  readonly options: readonly ZoneOption[];
  readonly current: string;
}

/** The zones the agenda shows and offers. */
export interface ZoneChoice {
  /** The zone times are shown in. */
  readonly zone: string;
  readonly eventZone: string;
  readonly localZone: string;
  readonly lang: string;
  /** What the page or the visitor chose: `event`, `local` or an IANA name. */
  readonly choice: string;
}

/**
 * The place a zone is named after, in `lang`: the first of `locations` in that zone (its name as the feed translates
 * it), else the zone's city in `lang` (`Bruxelles`, `Brüssel`), else its IANA city.
 */
export function placeOfZone(zone: string, locations: readonly Location[], lang: string, defaultLang?: string): string {
  const loc = locations.find((l) => l.timeZone === zone);
  return (loc && pickText(loc.name, lang, defaultLang)) || zonePlace(zone, lang);
}

/** The zone as every label names it: 'San Francisco time (UTC−7)', 'heure de Bruxelles (UTC+2)'. */
export function zoneLabel(
  zone: string,
  at: number,
  locations: readonly Location[],
  lang: string,
  t: Translation,
  defaultLang?: string,
): string {
  return t.zoneName(placeOfZone(zone, locations, lang, defaultLang), utcOffset(at, zone));
}

/**
 * The options of the zone switch: event time (named after the mission's city in its zone), the visitor's time when
 * it differs, and a zone the page chose by name when it is neither. Each names its place in the page's language and
 * its UTC offset at the first activity, so it says the offset in force during the mission.
 */
export function zoneOptions(programme: Programme, z: ZoneChoice, t: Translation): ZoneOptions {
  const { mission, locations } = programme;
  const at = programme.activities[0]?.start ?? Date.parse(`${mission.startDate ?? '2025-01-01'}T12:00Z`);
  const place = (zone: string) => placeOfZone(zone, locations, z.lang, mission.defaultLanguage);
  const option = (value: string, zone: string, mine = false): ZoneOption => {
    const [p, offset] = [place(zone), utcOffset(at, zone)];
    return { value, label: mine ? t.yourTime(p, offset) : t.eventTime(p, offset), name: t.zoneName(p, offset) };
  };
  const options: ZoneOption[] = [option('event', z.eventZone)];
  // one zone may have two names (a feed's Asia/Kolkata is the browser's Asia/Calcutta): compare zones, not names
  const local = !sameZone(z.localZone, z.eventZone);
  if (local) options.push(option('local', z.localZone, true));
  const named = z.choice !== 'event' && z.choice !== 'local' && !sameZone(z.zone, z.eventZone);
  if (named && !sameZone(z.zone, z.localZone)) options.push(option(z.zone, z.zone));
  const current = sameZone(z.zone, z.eventZone) ? 'event' : local && sameZone(z.zone, z.localZone) ? 'local' : z.zone;
  return { options, current };
}
