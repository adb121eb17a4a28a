/**
 * Language tags: normalisation and the choice of a UI language among the supported ones.
 * Pure: callers gather the candidates (element `lang`, context, nearest `[lang]`, feed default, …) in order.
 */

/** The UI languages that ship a full catalogue. */
export const SUPPORTED_LANGS = ['en', 'fr', 'nl', 'de'] as const;
export type SupportedLang = (typeof SUPPORTED_LANGS)[number];

/** The language used when no candidate is supported. */
export const FALLBACK_LANG = 'en';

/** Lowercase, trimmed, `_` replaced by `-`: 'EN_gb' → 'en-gb'. */
export function normaliseLang(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}

/** The primary subtag of a (normalised) tag: 'nl-BE' → 'nl', 'zh-Hant-TW' → 'zh'. */
export function primaryLang(tag: string): string {
  return normaliseLang(tag).split('-')[0];
}

/**
 * The first candidate the UI can speak. A candidate matches a supported language when their normalised tags are
 * equal, else when its primary subtag equals a supported tag ('fr-BE' → 'fr'). Empty, `undefined` and `null`
 * candidates are skipped. Returns the supported language as spelt in `supported`, or 'en' when none matches.
 * @example resolveLang([undefined, 'nl-BE']) // 'nl'
 * @example resolveLang(['es', 'de']) // 'de'
 */
export function resolveLang(
  candidates: ReadonlyArray<string | undefined | null>,
  supported: readonly string[] = SUPPORTED_LANGS,
): string {
  const byTag = new Map(supported.map((lang) => [normaliseLang(lang), lang]));
  for (const candidate of candidates) {
    if (!candidate || !candidate.trim()) continue;
    const match = byTag.get(normaliseLang(candidate)) ?? byTag.get(primaryLang(candidate));
    if (match !== undefined) return match;
  }
  return FALLBACK_LANG;
}

/**
 * Like `resolveLang`, but keeps the candidate's full tag for Intl formatting: `['en-GB']` → `'en-GB'` (so dates
 * read "Monday 6 October" and times "18:00"), `['nl-BE']` → `'nl-BE'`, `['es', 'de']` → `'de'`, `['es']` → `'en'`.
 * The translator and `pickText` reduce the tag to its supported language themselves.
 */
export function resolveLocale(
  candidates: ReadonlyArray<string | undefined | null>,
  supported: readonly string[] = SUPPORTED_LANGS,
): string {
  const lang = resolveLang(candidates, supported);
  for (const candidate of candidates) {
    if (!candidate || !candidate.trim()) continue;
    // `resolveLang` answers the fallback for an unsupported tag: only a candidate of the chosen language counts.
    if (primaryLang(candidate) !== primaryLang(lang) || resolveLang([candidate], supported) !== lang) continue;
    try {
      return Intl.getCanonicalLocales(candidate.trim().replace(/_/g, '-'))[0] ?? lang;
    } catch {
      return lang;
    }
  }
  return lang;
}
