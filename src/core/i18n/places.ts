/**
 * Place names for time zones in the visitor's language, and the UTC offset as every language writes it here.
 * Intl names zones (`Pacific Time`) but not their cities, so the cities whose names differ between English, French,
 * Dutch and German are listed; any other zone is named by its IANA city, a proper noun in every language
 * (`America/Los_Angeles` → `Los Angeles`). A programme's own location names, translated in the feed, come first
 * (see `placeOfZone` in the view layer).
 */
import { offsetMinutes } from '../time/zones.js';
import { primaryLang } from './lang.js';

type Names = Readonly<Partial<Record<'en' | 'fr' | 'nl' | 'de', string>>>;

/** IANA zone → its city in each language, where that is not the IANA name itself. */
const CITIES: Readonly<Partial<Record<string, Names>>> = {
  'Europe/Brussels': { en: 'Brussels', fr: 'Bruxelles', nl: 'Brussel', de: 'Brüssel' },
  'Europe/Luxembourg': { nl: 'Luxemburg', de: 'Luxemburg' },
  'Europe/London': { fr: 'Londres', nl: 'Londen' },
  'Europe/Paris': { nl: 'Parijs' },
  'Europe/Amsterdam': {},
  'Europe/Berlin': { fr: 'Berlin', nl: 'Berlijn' },
  'Europe/Vienna': { fr: 'Vienne', nl: 'Wenen', de: 'Wien' },
  'Europe/Zurich': { fr: 'Zurich', nl: 'Zürich', de: 'Zürich' },
  'Europe/Rome': { nl: 'Rome', de: 'Rom' },
  'Europe/Madrid': {},
  'Europe/Lisbon': { fr: 'Lisbonne', nl: 'Lissabon', de: 'Lissabon' },
  'Europe/Copenhagen': { fr: 'Copenhague', nl: 'Kopenhagen', de: 'Kopenhagen' },
  'Europe/Warsaw': { fr: 'Varsovie', nl: 'Warschau', de: 'Warschau' },
  'Europe/Prague': { nl: 'Praag', de: 'Prag' },
  'Europe/Athens': { fr: 'Athènes', nl: 'Athene', de: 'Athen' },
  'Europe/Moscow': { fr: 'Moscou', nl: 'Moskou', de: 'Moskau' },
  'Europe/Kyiv': { fr: 'Kyiv', nl: 'Kyiv', de: 'Kyjiw' },
  'Europe/Istanbul': {},
  'America/New_York': {},
  'America/Mexico_City': { fr: 'Mexico', nl: 'Mexico-Stad', de: 'Mexiko-Stadt' },
  'America/Sao_Paulo': { en: 'São Paulo', fr: 'São Paulo', nl: 'São Paulo', de: 'São Paulo' },
  'Asia/Singapore': { fr: 'Singapour', nl: 'Singapore', de: 'Singapur' },
  'Asia/Tokyo': { de: 'Tokio' },
  'Asia/Shanghai': { fr: 'Shanghai', nl: 'Shanghai', de: 'Schanghai' },
  'Asia/Kolkata': { de: 'Kalkutta' },
  'Asia/Dubai': { de: 'Dubai' },
  'Africa/Cairo': { fr: 'Le Caire', nl: 'Caïro', de: 'Kairo' },
  'Africa/Algiers': { fr: 'Alger', nl: 'Algiers', de: 'Algier' },
};

/** The city a zone is named after, in `lang`: `Europe/Brussels` → `Bruxelles` (fr), `America/Los_Angeles` → `Los Angeles`. */
export function zonePlace(zone: string, lang: string): string {
  const names = CITIES[zone];
  const own = names?.[primaryLang(lang) as keyof Names];
  if (own) return own;
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/** The offset of `zone` at `instant` as `UTC+2`, `UTC−7` (U+2212 minus), `UTC+5:30`, `UTC`: the same in every language. */
export function utcOffset(instant: number, zone: string): string {
  const minutes = offsetMinutes(instant, zone);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${minutes < 0 ? '\u2212' : '+'}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}
