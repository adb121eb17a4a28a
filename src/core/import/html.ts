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

/** The longest name in `NAMED`: a longer run of letters after `&` is no reference this reader knows. */
const LONGEST_NAME = Math.max(...Object.keys(NAMED).map((name) => name.length));

const AMP = 38;
const HASH = 35;
const SEMI = 59;
const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const COLON = 58;
const AT = 64;
const SPACE = 32;
const LF = 10;
const CR = 13;

const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
/** `[\w-]`: a character of a tag name after its first letter. */
const isNameChar = (c: number) => isLetter(c) || isDigit(c) || c === 95 || c === 45;
/** HTML's whitespace, which collapses to one space: space, tab, line feed, form feed, carriage return. */
const isHtmlSpace = (c: number) => c === SPACE || c === 9 || c === LF || c === 12 || c === CR;
/** What `String.prototype.trim` removes, but the line feed (lines are trimmed one by one). */
const isTrimSpace = (c: number) =>
  c === SPACE ||
  (c >= 9 && c <= 13 && c !== LF) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * The character reference at `i` (`&amp;`, `&#228;`, `&#x2014;`, a name of `NAMED`): its text and length, or
 * undefined when there is none there. Looks at a bounded number of characters.
 */
function referenceAt(text: string, i: number): { readonly text: string; readonly length: number } | undefined {
  let j = i + 1;
  if (text.charCodeAt(j) === HASH) {
    const hex = (text.charCodeAt(j + 1) | 32) === 120;
    const from = (j += hex ? 2 : 1);
    while (j - from < (hex ? 6 : 7) && (hex ? isHex : isDigit)(text.charCodeAt(j))) j++;
    if (j === from || text.charCodeAt(j) !== SEMI) return undefined;
    const n = hex ? parseInt(text.slice(from, j), 16) : Number(text.slice(from, j));
    return { text: codePoint(n), length: j + 1 - i };
  }
  while (j - i <= LONGEST_NAME && isLetter(text.charCodeAt(j))) j++;
  if (j === i + 1 || text.charCodeAt(j) !== SEMI) return undefined;
  const name = text.slice(i + 1, j);
  return Object.hasOwn(NAMED, name) ? { text: NAMED[name], length: j + 1 - i } : undefined;
}

/** Decodes numeric references and the common named ones; unknown names stay as written. */
export function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const ref = referenceAt(text, i);
    if (!ref) continue;
    out += text.slice(from, i) + ref.text;
    from = i + ref.length;
    i = from - 1;
  }
  return out + text.slice(from);
}

/** A text built one UTF-16 unit at a time, never longer than `capacity`. */
class TextBuffer {
  readonly units: Uint16Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
  }

  push(c: number): void {
    this.units[this.length++] = c;
  }

  last(): number {
    return this.length ? this.units[this.length - 1] : -1;
  }

  toString(): string {
    let text = '';
    for (let from = 0; from < this.length; from += 8192) {
      // `apply` takes the typed array as it is; a spread would walk it through an iterator.
      text += String.fromCharCode.apply(
        null,
        this.units.subarray(from, Math.min(this.length, from + 8192)) as unknown as number[],
      );
    }
    return text;
  }
}

/**
 * Decodes character references and tidies the lines of `text` in one pass: every line trimmed, at most one empty line
 * between paragraphs, none at either end, `\r\n` and `\r` read as line breaks; with `collapse`, each run of spaces,
 * tabs, form and line tabulations becomes one space.
 */
function decodeAndTidy(text: string, collapse: boolean): string {
  // A reference is never shorter than its text, and tidying only removes: the input's length is enough.
  const out = new TextBuffer(text.length);
  /** Line breaks seen since the last character kept (written before the next one, at most two). */
  let breaks = 0;
  /** The length of `out` after the last character of the current line that is not trimmed. */
  let contentEnd = 0;
  let afterCr = false;
  const put = (c: number) => {
    if (c === LF || c === CR) {
      if (c === LF && afterCr) {
        afterCr = false;
        return;
      }
      afterCr = c === CR;
      out.length = contentEnd;
      if (out.length) breaks++;
      return;
    }
    afterCr = false;
    if (isTrimSpace(c)) {
      // Nothing is kept at the start of a line; inside one, spaces wait for the next character (or are trimmed).
      if (breaks || !out.length) return;
      if (collapse && (c === SPACE || c === 9 || c === 11 || c === 12)) {
        if (out.length > contentEnd) return;
        c = SPACE;
      }
      out.push(c);
      return;
    }
    for (; breaks > 0; breaks--) if (breaks <= 2) out.push(LF);
    out.push(c);
    contentEnd = out.length;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const ref = c === AMP ? referenceAt(text, i) : undefined;
    if (!ref) {
      put(c);
      continue;
    }
    for (let k = 0; k < ref.text.length; k++) put(ref.text.charCodeAt(k));
    i += ref.length - 1;
  }
  out.length = contentEnd;
  return out.toString();
}

/** What a tag leaves behind: `[opening, closing]`; tags not listed leave nothing. */
const BREAKS = new Map<string, readonly [string, string]>([
  ['br', ['\n', '\n']],
  ['li', ['\n• ', '']],
  ...['dt', 'dd', 'td', 'th'].map((tag) => [tag, ['\n', ' ']] as const),
  ...['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'tr', 'blockquote', 'pre', 'hr']
    .concat(['section', 'article', 'header', 'footer', 'figure'])
    .map((tag) => [tag, ['\n\n', '\n\n']] as const),
]);
const LONGEST_TAG = Math.max(...[...BREAKS.keys()].map((name) => name.length));

/** Elements whose content is never text, and where each one's content ends (or the text does). */
const INVISIBLE = new Map(
  ['script', 'style', 'template', 'head', 'title'].map((name) => [name, new RegExp(`</${name}\\s*>`, 'gi')]),
);

/**
 * Where the invisible construct starting at `i` ends (a comment; a `script`, `style`, `template`, `head` or `title`
 * element with its content, up to its closing tag or the end of the text), or -1 when none starts there.
 */
function invisibleEnd(text: string, i: number): number {
  if (text.startsWith('<!--', i)) {
    const end = text.indexOf('-->', i + 4);
    return end === -1 ? text.length : end + 3;
  }
  let j = i + 1;
  while (j - i <= 8 && isLetter(text.charCodeAt(j))) j++;
  if (isNameChar(text.charCodeAt(j))) return -1;
  const close = INVISIBLE.get(text.slice(i + 1, j).toLowerCase());
  if (!close) return -1;
  close.lastIndex = j;
  return close.exec(text) ? close.lastIndex : text.length;
}

/**
 * True when the text holds markup: an element tag (`<b>`, `<br/>`, `<p class="x">`), a closing tag (`</p>`) or a
 * comment. Each character is looked at a bounded number of times, however the `<` are arranged.
 */
function looksLikeHtml(text: string): boolean {
  if (text.includes('<!--')) return true;
  // Every tag ends with a `>`: none can start after the last one.
  const lastGt = text.lastIndexOf('>');
  for (let i = text.indexOf('<'); i !== -1 && i < lastGt; i = text.indexOf('<', i + 1)) {
    const closing = text.charCodeAt(i + 1) === SLASH;
    let j = closing ? i + 2 : i + 1;
    if (!isLetter(text.charCodeAt(j))) continue;
    if (closing) {
      while (isNameChar(text.charCodeAt(j))) j++;
      let c = text.charCodeAt(j);
      while (isHtmlSpace(c)) c = text.charCodeAt(++j);
      if (c === GT) return true;
      continue;
    }
    // As in HTML, a tag's name runs to a space, `/` or `>` (`<a&#10;-->` is a tag), except a Markdown autolink's
    // (`<https://…>`, `<name@example.org>`), which is text. It stops at the next `<` too, which the outer loop looks
    // at next: no character is read twice, however many `<a<a<a…` there are.
    let autolink = false;
    let c = text.charCodeAt(j);
    while (j < text.length && !isHtmlSpace(c) && c !== SLASH && c !== GT && c !== LT) {
      autolink ||= c === COLON || c === AT;
      c = text.charCodeAt(++j);
    }
    if (autolink) continue;
    // `<name` then spaces: any later `>` ends the tag.
    if (c === GT || (c === SLASH && text.charCodeAt(j + 1) === GT) || isHtmlSpace(c)) return true;
  }
  return false;
}

/**
 * Removes the invisible constructs (see `invisibleEnd`) and every tag, replacing a tag with the line breaks it stands
 * for (`BREAKS`) and collapsing HTML whitespace to single spaces. A tag is `<` followed by a letter, `/` and a letter,
 * `!` or `?`, up to the next `>` or the end of the text. Removing one tag may join the pieces of another (`<<b>b>`):
 * those go too, so no tag is left. One pass, keeping only where the tag being read starts: linear in the length of
 * the text, however its tags nest or break.
 */
function stripTags(text: string): string {
  // No replacement is longer than what it replaces: the input's length is enough.
  const out = new TextBuffer(text.length);
  /** Where the tag being read starts in `out`, or -1. */
  let open = -1;
  const closeTag = () => {
    const { units } = out;
    let i = open + 1;
    const closing = units[i] === SLASH;
    if (closing) i++;
    let name = '';
    for (; i < out.length && isNameChar(units[i]) && name.length <= LONGEST_TAG; i++) {
      name += String.fromCharCode(units[i] | 32);
    }
    const found = name.length <= LONGEST_TAG ? BREAKS.get(name) : undefined;
    out.length = open;
    open = -1;
    const replacement = found ? found[closing ? 1 : 0] : '';
    for (let k = 0; k < replacement.length; k++) out.push(replacement.charCodeAt(k));
  };
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c === LT) {
      const end = invisibleEnd(text, i);
      if (end !== -1) {
        i = end - 1;
        c = SPACE;
      }
    }
    if (isHtmlSpace(c)) {
      if (out.last() === SPACE) continue;
      c = SPACE;
    }
    if (open !== -1) {
      if (c === GT) closeTag();
      else out.push(c);
      continue;
    }
    out.push(c);
    const n = out.length;
    const before = n >= 2 ? out.units[n - 2] : 0;
    if (before === LT && (isLetter(c) || c === BANG || c === QUESTION)) open = n - 2;
    else if (before === SLASH && n >= 3 && out.units[n - 3] === LT && isLetter(c)) open = n - 3;
  }
  if (open !== -1) closeTag();
  return out.toString();
}

/**
 * Turns a conference abstract into plain text. Text with HTML markup loses every tag (and the content of `script`,
 * `style`, `template`, `head` and comments); `<br>`, list items and block elements become line breaks, other
 * whitespace collapses as in HTML. Text without markup (pretalx's Markdown, frab's plain text) keeps its line breaks.
 * Character references are decoded in both cases; lines are trimmed, with at most one empty line between paragraphs.
 * The result is meant to be shown as text, never as HTML. Linear in the length of the input, whatever it holds.
 */
export function htmlToText(input: string): string {
  if (!looksLikeHtml(input)) return decodeAndTidy(input, true);
  return decodeAndTidy(stripTags(input), false);
}
