/**
 * The timeline's view model, built from the core agenda functions: days, their entries (single activities or
 * parallel clusters), headings, offset-change notes and the place of the "now" marker. No DOM, no Lit.
 * @internal
 */
import { activityCity } from '../feed/activities.js';
import { pickText } from '../feed/text.js';
import type { Activity, Location } from '../feed/types.js';
import { instantDay, dayShift, groupByDay, type GroupMode } from '../agenda/group.js';
import { parallelClusters } from '../agenda/lanes.js';
import { offsetChanges } from '../agenda/offset-change.js';
import type { NowState } from '../agenda/now.js';
import { formatDay, formatTime } from '../time/format.js';
import { wallDateTime } from '../time/zones.js';
import { translator } from '../i18n/terms.js';
import { utcOffset, zonePlace } from '../i18n/places.js';

/** One card of an entry. @internal */
export interface EntryItem {
  readonly activity: Activity;
  /** Lane inside a parallel cluster (0 for a single activity). */
  readonly lane: number;
  /** Whole days between the heading date and the start date in the display zone (non-zero only by mission day). */
  readonly shift: number;
}

/** A single activity, or a time slot of parallel ones. @internal */
export interface TimelineEntry {
  /** Stable key for `repeat`: the activity ids. */
  readonly key: string;
  /** Earliest start of the entry. */
  readonly start: number;
  /** Most activities of the entry running at one instant (1 for a single activity). */
  readonly lanes: number;
  /** Chronological. */
  readonly items: readonly EntryItem[];
  /** The time of a slot of parallel sessions as its label shows it ('14:00'); empty for a single activity. */
  readonly time: string;
}

/** One day section. @internal */
export interface TimelineDay {
  readonly date: string;
  readonly heading: string;
  readonly entries: readonly TimelineEntry[];
  /** Plain-words note when the gap to the other zone changes on this day. */
  readonly note?: string;
  /** The zone the day's times are in, as labels name it ('San Francisco time (UTC−7)'): printed under its heading. */
  readonly zone: string;
}

/** Inputs of `buildDays`. @internal */
export interface TimelineInput {
  readonly activities: readonly Activity[];
  /** Display zone. */
  readonly zone: string;
  /** The zone the note compares with (visitor's zone when showing event time, else the event zone). */
  readonly otherZone: string;
  readonly eventZone: string;
  readonly mode: GroupMode;
  readonly dayChange: string;
  /** UI language tag (also used for the dates). */
  readonly lang: string;
  /** Feed default language, for feed texts missing in `lang`. */
  readonly defaultLang?: string;
}

/** A place name for a zone: a city of the programme in that zone (the day's first), else the IANA city. */
function placeOf(zone: string, preferred: readonly Location[], all: readonly Activity[], input: TimelineInput): string {
  const fromDay = preferred.find((l) => l.timeZone === zone);
  let loc = fromDay;
  if (!loc) {
    for (const a of all) {
      const l = activityCity(a);
      if (l && l.timeZone === zone) {
        loc = l;
        break;
      }
    }
  }
  return (loc && pickText(loc.name, input.lang, input.defaultLang)) || zonePlace(zone, input.lang);
}

/**
 * Entries of one day. Overlapping activities form a parallel stretch (see `parallelClusters`); a stretch is cut into
 * time slots by the hour its sessions start in (display zone), so a busy day reads as "10:00 · 34 sessions",
 * "11:00 · 28 sessions" … in time order, never as one block of hundreds. A slot of two or more is one entry (its
 * cards flow in a grid); a session alone in its hour is a single entry.
 */
function entriesOf(activities: readonly Activity[], date: string, input: TimelineInput): TimelineEntry[] {
  const byMissionDay = input.mode === 'mission-day';
  const entries: TimelineEntry[] = [];
  for (const cluster of parallelClusters(activities)) {
    let slot: EntryItem[] = [];
    let hour = '';
    const flush = () => {
      if (!slot.length) return;
      const first = slot[0].activity;
      entries.push({
        key: slot.map((i) => i.activity.id).join(' '),
        start: first.start,
        lanes: slot.length === 1 ? 1 : cluster.lanes.length,
        items: slot,
        time: slot.length === 1 ? '' : formatTime(first.start, input.zone, input.lang),
      });
      slot = [];
    };
    for (const { activity, lane } of cluster.items) {
      const h = cluster.items.length === 1 ? '' : wallDateTime(activity.start, input.zone).slice(0, 13);
      if (h !== hour) flush();
      hour = h;
      slot.push({ activity, lane, shift: byMissionDay ? dayShift(activity, date, input.zone) : 0 });
    }
    flush();
  }
  return entries;
}

/** The timeline's days with headings, entries and offset-change notes. @internal */
export function buildDays(input: TimelineInput): TimelineDay[] {
  const t = translator(input.lang);
  const groups = groupByDay(input.activities, {
    zone: input.zone,
    mode: input.mode,
    missionZone: input.eventZone,
    dayChange: input.dayChange,
  });
  const changes =
    input.otherZone === input.zone
      ? new Map<string, number>()
      : new Map(
          offsetChanges(
            groups.map((g) => g.date),
            input.zone,
            input.otherZone,
          ).map((c) => [c.date, c.after]),
        );
  return groups.map((g) => {
    const cities = g.locations.map((l) => pickText(l.name, input.lang, input.defaultLang));
    const heading = t.dayHeading(formatDay(g.date, input.lang), [...new Set(cities)].join(' / '));
    const gap = changes.get(g.date);
    const note =
      gap === undefined
        ? undefined
        : t.offsetChange(
            gap / 60,
            placeOf(input.otherZone, [], input.activities, input),
            placeOf(input.zone, g.locations, input.activities, input),
          );
    const zone = t.zoneName(
      placeOf(input.zone, [], input.activities, input),
      utcOffset(g.activities[0].start, input.zone),
    );
    return { date: g.date, heading, entries: entriesOf(g.activities, g.date, input), zone, ...(note ? { note } : {}) };
  });
}

/** Where the "now" marker goes: the day, and the entry it precedes (none → at the end of that day). @internal */
export interface NowPlacement {
  readonly date: string;
  readonly beforeKey?: string;
}

/**
 * The "now" marker's place while the mission runs: on today's day (in the timeline's grouping), before the first
 * entry that starts after `now`; on a day without activities, before the next activity. Undefined when not running.
 * @internal
 */
export function nowPlacement(
  days: readonly TimelineDay[],
  state: NowState,
  now: number,
  input: Pick<TimelineInput, 'zone' | 'mode' | 'eventZone' | 'dayChange' | 'activities'>,
): NowPlacement | undefined {
  if (!state.running || input.activities.length === 0) return undefined;
  const today = instantDay(now, {
    zone: input.zone,
    mode: input.mode,
    missionZone: input.eventZone,
    dayChange: input.dayChange,
  });
  const day = days.find((d) => d.date === today);
  if (day) return { date: day.date, beforeKey: day.entries.find((e) => e.start > now)?.key };
  const next = state.next;
  if (!next) return undefined;
  for (const d of days) {
    const entry = d.entries.find((e) => e.items.some((i) => i.activity === next));
    if (entry) return { date: d.date, beforeKey: entry.key };
  }
  return undefined;
}
