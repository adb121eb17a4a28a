/**
 * The message catalogue: the typed `Translation`, lookup of one term and of a whole catalogue by language tag.
 * All four catalogues are bundled statically (the embed is self-contained).
 */
import type { ActivityStatus, ActivityType } from '../feed/types.js';
import { resolveLang, type SupportedLang } from './lang.js';
import type { Translation } from './translation.js';
import { de } from './translations/de.js';
import { en } from './translations/en.js';
import { fr } from './translations/fr.js';
import { nl } from './translations/nl.js';

export type { Translation } from './translation.js';

/** Any key of the catalogue. */
export type TermKey = keyof Translation;

/** The keys whose term is plain text (no arguments). */
export type TextKey = { [K in TermKey]: Translation[K] extends string ? K : never }[TermKey];

/** The arguments a term takes: the parameters of a function term, none for a plain string. */
export type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

/** The catalogues by supported language. */
export const TRANSLATIONS: Readonly<Record<SupportedLang, Translation>> = { en, fr, nl, de };

const CATALOGUE_LANGS = Object.keys(TRANSLATIONS);

/**
 * The full catalogue for a language tag, falling back `nl-BE → nl → en` ('EN_gb' and 'fr-BE' work too).
 * @example translator('fr-BE').activityCount(2) // '2 activités'
 */
export function translator(lang: string | undefined | null): Translation {
  const key = lang ?? '';
  let found = catalogues.get(key);
  if (!found) {
    if (catalogues.size >= 64) catalogues.clear();
    catalogues.set(key, (found = TRANSLATIONS[resolveLang([lang], CATALOGUE_LANGS) as SupportedLang]));
  }
  return found;
}

/** Catalogues by the tag asked for: every day, card and label asks, with a handful of distinct tags per page. */
const catalogues = new Map<string, Translation>();

/**
 * One term in a language, with the term's arguments when it is a function.
 * @example term('nl-BE', 'dayShift', 1) // '+1 dag'
 * @example term('de', 'loading') // 'Programm wird geladen…'
 */
export function term<K extends TermKey>(lang: string | undefined | null, key: K, ...args: TermArgs<K>): string {
  const value: Translation[K] = translator(lang)[key];
  return typeof value === 'function' ? (value as (...a: unknown[]) => string)(...args) : value;
}

/** The term naming each activity type: `term(lang, ACTIVITY_TYPE_TERMS[activity.type])`. */
export const ACTIVITY_TYPE_TERMS: Readonly<Record<ActivityType, TextKey>> = {
  b2b: 'typeB2b',
  seminar: 'typeSeminar',
  visit: 'typeVisit',
  networking: 'typeNetworking',
  official: 'typeOfficial',
  reception: 'typeReception',
  other: 'typeOther',
};

/** The term naming each activity status: `term(lang, ACTIVITY_STATUS_TERMS[activity.status])`. */
export const ACTIVITY_STATUS_TERMS: Readonly<Record<ActivityStatus, TextKey>> = {
  confirmed: 'statusConfirmed',
  tentative: 'statusTentative',
  cancelled: 'statusCancelled',
};
