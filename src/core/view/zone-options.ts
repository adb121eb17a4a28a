import { pickText } from '../feed/text.js';
import type { Programme } from '../feed/types.js';
import type { Translation } from '../i18n/index.js';
import { formatZoneName, zoneCity } from '../time/format.js';

/** One choice of the agenda's zone switch. */
export interface ZoneOption {
  /** `event`, `local` or an IANA name: what choosing it sets. */
  readonly value: string;
  readonly label: string;
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
 * The options of the zone switch: event time (named after the mission's city in its zone), the visitor's time when
 * it differs, and a zone the page chose by name when it is neither. Zone names are taken at the first activity, so
 * they say the offset in force during the mission.
 */
export function zoneOptions(programme: Programme, z: ZoneChoice, t: Translation): ZoneOptions {
  const { mission } = programme;
  const at = programme.activities[0]?.start ?? Date.parse(`${mission.startDate ?? '2025-01-01'}T12:00Z`);
  const eventCity = programme.locations.find((l) => l.timeZone === z.eventZone)?.name;
  const options: ZoneOption[] = [
    {
      value: 'event',
      label: t.eventTime(
        formatZoneName(at, z.eventZone, z.lang, 'longGeneric'),
        eventCity ? pickText(eventCity, z.lang, mission.defaultLanguage) : '',
      ),
    },
  ];
  if (z.localZone !== z.eventZone) options.push({ value: 'local', label: t.yourTime(zoneCity(z.localZone)) });
  const named = z.choice !== 'event' && z.choice !== 'local' && z.zone !== z.eventZone;
  if (named && z.zone !== z.localZone) {
    options.push({
      value: z.zone,
      label: `${formatZoneName(at, z.zone, z.lang, 'longGeneric')} — ${zoneCity(z.zone)}`,
    });
  }
  const current = z.zone === z.eventZone ? 'event' : z.zone === z.localZone ? 'local' : z.zone;
  return { options, current };
}
