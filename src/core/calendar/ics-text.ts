/**
 * Low-level RFC 5545 text helpers: TEXT escaping, UTF-8-aware line folding, UTC date-times.
 * @internal
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// RFC 5545 §3.3.11: TEXT may hold no control characters but HTAB.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The string with every lone surrogate replaced by U+FFFD, so it can be encoded as UTF-8 or a URI. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Escape a TEXT value: `\` `;` `,` and newlines (any convention) become `\\` `\;` `\,` `\n`; controls are dropped. */
export function escapeText(text: string): string {
  return wellFormed(text)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** A URI property value: well-formed, without whitespace or control characters (which would break the line). */
export function uriValue(uri: string): string {
  return wellFormed(uri).replace(CONTROL, '').replace(/\s/g, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Fold a content line so no physical line exceeds 75 octets of UTF-8 (RFC 5545 §3.1), continuation lines starting
 * with one space; a line is only ever broken between code points, never inside a multi-byte character.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += n;
  }
  lines.push(current);
  return lines.join('\r\n');
}

/** An instant as an RFC 5545 UTC date-time: `20251006T160000Z` (seconds truncated). */
export function utcDateTime(instant: number): string {
  return new Date(instant)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}
