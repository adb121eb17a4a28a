/**
 * The message catalogues: the typed `Translation`, lookup of one term and of a whole catalogue by language tag.
 * English is bundled (the fallback, and what most pages show); French, Dutch and German are separate modules loaded
 * on first use (`loadCatalogues`), so a page pays only for the language it shows. Elements wait for their language's
 * catalogue before they render; until it is there (or when it cannot be loaded) the terms are English.
 */
import type { ActivityStatus, ActivityType } from '../feed/types.js';
import { resolveLang, type SupportedLang } from './lang.js';
import type { Translation } from './translation.js';
import { en } from './translations/en.js';

export type { Translation } from './translation.js';

/** Any key of the catalogue. */
export type TermKey = keyof Translation;

/** The keys whose term is plain text (no arguments). */
export type TextKey = { [K in TermKey]: Translation[K] extends string ? K : never }[TermKey];

/** The arguments a term takes: the parameters of a function term, none for a plain string. */
export type TermArgs<K extends TermKey> = Translation[K] extends (...args: infer A) => string ? A : [];

type LoadedLang = Exclude<SupportedLang, 'en'>;

/** Where the other catalogues come from: each is a module of its own (a chunk of the embed bundle). */
const LOADERS: Readonly<Record<LoadedLang, () => Promise<Translation>>> = {
  fr: () => import('./translations/fr.js').then((m) => m.fr),
  nl: () => import('./translations/nl.js').then((m) => m.nl),
  de: () => import('./translations/de.js').then((m) => m.de),
};

/** The catalogues there now: English from the start, the others once loaded. */
const loaded: Partial<Record<SupportedLang, Translation>> = { en };
/** Catalogues on their way. */
const loading = new Map<SupportedLang, Promise<void>>();

/** The supported language of a tag, remembered per tag (every card asks, with a handful of tags per page). */
const langOf = new Map<string, SupportedLang>();
function supportedLang(tag: string | undefined | null): SupportedLang {
  const key = tag ?? '';
  let lang = langOf.get(key);
  if (lang === undefined) {
    if (langOf.size >= 64) langOf.clear();
    langOf.set(key, (lang = resolveLang([tag]) as SupportedLang));
  }
  return lang;
}

/**
 * Loads the catalogues of these language tags that are not there yet. Returns undefined when all are (no wait), else a
 * promise that resolves once they are loaded or have failed to (a failure is reported once on the console; that
 * language then reads English).
 * @example await loadCatalogues(['fr-BE', undefined, 'en'])
 */
export function loadCatalogues(tags: ReadonlyArray<string | undefined | null>): Promise<void> | undefined {
  let waits: Array<Promise<void>> | undefined;
  for (const tag of tags) {
    if (!tag) continue;
    const lang = supportedLang(tag);
    if (loaded[lang]) continue;
    let wait = loading.get(lang);
    if (!wait) {
      wait = LOADERS[lang as LoadedLang]().then(
        (catalogue) => {
          loaded[lang] = catalogue;
        },
        (error: unknown) => {
          // not asked for again: the language reads English
          loaded[lang] = en;
          console.warn(`mission-agenda: the ${lang} terms could not be loaded; showing English.`, error);
        },
      );
      loading.set(lang, wait);
    }
    (waits ??= []).push(wait);
  }
  return waits && Promise.all(waits).then(() => undefined);
}

/** Every catalogue, loaded (for tools and tests that compare them). */
export async function allCatalogues(): Promise<Readonly<Record<SupportedLang, Translation>>> {
  await loadCatalogues(Object.keys(LOADERS));
  return { en, fr: loaded.fr ?? en, nl: loaded.nl ?? en, de: loaded.de ?? en };
}

/**
 * The full catalogue for a language tag, falling back `nl-BE → nl → en` ('EN_gb' and 'fr-BE' work too); English while
 * the language's catalogue is not loaded (see `loadCatalogues`).
 * @example translator('fr-BE').activityCount(2) // '2 activités'
 */
export function translator(lang: string | undefined | null): Translation {
  return loaded[supportedLang(lang)] ?? en;
}

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
