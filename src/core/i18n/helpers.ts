/**
 * Helpers shared by the translation catalogues: plural choice through `Intl.PluralRules`, counts through
 * `Intl.NumberFormat`, and the split of a fractional hour count into hours and minutes. Instances are cached per
 * language because building Intl objects is far slower than using them.
 */

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `true` when `n` takes the singular ("one") form in `lang` (fr: 0 and 1; en/nl/de: only 1). */
export function isSingular(lang: string, n: number): boolean {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(n) === 'one';
}

/** `n` written with the digit grouping of `lang` ('1,000' in en, '1.000' in nl). */
export function formatCount(lang: string, n: number): string {
  let format = numberFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    numberFormats.set(lang, format);
  }
  return format.format(n);
}

/**
 * Builds the plural rules and number format of `lang` ahead of their first count. Their first build loads the
 * language's Intl data (about 5 ms on a mid-range phone): an agenda has it done while its feed is on its way, not in
 * the task that draws the programme.
 */
export function prepareCounts(lang: string): void {
  formatCount(lang, 0);
  isSingular(lang, 0);
}

/** Returns a counter for `lang`: `count(3, 'day', 'days')` → '3 days', with the locale's plural rule and digits. */
export function counter(lang: string): (n: number, one: string, other: string) => string {
  return (n, one, other) => `${formatCount(lang, n)} ${isSingular(lang, n) ? one : other}`;
}

/** Whole hours and remaining minutes of `|hours|`, rounded to the minute: 5.75 → { h: 5, m: 45 }. */
export function splitHours(hours: number): { h: number; m: number } {
  const total = Math.round(Math.abs(hours) * 60);
  return { h: Math.floor(total / 60), m: total % 60 };
}

/** The sign of a day shift as shown on a badge: '+' or '−' (U+2212 MINUS SIGN, not a hyphen); '' for zero. */
export function shiftSign(n: number): string {
  return n > 0 ? '+' : n < 0 ? '\u2212' : '';
}

/** Joins two labels with a spaced em dash ('Pacific time — San Francisco'); either alone when the other is empty. */
export function dashJoin(a: string, b: string): string {
  return a && b ? `${a} — ${b}` : a || b;
}
