import { highlight } from '../../core/agenda/search.js';
import type { ActivityStatus, ActivityType } from '../../core/feed/index.js';
import type { Translation } from '../../core/i18n/index.js';
import { TYPE_PATHS } from './mission-activity-card.icons.js';
import type { CardView, ChangeView, ShiftView } from '../../core/view/card-view.js';

// A card's DOM outside its details is built by hand: one clone of a static skeleton, then texts and attributes set
// directly. Thousands of cards are rendered at once, and a template engine keeps a part object, a marker comment and
// a wrapper per binding alive for as long as the card lives (≈ 3 KiB of heap per card); this keeps none.
// Feed texts only ever become Text nodes (`textContent`, `new Text()`); the skeleton is the library's own markup.

const STAR = 'M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z';
const PIN = 'M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21zM14.5 9.5a2.5 2.5 0 1 1-5 0 2.5 2.5 0 1 1 5 0z';

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
 * The skeleton, without whitespace between tags (fewer nodes); the two variants differ in the details. Built with
 * DOM calls, not parsed from a string: a page enforcing Trusted Types refuses HTML strings.
 */
function skeleton(compact: boolean): HTMLElement {
  const toggle: Record<string, string> = {
    part: 'details-toggle',
    class: 'toggle',
    type: 'button',
    'aria-controls': 'details',
    'aria-describedby': 'title',
  };
  if (compact) toggle['aria-haspopup'] = 'dialog';
  const details: Record<string, string> = compact
    ? { class: 'details popover', popover: 'manual', role: 'dialog', 'aria-labelledby': 'title', tabindex: '-1' }
    : { class: 'details', hidden: '' };
  const star = { part: 'star', class: 'star', type: 'button', 'aria-describedby': 'title' };
  return el(
    'article',
    { part: 'card', class: 'card', 'aria-labelledby': 'title' },
    el('h3', { part: 'title', id: 'title', class: 'title' }),
    el(
      'div',
      { class: 'when' },
      el(
        'p',
        { part: 'time', class: 'time' },
        el('time', { part: 'start' }),
        el('span', { 'aria-hidden': 'true' }, '–'),
        el('time', { part: 'end' }),
        ' ',
        el('span', { part: 'zone', class: 'zone' }),
      ),
      el('button', star, icon(STAR)),
    ),
    el('div', { class: 'meta' }, el('span', { part: 'type', class: 'type' }, icon())),
    el(
      'div',
      { part: 'place', class: 'place' },
      icon(PIN),
      el(
        'span',
        { class: 'place-text' },
        el('span', { part: 'venue', class: 'venue' }),
        el('span', { class: 'city' }),
        el('span', { part: 'address', class: 'address' }),
        el('a', { part: 'map-link', target: '_blank', rel: 'noopener noreferrer' }),
      ),
    ),
    // Safari drops list semantics from an unstyled list (`list-style: none`) unless the role is explicit.
    el('ul', { part: 'sectors', class: 'sectors', role: 'list' }),
    el('button', toggle),
    el('div', { id: 'details', part: 'details', ...details }),
  );
}

const skeletons: (HTMLElement | undefined)[] = [];
/** A fresh copy of the card's skeleton (built once per variant, then cloned). */
export function cardSkeleton(compact: boolean): HTMLElement {
  const i = compact ? 1 : 0;
  return (skeletons[i] ??= skeleton(compact)).cloneNode(true) as HTMLElement;
}

/** Everything the card shows outside its details. */
export interface CardPaint {
  readonly view: CardView;
  readonly type: ActivityType;
  readonly status: ActivityStatus;
  readonly t: Translation;
  /** Trimmed search text whose matches are marked. */
  readonly query: string;
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
export function setMarked(target: Element, text: string, query: string): void {
  if (!query || !text) {
    target.textContent = text;
    return;
  }
  target.replaceChildren(
    ...highlight(text, query).map((s) => (s.match ? el('mark', { part: 'mark' }, s.text) : s.text)),
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

/** The title heading at `level`, reusing the current one when its level is right. */
function heading(card: Element, level: number): Element {
  const current = card.firstElementChild!;
  const tag = `H${level}`;
  if (current.tagName === tag) return current;
  const next = el(`h${level}` as 'h3', { part: 'title', id: 'title', class: 'title' });
  current.replaceWith(next);
  return next;
}

/** Puts `node` (or nothing) right after `after`, replacing a previous node matching `selector` in `parent`. */
function optional(parent: Element, selector: string, after: Element, node: Element | undefined): Element {
  const old = parent.querySelector(`:scope > ${selector}`);
  if (node) {
    if (old) old.replaceWith(node);
    else after.after(node);
    return node;
  }
  old?.remove();
  return after;
}

/**
 * Brings the card's DOM (the `<article>` from {@link cardSkeleton}) up to date. Idempotent; the star and the details
 * toggle stay the same elements (they may hold focus), only their attributes change.
 */
export function paintCard(card: Element, p: CardPaint): void {
  const { view: v, t, query } = p;
  setMarked(heading(card, p.level), v.title, query);

  const when = card.querySelector('.when')!;
  const time = when.firstElementChild!;
  const [start, , end] = time.children;
  start.setAttribute('datetime', v.startIso);
  start.textContent = v.startText;
  end.setAttribute('datetime', v.endIso);
  end.textContent = v.endText;
  time.lastElementChild!.textContent = v.zoneName;

  // the marks between the time and the star: day shift, now/next, past (for screen readers), change
  const star = when.lastElementChild!;
  while (star.previousSibling !== time) star.previousSibling!.remove();
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
  star.before(...marks);
  star.setAttribute('aria-pressed', String(p.starred));
  star.setAttribute('aria-label', p.starred ? t.removeFavourite : t.addFavourite);

  const other = v.otherTime
    ? el(
        'p',
        { part: 'other-time', class: 'other' },
        v.otherTime,
        ...(v.otherShift ? [' ', badge('other-shift', v.otherShift)] : []),
      )
    : undefined;
  const afterOther = optional(card, '.other', when, other);
  optional(
    card,
    '.clash',
    afterOther,
    p.clash ? el('p', { part: 'clash', class: 'clash', role: 'note' }, t.clash(p.clash)) : undefined,
  );

  const meta = card.querySelector('.meta')!;
  const type = meta.firstElementChild!;
  const icon = type.firstElementChild!;
  icon.firstElementChild!.setAttribute('d', TYPE_PATHS[p.type] ?? TYPE_PATHS.other);
  type.replaceChildren(icon, v.typeLabel);
  meta.replaceChildren(
    type,
    ...(v.statusLabel ? [el('span', { part: 'status', class: `badge status ${p.status}` }, v.statusLabel)] : []),
  );

  const place = card.querySelector<HTMLElement>('.place')!;
  place.hidden = !v.city && !v.venue;
  const [venue, city, address, map] = place.lastElementChild!.children;
  setMarked(venue, v.venue, query);
  city.textContent = v.city && !v.address.includes(v.city) ? v.city : '';
  address.textContent = v.address;
  if (v.mapUrl) map.setAttribute('href', v.mapUrl);
  else map.removeAttribute('href');
  map.setAttribute('aria-label', v.mapLabel);
  map.textContent = t.map;

  const sectors = card.querySelector<HTMLElement>('.sectors')!;
  sectors.hidden = !v.sectors.length;
  sectors.setAttribute('aria-label', t.sectors);
  sectors.replaceChildren(
    ...v.sectors.map((s) => {
      const li = el('li', { part: 'sector', class: 'sector' }, s.name);
      // through the CSSOM, not a `style` attribute: a strict `style-src` policy accepts it
      if (s.color) li.style.setProperty('--mission-sector-color', s.color);
      return li;
    }),
  );

  const toggle = card.querySelector('.toggle')!;
  toggle.setAttribute('aria-expanded', String(p.open));
  toggle.textContent = t.details;
}
