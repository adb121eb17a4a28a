/**
 * The timetable grid's view model: for each day of the timeline (the same days, headings and offset notes), a time
 * axis in real elapsed time from the day's first hour line, the hour lines labelled on the display zone's clocks
 * (a 25-hour day shows 02:00 twice, a 23-hour day skips it), and one column per venue, sector or city holding blocks
 * placed by minutes from the axis start. No DOM, no Lit.
 * @internal
 */
import { activityCity } from '../feed/activities.js';
import { pickText } from '../feed/text.js';
import type { Activity } from '../feed/types.js';
import { parallelClusters } from '../agenda/lanes.js';
import { translator } from '../i18n/terms.js';
import { formatTime, formatZoneName, toOffsetIso } from '../time/format.js';
import { offsetMinutes } from '../time/zones.js';
import { buildDays, type TimelineInput } from './timeline-view.js';

/** What the columns are. @internal */
export type GridColumnsBy = 'venue' | 'sector' | 'city';
/** `auto`: venues when they hold several activities each (a conference), else sectors, else cities. @internal */
export type GridColumnsChoice = GridColumnsBy | 'auto';

/** Inputs of `buildGrid`: the timeline's, and what the columns are. @internal */
export interface GridInput extends TimelineInput {
  readonly columns: GridColumnsChoice;
  /** Column ids in the programme's order (its venues, sectors or locations); others follow by first appearance. */
  readonly order?: readonly string[];
}

/** One activity placed in its column. Minutes count real elapsed time from the day's first hour line. @internal */
export interface GridBlock {
  readonly activity: Activity;
  /** Whole days between the day heading and the start date (non-zero only by mission day). */
  readonly shift: number;
  readonly top: number;
  /** Minutes shown: cut at the day's last hour line for an activity that goes on past it. */
  readonly length: number;
  /** Lane inside the column's run of overlapping activities, and the number of lanes of that run. */
  readonly lane: number;
  readonly lanes: number;
  /** The activity goes on after the day's last hour line. */
  readonly continues: boolean;
}

/** A column: a venue, a sector or a city; `key` '' gathers activities without one. @internal */
export interface GridColumn {
  readonly key: string;
  readonly name: string;
  /** The sector's colour (sector columns). */
  readonly color?: string;
  /** Chronological. */
  readonly blocks: readonly GridBlock[];
}

/** An hour line of the time axis. @internal */
export interface GridLine {
  /** Minutes from the axis start. */
  readonly offset: number;
  /** The display zone's clock time, in the locale's format. */
  readonly label: string;
  /** The instant in the display zone with its offset. */
  readonly datetime: string;
  /** The zone's offset differs from the previous line's (a DST change happened in between). */
  readonly zoneChange: boolean;
  /** On a line after a change, the zone's name from then on (`GMT+1`, `PST`). */
  readonly zoneName?: string;
}

/** One day of the grid. @internal */
export interface GridDay {
  readonly date: string;
  readonly heading: string;
  readonly note?: string;
  /** Epoch ms of the first hour line. */
  readonly start: number;
  /** Length of the axis in minutes (whole hours). */
  readonly minutes: number;
  readonly lines: readonly GridLine[];
  readonly columns: readonly GridColumn[];
}

/** The grid. @internal */
export interface Grid {
  readonly by: GridColumnsBy;
  readonly days: readonly GridDay[];
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** The least height of a block, in minutes at the default scale (3.25rem of a 9rem hour). */
const SHORTEST = 22 * MINUTE;
/** An activity longer than this (a fair over days) does not stretch its day's axis; it is cut at the axis end. */
const LONG = 16 * HOUR;

interface Named {
  readonly id: string;
  readonly name: Activity['title'];
  readonly color?: string;
}

function columnOf(a: Activity, by: GridColumnsBy): Named | undefined {
  if (by === 'venue') return a.venue;
  if (by === 'sector') return a.sectors[0];
  return activityCity(a);
}

/** What `auto` columns are for these activities (decided once for all days, so columns keep their meaning). */
export function columnsFor(activities: readonly Activity[], choice: GridColumnsChoice): GridColumnsBy {
  if (choice !== 'auto') return choice;
  const venues = new Set(activities.flatMap((a) => (a.venue ? [a.venue.id] : [])));
  if (venues.size > 0 && activities.length >= 3 * venues.size) return 'venue';
  if (activities.some((a) => a.sectors.length > 0)) return 'sector';
  return venues.size > 0 ? 'venue' : 'city';
}

/** The instant of the display zone's last full hour at or before `instant` (a 05:30 zone's hours are at :30 UTC). */
export function hourFloor(instant: number, zone: string): number {
  const floor = (t: number) => {
    const local = t + offsetMinutes(t, zone) * MINUTE;
    return t - (((local % HOUR) + HOUR) % HOUR);
  };
  // once more from the result: a half-hour clock change (Lord Howe) between the hour and `instant` moves the hour
  return floor(floor(instant));
}

/** The day's axis: from the hour line before its first start to the hour line after its last (ordinary) end. */
function axisOf(activities: readonly Activity[], zone: string): { start: number; minutes: number } {
  const start = hourFloor(Math.min(...activities.map((a) => a.start)), zone);
  const ordinary = activities.filter((a) => a.end - a.start <= LONG).map((a) => a.end);
  let last = ordinary.length
    ? Math.max(...ordinary)
    : Math.min(Math.max(...activities.map((a) => a.end)), start + 24 * HOUR);
  // every block has room below its start, even a long one cut at the end
  last = Math.max(last, ...activities.map((a) => Math.min(a.end, a.start + HOUR)));
  return { start, minutes: Math.ceil((last - start) / HOUR) * 60 };
}

function linesOf(start: number, minutes: number, zone: string, lang: string): GridLine[] {
  const lines: GridLine[] = [];
  let previous = offsetMinutes(start, zone);
  for (let offset = 0; offset <= minutes; offset += 60) {
    const instant = start + offset * MINUTE;
    const now = offsetMinutes(instant, zone);
    lines.push({
      offset,
      label: formatTime(instant, zone, lang),
      datetime: toOffsetIso(instant, zone),
      zoneChange: now !== previous,
      ...(now !== previous ? { zoneName: formatZoneName(instant, zone, lang) } : {}),
    });
    previous = now;
  }
  return lines;
}

/** The columns of one day, in the programme's order, the column of activities without one last. */
function columnsOf(
  items: readonly { activity: Activity; shift: number }[],
  axis: { start: number; minutes: number },
  by: GridColumnsBy,
  input: GridInput,
): GridColumn[] {
  const groups = new Map<string, { named?: Named; items: { activity: Activity; shift: number }[] }>();
  for (const item of items) {
    const named = columnOf(item.activity, by);
    const key = named?.id ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { named, items: [] }));
    group.items.push(item);
  }
  const rank = new Map((input.order ?? []).map((id, i) => [id, i]));
  const seen = [...groups.keys()];
  const place = (key: string) => (key === '' ? Infinity : (rank.get(key) ?? rank.size + seen.indexOf(key)));
  const sorted = [...groups].sort(([a], [b]) => place(a) - place(b));
  const axisEnd = axis.start + axis.minutes * MINUTE;
  const t = translator(input.lang);
  return sorted.map(([key, group]) => {
    const shifts = new Map(group.items.map((i) => [i.activity, i.shift]));
    // lanes are given as if every activity lasted at least SHORTEST: blocks drawn at their least height that would
    // cover the next one's start sit beside it instead (a run of 5-minute talks stays readable)
    const padded = new Map(
      group.items.map(({ activity: a }) => [{ ...a, end: Math.max(a.end, a.start + SHORTEST) }, a] as const),
    );
    const blocks = parallelClusters([...padded.keys()]).flatMap((cluster) =>
      cluster.items.map(({ activity: shown, lane }) => {
        const activity = padded.get(shown) ?? shown;
        const end = Math.min(activity.end, axisEnd);
        return {
          activity,
          shift: shifts.get(activity) ?? 0,
          top: (activity.start - axis.start) / MINUTE,
          length: (end - activity.start) / MINUTE,
          lane,
          lanes: cluster.lanes.length,
          continues: activity.end > axisEnd,
        };
      }),
    );
    const named = group.named;
    return {
      key,
      name: named ? pickText(named.name, input.lang, input.defaultLang) : t.gridOther,
      ...(named?.color ? { color: named.color } : {}),
      blocks,
    };
  });
}

/** The grid of the activities: the timeline's days, each with its axis, hour lines and columns. @internal */
export function buildGrid(input: GridInput): Grid {
  const by = columnsFor(input.activities, input.columns);
  const days = buildDays(input).map((day): GridDay => {
    const items = day.entries.flatMap((e) => e.items);
    const axis = axisOf(
      items.map((i) => i.activity),
      input.zone,
    );
    return {
      date: day.date,
      heading: day.heading,
      ...(day.note ? { note: day.note } : {}),
      start: axis.start,
      minutes: axis.minutes,
      lines: linesOf(axis.start, axis.minutes, input.zone, input.lang),
      columns: columnsOf(items, axis, by, input),
    };
  });
  return { by, days };
}
