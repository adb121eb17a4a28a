/** Separators people write inside phone numbers: spaces (incl. no-break and thin), dashes, dots, slashes, brackets. */
const SEPARATORS = /[\s\u00a0\u2007\u202f.\-\u2010-\u2015/()[\]]/g;

/**
 * The E.164 form (`+3225018716`) of a phone number as written in a feed, or undefined when it cannot be known.
 *
 * Accepted: an international number starting with `+` or `00` (`+32 2 501 87 16`, `0032 2 501 87 16`,
 * `(+1) 415-555-0100`, `+32 (0)2 501 87 16`, `0032 (0)9 123 45 67` — the bracketed trunk zero is dropped), with 7 to 15 digits in all (Niue has 7) and a
 * country code that does not start with 0.
 * Refused (undefined): national numbers without a country code (`02 501 87 16`: the country cannot be guessed, and a
 * visitor abroad would dial the wrong number), letters or extensions (`ext. 12`, `1-800-FLOWERS`), any other symbol,
 * a `+` anywhere but at the start, and digit counts outside E.164. The UI then shows the number as written, without
 * a `tel:` link.
 */
export function toE164(written: string): string | undefined {
  if (typeof written !== 'string') return undefined;
  const compact = written
    .trim()
    .replace(/^\(\s*\+\s*(\d+)\s*\)/, '+$1') // (+1) 415… → +1 415…
    .replace(/^(\+|00)(\d+)\s*\(0\)/, '$1$2') // +32 (0)2 … and 0032 (0)2 … → +32 2 …
    .replace(SEPARATORS, '');
  const m = /^(?:\+|00)([1-9]\d*)$/.exec(compact);
  if (!m) return undefined;
  const digits = m[1];
  return digits.length >= 7 && digits.length <= 15 ? `+${digits}` : undefined;
}

/** A `tel:` URL for the number (`tel:+3225018716`), or undefined when it has no E.164 form (see `toE164`). */
export function telHref(written: string): string | undefined {
  const e164 = toE164(written);
  return e164 ? `tel:${e164}` : undefined;
}
