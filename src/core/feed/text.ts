import { at, show, type IssueCollector } from './issues.js';
import type { LocalizedText } from './types.js';
import { isObject } from './values.js';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/;

/** Lowercase BCP 47-ish language tag (`nl-BE` → `nl-be`), or `undefined` when it does not look like one. */
export function normaliseLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().toLowerCase().replaceAll('_', '-');
  return LANGUAGE_TAG.test(tag) ? tag : undefined;
}

/**
 * Normalises a feed text: a plain string becomes `{ und: text }`; an object maps language tags (lowercased) to
 * strings. Non-string values and keys that are not language tags are reported at `path` and left out; empty strings
 * are ignored. Returns `undefined` when nothing usable remains (absent, empty or invalid), after reporting why.
 */
export function toLocalizedText(value: unknown, path: string, issues: IssueCollector): LocalizedText | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() ? { und: value.trim() } : undefined;
  if (!isObject(value)) {
    issues.error(path, `Expected a text or an object of texts by language, found ${show(value)}.`);
    return undefined;
  }
  const text: Record<string, string> = {};
  let count = 0;
  for (const key of Object.keys(value)) {
    const lang = normaliseLanguage(key);
    const item = value[key];
    if (!lang) {
      issues.error(at(path, key), `${show(key)} is not a language tag such as "en", "fr" or "nl-BE".`);
    } else if (typeof item !== 'string') {
      issues.error(at(path, key), `Expected a text, found ${show(item)}.`);
    } else if (item.trim() && !Object.hasOwn(text, lang)) {
      text[lang] = item.trim();
      count++;
    }
  }
  return count ? text : undefined;
}

function lookup(text: LocalizedText, lang: string): string | undefined {
  if (!lang) return undefined;
  if (Object.hasOwn(text, lang)) return text[lang];
  const primary = lang.split('-')[0];
  if (Object.hasOwn(text, primary)) return text[primary];
  const sibling = Object.keys(text).find((key) => key.startsWith(`${primary}-`));
  return sibling === undefined ? undefined : text[sibling];
}

/**
 * The best text for `lang`: the exact tag (`nl-be`), its primary language (`nl`), a sibling (`nl-nl`), then the same
 * for `defaultLang`, then `und`, then the first available text, else `''`.
 */
export function pickText(text: LocalizedText | undefined, lang: string, defaultLang?: string): string {
  if (!text) return '';
  return (
    lookup(text, lang.toLowerCase()) ??
    lookup(text, (defaultLang ?? '').toLowerCase()) ??
    (Object.hasOwn(text, 'und') ? text.und : undefined) ??
    firstText(text) ??
    ''
  );
}

/** The first text of any language, or undefined for a text without any. */
function firstText(text: LocalizedText): string | undefined {
  for (const value of Object.values(text)) return value;
  return undefined;
}

/** Language tags used by `texts`, in order of first appearance, without `und`. */
export function languagesOf(texts: Iterable<LocalizedText | undefined>): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const key of text ? Object.keys(text) : []) if (key !== 'und') seen.add(key);
  return [...seen];
}
