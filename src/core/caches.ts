/**
 * Every cache the library keeps for the life of a page, in one place: what it holds and how large it may grow.
 * A bounded cache is emptied when it reaches its bound (the next uses rebuild what they need); the others are bounded
 * by what they are keyed by (the languages, the IANA zones, the option sets the library itself uses) and stay small.
 * Per-element and per-programme state (WeakMaps keyed by an activity, a programme or a card) goes with its key.
 *
 * | cache | module | holds | bound |
 * |---|---|---|---|
 * | `dateTimeFormats` | core/time/cache | `Intl.DateTimeFormat` per locale and options | the library's option sets × languages × zones |
 * | `readingFormats` | core/time/zones | one formatter per zone (wall clock and offset together) | the IANA zones used |
 * | `readings` | core/time/zones | wall clock text and UTC offset per zone and instant | `INSTANTS_PER_ZONE` per zone |
 * | `resolvedTimes` | core/time/resolve | a feed's date-time text resolved per zone | `RESOLVED_TIMES` per zone |
 * | `cardTimes` | core/view/card-view | offset ISO strings, times and other-zone lines per (language, zone) | `CARD_TEXTS` per key |
 * | `cardShared` | core/view/card-view | texts many cards share: places, sector lists, zone names | `SHARED_TEXTS` each |
 * | `formattedTexts` | core/time/format | day headings, date ranges, zone names | `FORMATTED_TEXTS` |
 * | `zoneNames` | core/time/zones | zone names as the feed writes them, validated | the distinct names seen |
 * | `pluralRules`, `numberFormats`, `catalogues` | core/i18n | per language | the languages used |
 * | `searchFolding` | core/agenda/search | a character folded for search (case and accents) | `FOLDED_CHARACTERS` |
 * | `urlOwners` | controllers/url-sync-controller | which agenda keeps its state under a URL namespace | the agendas on the page |
 */
export const CACHE_BOUNDS = {
  /** Instants per zone for wall clock texts and offsets (a programme has far fewer distinct hours). */
  INSTANTS_PER_ZONE: 50_000,
  /** Feed date-time texts resolved per zone. */
  RESOLVED_TIMES: 20_000,
  /** Card time texts per (language, zone). */
  CARD_TEXTS: 20_000,
  /** Texts shared between cards (places, sector lists), each. */
  SHARED_TEXTS: 5_000,
  /** Zone names, per (language, zone, offset). */
  ZONE_NAMES: 2_000,
  /** Day headings, date ranges and other formatted texts. */
  FORMATTED_TEXTS: 2_000,
  /** Characters folded for search. */
  FOLDED_CHARACTERS: 20_000,
} as const;
