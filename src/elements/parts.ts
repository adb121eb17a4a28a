// The one list of each element's shadow parts that other elements forward, and the `exportparts` strings built from
// them. The JSDoc `@csspart` tags (and so custom-elements.json) document the same names; a test checks that every
// part in the manifest is reachable through these lists, so the two cannot drift apart.

/** Parts of `<mission-contact-block>`. */
export const CONTACT_PARTS = ['list', 'contact', 'name', 'role', 'organisation', 'phone', 'email', 'url'] as const;

/** Parts of `<mission-activity-card>`'s own shadow root. */
export const CARD_OWN_PARTS = [
  'card',
  'time',
  'start',
  'end',
  'zone',
  'day-shift',
  'other-shift',
  'highlight',
  'change',
  'star',
  'clash',
  'mark',
  'other-time',
  'title',
  'type',
  'status',
  'place',
  'venue',
  'address',
  'map-link',
  'sectors',
  'sector',
  'details-toggle',
  'details',
  'description',
  'link',
  'actions',
  'calendar-link',
  'close',
  'problem',
] as const;

/** A contact part as a card forwards it: `contact` stays, the others get `contact-`. */
const contactInCard = (p: string) => (p === 'contact' ? p : `contact-${p}`);

/** The contact block's parts inside a card's details, as the card forwards them. */
export const CARD_CONTACT_EXPORTS = exportParts(
  CONTACT_PARTS.filter((p) => p !== 'list'),
  contactInCard,
);

/** Every part a card offers: its own and its contact block's. */
export const CARD_PARTS: readonly string[] = [
  ...CARD_OWN_PARTS,
  ...CONTACT_PARTS.filter((p) => p !== 'list').map(contactInCard),
];

/** A card part as a timeline (and an agenda) forwards it: `card`, `start`, `end` stay, the others get `card-`. */
export const cardPartOutside = (p: string): string => (p === 'card' || p === 'start' || p === 'end' ? p : `card-${p}`);

/** What a timeline puts on each of its cards. */
export const TIMELINE_CARD_EXPORTS = exportParts(CARD_PARTS, cardPartOutside);

/** Parts of `<mission-timeline>`'s own shadow root. */
export const TIMELINE_OWN_PARTS = [
  'day',
  'day-heading',
  'list',
  'parallel',
  'parallel-label',
  'now-marker',
  'jump-now',
  'ended',
  'offset-note',
  'empty',
] as const;

/** A timeline part as the agenda forwards it: `list` becomes `day-list` (the agenda has lists of its own). */
const timelinePartInAgenda = (p: string) => (p === 'list' ? 'day-list' : p);

/** What the agenda puts on its timeline: the timeline's parts and every card part the timeline forwards. */
export const AGENDA_TIMELINE_EXPORTS = exportParts(
  [...TIMELINE_OWN_PARTS.filter((p) => p !== 'empty'), ...CARD_PARTS.map(cardPartOutside)],
  timelinePartInAgenda,
);

/** Parts of `<mission-grid>`'s own shadow root. */
export const GRID_OWN_PARTS = [
  'day',
  'day-heading',
  'offset-note',
  'scroller',
  'columns',
  'column',
  'column-heading',
  'blocks',
  'block',
  'empty',
] as const;

/** What a grid puts on each of its cards: the same names as a timeline's cards. */
export const GRID_CARD_EXPORTS = TIMELINE_CARD_EXPORTS;

/** A grid part as the agenda forwards it: `day`, `day-heading` and `offset-note` as the timeline's, the others `grid-`. */
const gridPartInAgenda = (p: string) => (p === 'day' || p === 'day-heading' || p === 'offset-note' ? p : `grid-${p}`);

/** What the agenda puts on its grid: the grid's parts and every card part the grid forwards. */
export const AGENDA_GRID_EXPORTS = exportParts(
  [...GRID_OWN_PARTS.filter((p) => p !== 'empty'), ...CARD_PARTS.map(cardPartOutside)],
  gridPartInAgenda,
);

/** Parts of `<mission-sector-filter>`. */
export const FILTER_PARTS = ['group', 'reset', 'sector', 'sector-dot', 'sector-name', 'sector-count'] as const;

/** What the agenda puts on its sector filter: every part, prefixed `filter-`. */
export const AGENDA_FILTER_EXPORTS = exportParts(FILTER_PARTS, (p) => `filter-${p}`);

/** What the agenda puts on its contact block: every part, prefixed `contacts-`. */
export const AGENDA_CONTACT_EXPORTS = exportParts(CONTACT_PARTS, (p) => `contacts-${p}`);

/** An `exportparts` value: `a, b: outer-b, …` (a part whose outer name is its own is listed once). */
export function exportParts(parts: readonly string[], outer: (part: string) => string): string {
  return parts.map((p) => (outer(p) === p ? p : `${p}: ${outer(p)}`)).join(', ');
}
