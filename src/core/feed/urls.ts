/** `web`: `http:`/`https:` only (venue, contact and mission sites). `link`: also `mailto:` and `tel:` (activities). */
export type UrlKind = 'web' | 'link';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const CONTROL = /[\u0000-\u001f\u007f]/; // eslint-disable-line no-control-regex
/**
 * `local@domain.tld`: the local part from RFC 5322's atoms (letters of any script too) without `?`, `#`, `%` and `&`,
 * which a `mailto:` URL would read as headers, a fragment or an escape; dot-separated host labels.
 * @internal exported for the tests, which hold the ASCII fast path below to the same answers
 */
export const EMAIL =
  /^[\p{L}\p{N}!$'*+/=^_`{|}~-]+(?:\.[\p{L}\p{N}!$'*+/=^_`{|}~-]+)*@[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?)+$/u;
/**
 * `EMAIL` for an address in printable ASCII, the usual case: the same pattern without Unicode classes, whose first
 * use builds large tables (about 1 ms, 5 ms on a slow phone, in the task that shows the first card).
 */
const ASCII_EMAIL =
  /^[A-Za-z0-9!$'*+/=^_`{|}~-]+(?:\.[A-Za-z0-9!$'*+/=^_`{|}~-]+)*@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const PHONE = /^\+?[0-9\s().\-/]+$/;
const MAX_LENGTH = 2048;

/**
 * An e-mail address and nothing else (`name@host.tld`: no spaces, brackets, quotes, nor `?`/`#`/`%`/`&`, which
 * would smuggle headers such as `bcc` into a `mailto:` link); the trimmed address, or `undefined`.
 */
export function safeEmail(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const email = value.trim();
  if (email.length > 254) return undefined;
  return (PRINTABLE_ASCII.test(email) ? ASCII_EMAIL : EMAIL).test(email) ? email : undefined;
}

/**
 * A `tel:` URL in compact form (`+32 2 501 87 16` → `tel:+3225018716`), or `undefined` if it is not a phone number.
 * No country code is added: for E.164 links see `core/contact/phone.ts`.
 */
export function compactTel(phone: unknown): string | undefined {
  if (typeof phone !== 'string' || phone.length > 64 || !PHONE.test(phone.trim())) return undefined;
  const compact = phone.trim().replace(/[^\d+]/g, '');
  const digits = compact.replace('+', '');
  return digits.length >= 3 && !digits.includes('+') ? `tel:${compact}` : undefined;
}

function parse(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/**
 * A URL safe to put in `href`: absolute, scheme `http:`/`https:` (and `mailto:`/`tel:` for `kind: 'link'`), with a
 * host for web URLs, an address for `mailto:` and a number for `tel:`. Returns the normalised URL, or `undefined` for
 * anything else (`javascript:`, `data:`, `vbscript:`, relative paths, control characters, > 2048 characters).
 * Pure: never resolves against the page address.
 */
export function safeUrl(value: unknown, kind: UrlKind = 'link'): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (!text || text.length > MAX_LENGTH || CONTROL.test(text)) return undefined;
  const scheme = SCHEME.exec(text)?.[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    const url = parse(text);
    return url && url.hostname ? url.href : undefined;
  }
  if (kind !== 'link') return undefined;
  const rest = text.slice((scheme ?? '').length + 1);
  if (scheme === 'mailto') {
    let address: string;
    try {
      address = decodeURIComponent(rest.split('?')[0]);
    } catch {
      return undefined;
    }
    // Only `subject` and `body` may follow: `to`, `cc`, `bcc` or any other header would send the mail elsewhere.
    const query = rest.includes('?') ? rest.slice(rest.indexOf('?') + 1) : '';
    const headers = query ? query.split('&').map((pair) => pair.split('=')[0].toLowerCase()) : [];
    if (!headers.every((name) => name === 'subject' || name === 'body') || rest.includes('#')) return undefined;
    return address.split(',').every((one) => safeEmail(one)) ? `mailto:${rest}` : undefined;
  }
  if (scheme === 'tel') return compactTel(rest);
  return undefined;
}
