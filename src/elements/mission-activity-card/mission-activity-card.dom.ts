import type { ActivityStatus, ActivityType } from '../../core/feed/index.js';
import type { Translation } from '../../core/i18n/index.js';
import type { CardView, ChangeView, ShiftView } from '../../core/view/card-view.js';
import type { SearchCode } from '../../io/chunks.js';
import { TYPE_PATHS } from './mission-activity-card.icons.js';

// A card's DOM outside its details is built by hand: one clone of a static skeleton, then texts and attributes set
// directly. Thousands of cards are rendered at once, and a template engine keeps a part object, a marker comment and
// a wrapper per binding alive for as long as the card lives (≈ 3 KiB of heap per card); this keeps none.
// Feed texts only ever become Text nodes (`textContent`, `new Text()`); the skeleton is the library's own markup.
// The pieces painting writes to are named in the skeleton (see `Refs`) and found again at each paint, by the class of
// the `<article>`'s child they are in and their place below it: a card keeps no JS wrapper of its inner nodes (about
// 300 B each card). Behaviour is keyed by `data-action`, never by a `part` (parts are styling API).

const STAR = 'M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z';
const PIN = 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM14.5 9.5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 1 1 5 0z';

/** What a click on a card's own button asks for. */
export type CardAction = 'star' | 'details';

/** The named pieces of the skeleton. */
interface Refs {
  readonly title: HTMLHeadingElement;
  readonly when: HTMLDivElement;
  readonly start: HTMLTimeElement;
  readonly end: HTMLTimeElement;
  readonly zone: HTMLSpanElement;
  /** The last piece of `when` (marks may come before it). */
  readonly star: HTMLButtonElement;
  readonly meta: HTMLDivElement;
  readonly type: HTMLSpanElement;
  readonly typeIcon: SVGSVGElement;
  readonly place: HTMLDivElement;
  readonly venue: HTMLSpanElement;
  readonly city: HTMLSpanElement;
  readonly address: HTMLSpanElement;
  readonly map: HTMLAnchorElement;
  readonly sectors: HTMLUListElement;
  readonly toggle: HTMLButtonElement;
  readonly details: HTMLDivElement;
}
type RefName = keyof Refs;

/**
 * A card's DOM: the `<article>` and which skeleton it was cloned from. It keeps no other reference: the named
 * pieces are found again when painting (`pieces`), so a card on screen holds no JS wrapper of its inner nodes.
 */
export interface CardDom {
  readonly card: HTMLElement;
  readonly compact: boolean;
}

/** The named pieces, and the optional ones painting adds and removes (found by their class). */
interface Pieces extends Refs {
  /** Day shift, now/next, past and change marks, between the time and the star; only when there are some. */
  readonly marks?: HTMLSpanElement;
  readonly other?: HTMLParagraphElement;
  readonly clash?: HTMLParagraphElement;
  /** "Found in the details": the search matched text the card does not show. */
  readonly found?: HTMLParagraphElement;
  readonly status?: HTMLSpanElement;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string>>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const name in attrs) e.setAttribute(name, attrs[name]);
  e.append(...children);
  return e;
}

/** A 24×24 outline icon (decorative) with one path. */
function icon(d?: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [k, v] of [
    ['class', 'icon'],
    ['viewBox', '0 0 24 24'],
    ['aria-hidden', 'true'],
    ['focusable', 'false'],
  ])
    svg.setAttribute(k, v);
  const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
  if (d) path.setAttribute('d', d);
  return svg;
}

/**
 * Where a named piece sits: the `className` of the `<article>`'s child it is in (optional pieces come and go between
 * those children, so their indexes shift), then element-child indexes below it.
 */
type Where = readonly [RefName, string, readonly number[]];

/** A skeleton, and where each named piece sits in it. */
interface Skeleton {
  readonly root: HTMLElement;
  readonly where: readonly Where[];
}

/**
 * The skeleton, without whitespace between tags (fewer nodes); the two variants differ in the details. Built with
 * DOM calls, not parsed from a string: a page enforcing Trusted Types refuses HTML strings. It holds the words every
 * card of its language shows as a fresh card does (star not pressed, details closed), so painting a new card writes
 * only what is its own.
 */
function skeleton(compact: boolean, t: Translation): Skeleton {
  const named = new Map<RefName, Element>();
  const ref = <E extends Element>(name: RefName, e: E): E => (named.set(name, e), e);
  const toggle: Record<string, string> = {
    part: 'details-toggle',
    class: 'toggle',
    type: 'button',
    'data-action': 'details',
    'aria-controls': 'details',
    'aria-describedby': 'title',
    'aria-expanded': 'false',
  };
  if (compact) toggle['aria-haspopup'] = 'dialog';
  const details: Record<string, string> = compact
    ? { class: 'details popover', popover: 'manual', role: 'dialog', 'aria-labelledby': 'title', tabindex: '-1' }
    : { class: 'details', hidden: '' };
  const star = {
    part: 'star',
    class: 'star',
    type: 'button',
    'data-action': 'star',
    'aria-describedby': 'title',
    'aria-pressed': 'false',
    'aria-label': t.addFavourite,
  };
  const root = el(
    'article',
    { part: 'card', class: 'card', 'aria-labelledby': 'title' },
    ref('title', el('h3', { part: 'title', id: 'title', class: 'title' })),
    ref(
      'when',
      el(
        'div',
        { class: 'when' },
        el(
          'p',
          { part: 'time', class: 'time' },
          ref('start', el('time', { part: 'start' })),
          el('span', { 'aria-hidden': 'true' }, '–'),
          ref('end', el('time', { part: 'end' })),
          ' ',
          ref('zone', el('span', { part: 'zone', class: 'zone' })),
        ),
        el('button', star, icon(STAR)),
      ),
    ),
    ref(
      'meta',
      el('div', { class: 'meta' }, ref('type', el('span', { part: 'type', class: 'type' }, ref('typeIcon', icon())))),
    ),
    ref(
      'place',
      el(
        'div',
        { part: 'place', class: 'place' },
        icon(PIN),
        el(
          'span',
          { class: 'place-text' },
          ref('venue', el('span', { part: 'venue', class: 'venue' })),
          ref('city', el('span', { class: 'city' })),
          ref('address', el('span', { part: 'address', class: 'address' })),
          ref('map', el('a', { part: 'map-link', target: '_blank', rel: 'noopener noreferrer' }, t.map)),
        ),
      ),
    ),
    // Safari drops list semantics from an unstyled list (`list-style: none`) unless the role is explicit.
    ref('sectors', el('ul', { part: 'sectors', class: 'sectors', role: 'list', 'aria-label': t.sectors })),
    ref('toggle', el('button', toggle, t.details)),
    ref('details', el('div', { id: 'details', part: 'details', ...details })),
  );
  const where = [...named].map(([name, e]): Where => {
    const path: number[] = [];
    let n = e;
    for (let up = e.parentElement; up && up !== root; n = up, up = up.parentElement) {
      path.unshift(Array.prototype.indexOf.call(up.children, n));
    }
    return [name, n.className, path];
  });
  return { root, where };
}

/** The skeletons of each language, per variant. */
const skeletons = new WeakMap<Translation, (Skeleton | undefined)[]>();
function skeletonOf(compact: boolean, t: Translation): Skeleton {
  let variants = skeletons.get(t);
  if (!variants) skeletons.set(t, (variants = []));
  return (variants[compact ? 1 : 0] ??= skeleton(compact, t));
}

/** Where the named pieces sit: the same in every language's skeleton of a variant. */
const layouts: (readonly Where[] | undefined)[] = [];

/** A fresh card DOM in the words of `t` (the skeleton is built once per variant and language, then cloned). */
export function createCardDom(compact: boolean, t: Translation): CardDom {
  const { root, where } = skeletonOf(compact, t);
  layouts[compact ? 1 : 0] ??= where;
  return { card: root.cloneNode(true) as HTMLElement, compact };
}

/** The `i`th element child of `e`, walked to (`children` would keep an HTMLCollection alive on every element). */
function nthElement(e: Element | null | undefined, i: number): Element | null | undefined {
  let n = e?.firstElementChild;
  for (let k = 0; k < i && n; k++) n = n.nextElementSibling;
  return n;
}

/** The card's pieces as they are now (painting runs this for every card: plain property walks, no selectors). */
function pieces({ card, compact }: CardDom): Pieces {
  // the `<article>`'s children by their class; `other`, `clash` and `found` are there only when shown
  const top: Record<string, Element | undefined> = {};
  for (let child = card.firstElementChild; child; child = child.nextElementSibling) top[child.className] = child;
  const found: Record<string, Element | null | undefined> = { other: top.other, clash: top.clash, found: top.found };
  for (const [name, cls, path] of layouts[compact ? 1 : 0] ?? []) {
    let n: Element | null | undefined = top[cls];
    for (const i of path) n = nthElement(n, i);
    found[name] = n;
  }
  // in `when`: the time, the marks when there are some, and the star last; in `meta`: the type, then any status
  const when = found.when;
  found.star = when?.lastElementChild;
  found.marks = when && when.childElementCount > 2 ? nthElement(when, 1) : undefined;
  found.status = found.meta?.firstElementChild?.nextElementSibling ?? undefined;
  return found as unknown as Pieces;
}

/** The card's details toggle or details region: the `<article>`'s last two children, always there. */
export function pieceOf(dom: CardDom, name: 'toggle' | 'details'): HTMLElement {
  const details = dom.card.lastElementChild as HTMLElement;
  return name === 'details' ? details : (details.previousElementSibling as HTMLElement);
}

/** The action of the card's button that `target` is in, if any. */
export function actionOf(target: EventTarget | null): CardAction | undefined {
  const action = target instanceof Element ? target.closest('[data-action]')?.getAttribute('data-action') : null;
  return action === 'star' || action === 'details' ? action : undefined;
}

/** Everything the card shows outside its details. */
export interface CardPaint {
  readonly view: CardView;
  readonly type: ActivityType;
  readonly status: ActivityStatus;
  readonly t: Translation;
  /** Trimmed search text whose matches are marked. */
  readonly query: string;
  /** The search's code (loaded on demand): without it nothing is marked. */
  readonly search?: SearchCode;
  /** Heading level of the title, 2–6. */
  readonly level: number;
  readonly highlight: '' | 'now' | 'next' | 'past';
  readonly starred: boolean;
  readonly open: boolean;
  /** The title of the first starred activity this one overlaps. */
  readonly clash?: string;
  readonly change?: ChangeView;
}

/** `text` with the matches of `query` in `<mark part="mark">`, as the children of `target`. */
function setMarked(target: Element, text: string, query: string, search: SearchCode | undefined): void {
  if (!query || !text || !search) {
    target.textContent = text;
    return;
  }
  target.replaceChildren(
    ...search.highlight(text, query).map((s) => (s.match ? el('mark', { part: 'mark' }, s.text) : s.text)),
  );
}

function badge(part: string, shift: ShiftView): HTMLElement {
  return el(
    'span',
    { part, class: 'badge shift' },
    el('span', { 'aria-hidden': 'true' }, shift.text),
    el('span', { class: 'visually-hidden' }, ` ${shift.long}`),
  );
}

/** Sets an attribute unless it already has that value (an unchanged write still costs style and a11y work). */
function setAttr(e: Element, name: string, value: string): void {
  if (e.getAttribute(name) !== value) e.setAttribute(name, value);
}

/** Sets the text of an element that holds only text, unless it already reads so. */
function setText(e: Element, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

/** Puts `next` where `current` is (or right after `after` when there is none), or removes `current`. */
function swap<E extends Element>(current: E | undefined, next: E | undefined, after: Element): E | undefined {
  if (next && current) current.replaceWith(next);
  else if (next) after.after(next);
  else current?.remove();
  return next;
}

/**
 * Brings a card's DOM up to date. Idempotent; the star and the details toggle stay the same elements (they may hold
 * focus), only their attributes change.
 */
export function paintCard(card: CardDom, p: CardPaint): void {
  const { view: v, t, query, search } = p;
  const dom = pieces(card);
  const tag = `H${p.level}`;
  let title = dom.title;
  if (title.tagName !== tag) {
    title = el(`h${p.level}` as 'h3', { part: 'title', id: 'title', class: 'title' });
    dom.title.replaceWith(title);
  }
  setMarked(title, v.title, query, search);

  setAttr(dom.start, 'datetime', v.startIso);
  setText(dom.start, v.startText);
  setAttr(dom.end, 'datetime', v.endIso);
  setText(dom.end, v.endText);
  setText(dom.zone, v.zoneName);

  const marks: Node[] = [];
  if (v.dayShift) marks.push(badge('day-shift', v.dayShift));
  const label = p.highlight === 'now' ? t.happeningNow : p.highlight === 'next' ? t.next : '';
  if (label) marks.push(el('span', { part: 'highlight', class: 'badge highlight' }, label));
  if (p.highlight === 'past') marks.push(el('span', { class: 'visually-hidden' }, t.past));
  const c = p.change;
  if (c) {
    marks.push(el('span', { part: 'change', class: `badge change ${c.kind}` }, c.label));
    if (c.was) marks.push(el('span', { class: 'was' }, c.was));
  }
  if (marks.length) {
    let shown = dom.marks;
    if (!shown) dom.star.before((shown = el('span', { class: 'marks' })));
    shown.replaceChildren(...marks);
  } else dom.marks?.remove();
  setAttr(dom.star, 'aria-pressed', String(p.starred));
  setAttr(dom.star, 'aria-label', p.starred ? t.removeFavourite : t.addFavourite);

  const other = v.otherTime
    ? el(
        'p',
        { part: 'other-time', class: 'other' },
        v.otherTime,
        ...(v.otherShift ? [' ', badge('other-shift', v.otherShift)] : []),
      )
    : undefined;
  const shownOther = swap(dom.other, other, dom.when);
  const clash = p.clash ? el('p', { part: 'clash', class: 'clash', role: 'note' }, t.clash(p.clash)) : undefined;
  swap(dom.clash, clash, shownOther ?? dom.when);
  const seen = [v.title, v.venue, v.city, v.address, v.typeLabel, ...v.sectors.map((s) => s.name)];
  const hidden = query !== '' && search !== undefined && !search.matchesWordStarts(seen, query);
  const found = hidden ? el('p', { class: 'found' }, t.matchInDetails) : undefined;
  swap(dom.found, found, title);

  setAttr(dom.typeIcon.firstElementChild as SVGPathElement, 'd', TYPE_PATHS[p.type]);
  const typeText = dom.type.lastChild;
  if (!(typeText instanceof Text)) dom.type.append(v.typeLabel);
  else if (typeText.data !== v.typeLabel) typeText.data = v.typeLabel;
  const status = v.statusLabel
    ? el('span', { part: 'status', class: `badge status ${p.status}` }, v.statusLabel)
    : undefined;
  swap(dom.status, status, dom.type);

  dom.place.hidden = !v.city && !v.venue;
  setMarked(dom.venue, v.venue, query, search);
  setText(dom.city, v.city && !v.address.includes(v.city) ? v.city : '');
  setText(dom.address, v.address);
  if (v.mapUrl) setAttr(dom.map, 'href', v.mapUrl);
  else dom.map.removeAttribute('href');
  setAttr(dom.map, 'aria-label', v.mapLabel);
  setText(dom.map, t.map);

  dom.sectors.hidden = !v.sectors.length;
  setAttr(dom.sectors, 'aria-label', t.sectors);
  dom.sectors.replaceChildren(
    ...v.sectors.map((s) => {
      const li = el('li', { part: 'sector', class: 'sector' }, s.name);
      // through the CSSOM, not a `style` attribute: a strict `style-src` policy accepts it
      if (s.color) li.style.setProperty('--mission-sector-color', s.color);
      return li;
    }),
  );

  setAttr(dom.toggle, 'aria-expanded', String(p.open));
  setText(dom.toggle, t.details);
}
