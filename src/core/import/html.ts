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

const LOOKS_LIKE_HTML = /<(?:[a-z][\w-]*(?:\s[^>]*)?\/?>|\/[a-z][\w-]*\s*>|!--)/i;
const INVISIBLE = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|head|title)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<(\/?)([a-z][\w-]*)[^>]*(?:>|$)|<[!?][^>]*(?:>|$)/gi;

/** What a tag leaves behind: `[opening, closing]`; tags not listed leave nothing. */
const BREAKS = new Map<string, readonly [string, string]>([
  ['br', ['\n', '\n']],
  ['li', ['\n• ', '']],
  ...['dt', 'dd', 'td', 'th'].map((tag) => [tag, ['\n', ' ']] as const),
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'tr', 'blockquote', 'pre', 'hr']
    .concat(['section', 'article', 'header', 'footer', 'figure'])
    .map((tag) => [tag, ['\n\n', '\n\n']] as const),
]);

function blockBreak(_tag: string, closing: string | undefined, name: string | undefined): string {
  const found = name === undefined ? undefined : BREAKS.get(name.toLowerCase());
  return found ? found[closing ? 1 : 0] : '';
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
  if (!LOOKS_LIKE_HTML.test(input)) return tidy(decodeHtmlEntities(input), true);
  let text = input
    .replace(INVISIBLE, ' ')
    .replace(/[ \t\n\r\f]{2,}|[\t\n\r\f]/g, ' ')
    .replace(TAG, blockBreak);
  // Removing one tag may join the pieces of another (`<<b>b>`): repeat until none is left.
  while (/<[a-z!?/]/i.test(text)) {
    const before = text;
    text = text.replace(TAG, blockBreak);
    if (text === before) break;
  }
  // Whitespace is already collapsed: only the line edges left by the tags need trimming.
  return tidy(decodeHtmlEntities(text), false);
}
