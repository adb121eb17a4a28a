/**
 * A small non-validating XML reader: enough for Pentabarf/frab `schedule.xml` and other data-style documents, in any
 * JavaScript runtime (no DOMParser). Elements, attributes, text, CDATA, the five predefined and numeric character
 * references; comments, processing instructions and the DOCTYPE are skipped. No namespaces, no DTD entities.
 */

/**
 * An element: its name, attributes and children (elements and decoded text, in document order). Text made only of
 * whitespace is not kept: in data-style XML it is layout.
 */
export interface XmlElement {
  readonly name: string;
  /** Attribute values by name; a name the element does not have gives `undefined`. */
  readonly attrs: Readonly<Partial<Record<string, string>>>;
  readonly children: (XmlElement | string)[];
}

/** Thrown by `parseXml` for input that is not well-formed enough to read; `line` is 1-based. */
export class XmlError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`${message} (line ${line})`);
    this.name = 'XmlError';
  }
}

/** One code point from a numeric reference, or U+FFFD when it names none (0, surrogates, beyond U+10FFFF). */
export function codePoint(n: number): string {
  return n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
}

/** Decodes `&amp; &lt; &gt; &quot; &apos; &#123; &#x1F;`; anything else that starts with `&` stays as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  // Native passes beat one callback per reference on entity-heavy text (escaped HTML abstracts). `&amp;` goes last so
  // that `&amp;lt;` reads `&lt;`.
  let out = text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'");
  if (out.includes('&#')) {
    out = out.replace(/&#(?:(\d{1,7})|x([\da-f]{1,6}));/gi, (_, dec?: string, hex?: string) =>
      codePoint(dec ? Number(dec) : parseInt(hex ?? '', 16)),
    );
  }
  return out.replaceAll('&amp;', '&');
}

const NAME = /[A-Za-z_:][\w:.-]*/y;
const SPACE = /\s*/y;
const NO_ATTRIBUTES: XmlElement['attrs'] = Object.freeze({});
const OPEN_TAG = /<([A-Za-z_:][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("[^"]*"|'[^']*')/g;

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function readAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTRIBUTE)) {
    // m[2] is the value with its quotes.
    if (!Object.hasOwn(attrs, m[1])) attrs[m[1]] = decodeXmlEntities(m[2].slice(1, -1).replace(/[\t\n\r]/g, ' '));
  }
  return attrs;
}

/**
 * Parses `text` into its root element. Throws `XmlError` when there is no root element, a tag is malformed, a closing
 * tag does not match the open element, or the text ends inside a construct or before the root is closed.
 */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let pos = 0;
  const fail = (message: string, at: number): never => {
    throw new XmlError(message, lineAt(text, at));
  };
  const skipPast = (end: string, from: number, what: string): number => {
    const i = text.indexOf(end, from);
    return i === -1 ? fail(`Unterminated ${what}`, from) : i + end.length;
  };
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    const textEnd = lt === -1 ? text.length : lt;
    // Whitespace between tags is layout in data-style XML: it is not kept (an element's text is trimmed anyway).
    SPACE.lastIndex = pos;
    SPACE.exec(text);
    if (SPACE.lastIndex < textEnd) {
      if (!stack.length) fail('Text outside the root element', pos);
      stack[stack.length - 1].children.push(decodeXmlEntities(text.slice(pos, textEnd)));
    }
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) pos = skipPast('-->', lt + 4, 'comment');
    else if (text.startsWith('<?', lt)) pos = skipPast('?>', lt + 2, 'processing instruction');
    else if (text.startsWith('<![CDATA[', lt)) {
      pos = skipPast(']]>', lt + 9, 'CDATA section');
      if (!stack.length) fail('CDATA outside the root element', lt);
      stack[stack.length - 1].children.push(text.slice(lt + 9, pos - 3));
    } else if (text.startsWith('<!', lt)) {
      const bracket = text.indexOf('[', lt);
      const close = text.indexOf('>', lt);
      pos = bracket !== -1 && bracket < close ? skipPast(']>', bracket, 'DOCTYPE') : skipPast('>', lt, 'declaration');
    } else if (text[lt + 1] === '/') {
      const open = stack.pop();
      const end = lt + 2 + (open?.name.length ?? 0);
      if (open && text.charCodeAt(end) === 62 && text.startsWith(open.name, lt + 2)) {
        pos = end + 1; // the common case, `</name>`
        continue;
      }
      NAME.lastIndex = lt + 2;
      const name = NAME.exec(text)?.[0];
      const close = text.indexOf('>', lt);
      if (!name || close === -1 || text.slice(lt + 2 + name.length, close).trim()) fail('Malformed closing tag', lt);
      if (!open || open.name !== name) fail(`</${name}> does not close <${open?.name ?? '(nothing)'}>`, lt);
      pos = close + 1;
    } else {
      OPEN_TAG.lastIndex = lt;
      const m = OPEN_TAG.exec(text) ?? fail('Malformed tag', lt);
      const element: XmlElement = { name: m[1], attrs: m[2] ? readAttributes(m[2]) : NO_ATTRIBUTES, children: [] };
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) fail('A second root element', lt);
      else root = element;
      if (!m[3]) stack.push(element);
      pos = OPEN_TAG.lastIndex;
    }
  }
  if (stack.length) fail(`The document ends before <${stack[stack.length - 1].name}> is closed`, text.length);
  return root ?? fail('No root element', 0);
}

/** The first child element named `name`. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  for (const c of element?.children ?? []) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** All child elements named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const c of element?.children ?? []) if (typeof c !== 'string' && c.name === name) found.push(c);
  return found;
}

/** The element's own text (its text children joined, trimmed); `undefined` for a missing element. */
export function textOf(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  let text = '';
  for (const c of element.children) if (typeof c === 'string') text += c;
  return text.trim();
}
