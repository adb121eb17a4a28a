import { codePoint } from './xml.js';

/** The named references conference abstracts use in practice; numeric references cover the rest. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
};

/** Decodes numeric references and the common named ones; unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi,
    (whole, dec?: string, hex?: string, name?: string) => {
      if (dec) return codePoint(Number(dec));
      if (hex) return codePoint(parseInt(hex, 16));
      return Object.hasOwn(NAMED, name!) ? NAMED[name!] : whole;
    },
  );
}

const INVISIBLE = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|head|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;

/** What a tag leaves behind: `[opening, closing]`; tags not listed leave nothing. */
const BREAKS = new Map<string, readonly [string, string]>([
  ['br', ['\n', '\n']],
  ['li', ['\n• ', '']],
  ...['dt', 'dd', 'td', 'th'].map((tag) => [tag, ['\n', ' ']] as const),
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'tr', 'blockquote', 'pre', 'hr']
    .concat(['section', 'article', 'header', 'footer', 'figure'])
    .map((tag) => [tag, ['\n\n', '\n\n']] as const),
]);

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
/** `[\w-]`: a character of a tag name after its first letter. */
const isNameChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95 || c === 45;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * True when the text holds markup: an element tag (`<b>`, `<br/>`, `<p class="x">`), a closing tag (`</p>`) or a
 * comment. One pass: each character is looked at a bounded number of times, however the `<` are arranged.
 */
function looksLikeHtml(text: string): boolean {
  if (text.includes('<!--')) return true;
  // Every tag ends with a `>`: none can start after the last one.
  const lastGt = text.lastIndexOf('>');
  for (let i = text.indexOf('<'); i !== -1 && i < lastGt; i = text.indexOf('<', i + 1)) {
    const closing = text.charCodeAt(i + 1) === SLASH;
    let j = closing ? i + 2 : i + 1;
    if (!isLetter(text.charCodeAt(j))) continue;
    while (isNameChar(text.charCodeAt(j))) j++;
    let c = text.charCodeAt(j);
    if (closing) {
      while (isSpace(c)) c = text.charCodeAt(++j);
      if (c === GT) return true;
    } else if (c === GT || (c === SLASH && text.charCodeAt(j + 1) === GT) || isSpace(c)) {
      // `<name` then spaces: any later `>` ends the tag.
      return true;
    }
  }
  return false;
}

/**
 * Removes every tag, replacing it with the line break it stands for (see `BREAKS`). A tag is `<` followed by a
 * letter, `/` and a letter, `!` or `?`, up to the next `>` or the end of the text. Removing one tag may join the
 * pieces of another (`<<b>b>`): those go too, so no tag is left. One pass with a stack-free state (the output's open
 * tag, if any): linear in the length of the text, however the tags nest or break.
 */
function stripTags(text: string): string {
  // No replacement is longer than the tag it replaces, so the output fits in the input's length.
  const out = new Uint16Array(text.length);
  let length = 0;
  /** Where the tag being read starts in `out`, or -1. */
  let open = -1;
  const close = () => {
    let i = open + 1;
    const closing = out[i] === SLASH;
    if (closing) i++;
    let name = '';
    if (isLetter(out[i])) {
      const from = i;
      while (i < length && isNameChar(out[i])) i++;
      name = String.fromCharCode(...out.subarray(from, Math.min(i, from + 12))).toLowerCase();
    }
    const found = BREAKS.get(name);
    const replacement = found ? found[closing ? 1 : 0] : '';
    length = open;
    open = -1;
    for (let k = 0; k < replacement.length; k++) out[length++] = replacement.charCodeAt(k);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open !== -1) {
      if (c === GT) close();
      else out[length++] = c;
      continue;
    }
    out[length++] = c;
    const before = length >= 2 ? out[length - 2] : 0;
    if (before === LT && (isLetter(c) || c === BANG || c === QUESTION)) open = length - 2;
    else if (before === SLASH && length >= 3 && out[length - 3] === LT && isLetter(c)) open = length - 3;
  }
  if (open !== -1) close();
  let result = '';
  for (let from = 0; from < length; from += 8192) {
    result += String.fromCharCode(...out.subarray(from, Math.min(length, from + 8192)));
  }
  return result;
}

/** Trims every line (collapsing runs of spaces first when asked), keeps at most one empty line between paragraphs. */
function tidy(text: string, collapse: boolean): string {
  let out = collapse ? text.replace(/[ \t\f\v]{2,}|[\t\f\v]/g, ' ') : text;
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  return out
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Turns a conference abstract into plain text. Text with HTML markup loses every tag (and the content of `script`,
 * `style`, `template`, `head` and comments); `<br>`, list items and block elements become line breaks, other
 * whitespace collapses as in HTML. Text without markup (pretalx's Markdown, frab's plain text) keeps its line breaks.
 * Character references are decoded in both cases. The result is meant to be shown as text, never as HTML.
 */
export function htmlToText(input: string): string {
  if (!looksLikeHtml(input)) return tidy(decodeHtmlEntities(input), true);
  const text = stripTags(input.replace(INVISIBLE, ' ').replace(/[ \t\n\r\f]{2,}|[\t\n\r\f]/g, ' '));
  // Whitespace is already collapsed: only the line edges left by the tags need trimming.
  return tidy(decodeHtmlEntities(text), false);
}
