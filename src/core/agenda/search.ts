import { pickText } from '../feed/text.js';
import type { Activity } from '../feed/types.js';

/**
 * Text search over the programme: a case- and diacritic-insensitive normal form (`fold`), a per-language index of one
 * folded haystack per activity, AND-of-word-starts matching (`port` finds "Port of Oakland" and "portfolio", not
 * "transport" or "passport"), and highlighting that maps matches back to the original.
 */

/** Letters that NFKD does not decompose but readers treat as their base letters. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ς: 'σ',
};
const MARKS = /\p{M}/gu;
/** The code points `fold` must look at: all others (ASCII but capitals) fold to themselves. */
const NEEDS_FOLDING = /[A-Z]|[^\0-\x7f]/gu;
/** A code point may grow to at most this many code units per code unit; one that would grow more is kept as is. */
const MAX_GROWTH = 3;
const cache = new Map<string, string>();

function stripLower(s: string): string {
  return s.normalize('NFKD').replace(MARKS, '').toLowerCase();
}

/** The folded form of one code point (possibly empty, for a combining mark). */
function foldCodePoint(cp: string): string {
  const code = cp.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : cp;
  let out = cache.get(cp);
  if (out !== undefined) return out;
  // Twice: lowercasing may yield a decomposable letter or a mark (İ → i + U+0307).
  out = Array.from(stripLower(stripLower(cp)), (c) => SPECIAL[c] ?? c).join(''); // code point by code point
  if (out.length > MAX_GROWTH * cp.length) out = cp;
  if (cache.size < 20_000) cache.set(cp, out);
  return out;
}

/** A folded text with, for each of its code units, the range `[start, end)` of the original it came from. */
export interface FoldedText {
  readonly text: string;
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * Folds `text` keeping the way back: a combining mark folds to nothing and is attributed to the letter before it,
 * so highlighting `e` in `e\u0301` covers both code points.
 */
export function foldWithMap(text: string): FoldedText {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let groupStart = 0;
  let i = 0;
  for (const cp of text) {
    const end = i + cp.length;
    const f = foldCodePoint(cp);
    if (f) {
      groupStart = out.length;
      out += f;
      for (let k = 0; k < f.length; k++) {
        starts.push(i);
        ends.push(end);
      }
    } else {
      for (let k = groupStart; k < out.length; k++) ends[k] = end;
    }
    i = end;
  }
  return { text: out, starts, ends };
}

/**
 * Case- and diacritic-insensitive normal form: NFKD (so ligatures such as `ﬁ` become `fi`), combining marks removed,
 * lowercased, `ß æ œ ø ł đ ð þ ı` spelled with base letters and final `ς` as `σ` (`Straße` → `strasse`,
 * `İstanbul` → `istanbul`).
 * Folds code point by code point, so `fold(a + b) === fold(a) + fold(b)`; idempotent; at most 3× as long as `text`.
 */
export function fold(text: string): string {
  return text.replace(NEEDS_FOLDING, foldCodePoint);
}

/** The folded search terms of a query: split on white space, deduplicated, longest first (most selective). */
export function queryTerms(query: string): string[] {
  const terms = [...new Set(fold(query).split(/\s+/u).filter(Boolean))];
  return terms.sort((a, b) => b.length - a.length);
}

/** A letter or digit: a term found right after one is inside a word, not at its start. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first place `term` starts a word in folded `text` at or after `from`, or -1. */
function wordStartIndex(text: string, term: string, from = 0): number {
  for (let at = text.indexOf(term, from); at >= 0; at = text.indexOf(term, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1])) return at;
  }
  return -1;
}

/** True when every term of `query` starts a word somewhere in `texts` (folded): what a card shows matches. */
export function matchesWordStarts(texts: readonly string[], query: string): boolean {
  const terms = queryTerms(query);
  const text = fold(texts.join('\n'));
  return terms.every((term) => wordStartIndex(text, term) >= 0);
}

/** One entry of a search index: an activity id and its folded haystack, one field per line. */
export interface SearchEntry {
  readonly id: string;
  readonly text: string;
}
export type SearchIndex = readonly SearchEntry[];

/**
 * Builds the search index of `activities` in `lang` (falling back to `defaultLang`, as `pickText` does): title,
 * description, venue name and address, city, contact names and organisations, sector names, plus whatever
 * `extra(a)` adds (e.g. the translated type label). Build it once per programme and language.
 */
export function searchIndex(
  activities: readonly Activity[],
  lang: string,
  defaultLang?: string,
  extra?: (a: Activity) => readonly string[],
): SearchIndex {
  const t = (text: Parameters<typeof pickText>[0]) => pickText(text, lang, defaultLang);
  return activities.map((a) => {
    const fields = [t(a.title), t(a.description), t(a.venue?.name), t(a.venue?.address)];
    fields.push(t(a.location?.name), t(a.venue?.location?.name));
    for (const c of a.contacts) fields.push(c.name, t(c.organisation));
    for (const s of a.sectors) fields.push(t(s.name));
    if (extra) fields.push(...extra(a));
    // Query terms hold no white space, so a term never matches across two fields.
    return { id: a.id, text: fold(fields.filter(Boolean).join('\n')) };
  });
}

/**
 * The ids of the indexed activities in which every term of `query` starts a word (AND, folded).
 * Returns `undefined` for a query without terms: no constraint. A linear scan: about 1 ms for 5,000 activities.
 */
export function matchQuery(index: SearchIndex, query: string): Set<string> | undefined {
  const terms = queryTerms(query);
  if (!terms.length) return undefined;
  const ids = new Set<string>();
  for (const { id, text } of index) if (terms.every((term) => wordStartIndex(text, term) >= 0)) ids.add(id);
  return ids;
}

/** A piece of an original text; `match` marks the parts a query term matched. */
export interface Segment {
  readonly text: string;
  readonly match: boolean;
}

/** At most this many matches of one text are marked; the text after the last of them is one plain segment. */
export const MAX_MARKS = 200;

/**
 * Splits the ORIGINAL `text` into segments, marking the word starts any folded term of `query` matches (`cafe` marks `Café`,
 * `strasse` marks all of `Straße`); overlapping and adjacent matches merge. The segments concatenate back to `text`
 * exactly. Render them as text (e.g. in `<mark>`), never as HTML.
 * Bounded and linear: only the first `MAX_MARKS` marks are made (at most `2 × MAX_MARKS + 1` segments, however often
 * a term occurs), and each term is searched at most `MAX_MARKS` times, so a title where a query matches a hundred
 * thousand times costs no more than one where it matches a few hundred times.
 */
export function highlight(text: string, query: string): Segment[] {
  const terms = queryTerms(query);
  if (!text) return [];
  if (!terms.length) return [{ text, match: false }];
  const folded = foldWithMap(text);
  let ranges: Array<[number, number]> = [];
  // Where a term stopped being searched: matches of other terms beyond it are left plain too, so the marks are the
  // first ones of the text, with no unmarked match before a marked one.
  let horizon = Infinity;
  for (const term of terms) {
    let found = 0;
    let at = wordStartIndex(folded.text, term);
    for (; at >= 0 && found < MAX_MARKS; found++) {
      ranges.push([folded.starts[at], folded.ends[at + term.length - 1]]);
      at = wordStartIndex(folded.text, term, at + 1);
    }
    if (at >= 0) horizon = Math.min(horizon, folded.starts[at]);
  }
  if (horizon !== Infinity) ranges = ranges.filter((range) => range[0] < horizon);
  ranges.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  let pos = 0;
  let marks = 0;
  for (let r = 0; r < ranges.length && marks < MAX_MARKS; marks++) {
    const start = ranges[r][0];
    let end = ranges[r][1];
    for (r++; r < ranges.length && ranges[r][0] <= end; r++) end = Math.max(end, ranges[r][1]);
    if (start > pos) segments.push({ text: text.slice(pos, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    pos = end;
  }
  if (pos < text.length) segments.push({ text: text.slice(pos), match: false });
  return segments;
}
