import type { ShowBoth } from './options.js';
import type { ActivityChange } from '../agenda/changes.js';
import { activityCity } from '../feed/activities.js';
import { pickText, type Activity, type Location } from '../feed/index.js';
import { ACTIVITY_STATUS_TERMS, ACTIVITY_TYPE_TERMS, type Translation } from '../i18n/index.js';
import { utcOffset, zonePlace } from '../i18n/places.js';
import { daysBetween, formatMoment, formatTime, toOffsetIso } from '../time/index.js';
import { InstantMemo, memo } from '../time/cache.js';

/** What a card needs to know to compute its texts. */
export interface CardViewInput {
  readonly activity: Activity;
  /** Resolved display zone (IANA). */
  readonly zone: string;
  /** The event zone (the mission's, or standalone the activity's). */
  readonly eventZone: string;
  /** The visitor's browser zone. */
  readonly localZone: string;
  readonly lang: string;
  readonly defaultLang?: string;
  readonly t: Translation;
  readonly showBoth: ShowBoth;
  /** Days between the group heading and the start date (0: no badge). */
  readonly dayShift: number;
}

/** A day shift as badge text and its accessible long form. */
export interface ShiftView {
  readonly text: string;
  readonly long: string;
}

/** Everything the card renders outside its details, as text (computed once per update, not per render). */
export interface CardView {
  readonly startIso: string;
  readonly endIso: string;
  readonly startText: string;
  readonly endText: string;
  readonly zoneName: string;
  readonly title: string;
  readonly typeLabel: string;
  readonly statusLabel: string;
  readonly city: string;
  readonly venue: string;
  readonly address: string;
  readonly mapUrl?: string;
  readonly mapLabel: string;
  readonly sectors: readonly { readonly id: string; readonly name: string; readonly color?: string }[];
  /** The secondary line with the time in the other zone, when shown. */
  readonly otherTime?: string;
  readonly otherShift?: ShiftView;
  readonly dayShift?: ShiftView;
}

/** The place to name for `zone`: the activity's city when it lies in that zone, else the zone's city in `lang`. */
function placeOf(zone: string, city: Location | undefined, lang: string, defaultLang?: string): string {
  return (city && city.timeZone === zone && pickText(city.name, lang, defaultLang)) || zonePlace(zone, lang);
}

const isoMemo = new InstantMemo<string>(20_000);
const timeMemo = new InstantMemo<string>(20_000);
const zoneNameMemo = memo<string>(2_000);

/** `toOffsetIso`, memoised; its date part is the date key and its suffix the offset, so one Intl pass gives all three. */
const iso = (instant: number, zone: string) => isoMemo.get(zone, instant, () => toOffsetIso(instant, zone));
const time = (instant: number, zone: string, lang: string) =>
  timeMemo.get(`${lang}|${zone}`, instant, () => formatTime(instant, zone, lang));
/** The offset part of an offset ISO string: `2025-10-06T18:00:00+02:00` → `+02:00`. */
const offsetOf = (isoText: string) => isoText.slice(19);

const shifts = new WeakMap<Translation, Map<number, ShiftView>>();
/** The badge of a day shift, one object per (language, days) shared by every card. */
function shift(n: number, t: Translation): ShiftView | undefined {
  if (!n) return undefined;
  let byDays = shifts.get(t);
  if (!byDays) shifts.set(t, (byDays = new Map<number, ShiftView>()));
  let view = byDays.get(n);
  if (!view) byDays.set(n, (view = { text: t.dayShift(n), long: t.dayShiftLong(n) }));
  return view;
}

// Texts many cards share (same venue, same sectors, same other-zone time) are made once and shared, not held by
// every card separately: with thousands of cards that is most of their strings.
// The keys hold the texts themselves (not ids): two programmes on one page may give one id different names.
const placeMemo = memo<{ readonly mapUrl?: string; readonly mapLabel: string }>(5_000);
const sectorsMemo = memo<CardView['sectors']>(5_000);
const otherMemo = new InstantMemo<string>(20_000);

function sectorsOf(a: Activity, text: (value: Activity['title']) => string): CardView['sectors'] {
  const sectors = a.sectors.map((s) => ({ id: s.id, name: text(s.name), color: s.color }));
  return sectorsMemo(sectors.map((s) => `${s.id}\u0000${s.name}\u0000${s.color ?? ''}`).join('\u0001'), () => sectors);
}

const otherTimeOf = (start: number, zone: string, place: string, lang: string, t: Translation) =>
  otherMemo.get(`${lang}|${zone}|${place}`, start, () => t.otherTime(time(start, zone, lang), place));

/**
 * The card's texts. The "other" zone is the event zone when the display zone is the visitor's, else the visitor's.
 * Offsets are looked up at the activity's start, so the gap follows DST changes of either zone.
 */
export function cardView(input: CardViewInput): CardView {
  const { activity: a, zone, lang, defaultLang, t } = input;
  const text = (value: Activity['title'] | undefined) => pickText(value, lang, defaultLang);
  const cityLoc = activityCity(a);
  const city = text(cityLoc?.name);
  const venue = text(a.venue?.name);
  const address = text(a.venue?.address);
  const place = placeMemo(`${lang}\u0000${a.venue ? 1 : 0}\u0000${venue}\u0000${city}\u0000${address}`, () => {
    const query = address || [venue, city].filter(Boolean).join(', ');
    return {
      mapUrl: a.venue && query ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}` : undefined,
      mapLabel: t.openMap(venue || city),
    };
  });

  const startIso = iso(a.start, zone);
  const otherZone = zone === input.localZone ? input.eventZone : input.localZone;
  const otherIso = input.showBoth === 'never' ? '' : iso(a.start, otherZone);
  const show = input.showBoth === 'always' || (otherIso !== '' && offsetOf(otherIso) !== offsetOf(startIso));

  return {
    startIso,
    endIso: iso(a.end, zone),
    startText: time(a.start, zone, lang),
    endText: time(a.end, zone, lang),
    // the offset, written the same in every language ('UTC−7'), as the zone switch names it
    zoneName: zoneNameMemo(`${zone}|${offsetOf(startIso)}`, () => utcOffset(a.start, zone)),
    title: text(a.title),
    typeLabel: t[ACTIVITY_TYPE_TERMS[a.type]],
    statusLabel: a.status === 'confirmed' ? '' : t[ACTIVITY_STATUS_TERMS[a.status]],
    city,
    venue,
    address,
    mapUrl: place.mapUrl,
    mapLabel: place.mapLabel,
    sectors: sectorsOf(a, text),
    otherTime: show
      ? otherTimeOf(a.start, otherZone, placeOf(otherZone, cityLoc, lang, defaultLang), lang, t)
      : undefined,
    otherShift: show ? shift(daysBetween(startIso.slice(0, 10), otherIso.slice(0, 10)), t) : undefined,
    dayShift: shift(input.dayShift, t),
  };
}

/** The visitor's marks on a card: starred, the search text, a change since the last visit, clashes with stars. */
export interface CardMarks {
  readonly starred: boolean;
  /** The search text whose matches are highlighted (empty: none). */
  readonly query: string;
  readonly change?: ActivityChange;
  /** Starred activities this one overlaps, in time order. */
  readonly clashes?: readonly Activity[];
}

const UNMARKED: CardMarks = Object.freeze({ starred: false, query: '' });

/** The marks of activity `id` in an agenda's favourites, search, changes and clashes. */
export function marksOf(
  id: string,
  state: {
    readonly favourites: ReadonlySet<string>;
    readonly query: string;
    readonly changes: ReadonlyMap<string, ActivityChange>;
    readonly clashes: ReadonlyMap<string, readonly Activity[]>;
  },
): CardMarks {
  const starred = state.favourites.has(id);
  const change = state.changes.get(id);
  const clashes = state.clashes.get(id);
  // most cards carry no mark: they share one object instead of one each
  if (!starred && !change && !clashes && !state.query) return UNMARKED;
  return { starred, query: state.query, change, clashes };
}

/** A change mark as badge text, plus where a moved activity was before. */
export interface ChangeView {
  readonly kind: ActivityChange['kind'];
  readonly label: string;
  readonly was?: string;
}

/**
 * The badge of a change since the last visit. A move names the old start in `zone`: its time, and its short date
 * when that was another day than the new start.
 */
export function changeView(
  change: ActivityChange,
  start: number,
  zone: string,
  lang: string,
  t: Translation,
): ChangeView {
  if (change.kind === 'new') return { kind: 'new', label: t.changeNew };
  if (change.kind === 'cancelled') return { kind: 'cancelled', label: t.changeCancelled };
  const old = formatMoment(change.from.start, zone, lang, iso(start, zone).slice(0, 10));
  return { kind: 'moved', label: t.changeMoved, was: t.movedFrom(old) };
}
