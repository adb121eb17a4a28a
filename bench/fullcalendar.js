/**
 * FullCalendar 7's list view, as a site could embed it instead of the library: vanilla JS with the list and classic
 * theme plugins (bundled by bench/vite.config.mjs into bench/results/build/fullcalendar.js, its CSS into
 * bench/results/build/fullcalendar.css). One custom list view covers the whole programme, in the mission's time zone
 * (FullCalendar's `timeZone` option with the IANA name, resolved by FullCalendar with temporal-polyfill). Each
 * activity is an event with its title, start and end, its sectors in `extendedProps`; FullCalendar's default rows
 * show the time range and the title (no venue, no sector badges) under a heading per day.
 */
import { Calendar } from 'fullcalendar';
import listPlugin from 'fullcalendar/list';
import classicThemePlugin from 'fullcalendar/themes/classic';
import 'fullcalendar/skeleton.css';
import 'fullcalendar/themes/classic/theme.css';
import 'fullcalendar/themes/classic/palette.css';
import { settle } from '/bench/common.js';
import { offsetIso, resolve } from './intl.js';

const text = (v) => (typeof v === 'string' ? v : v ? (v.en ?? Object.values(v)[0] ?? '') : '');
const OFFSET = /(Z|[+-]\d{2}:\d{2})$/;
/** `YYYY-MM-DD` + `days` (UTC calendar arithmetic). */
const addDays = (date, days) =>
  new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const root = document.getElementById('agenda');
/** A row of FullCalendar's list that starts an event (see `count`). */
const START_ROW = 'bench-event-start';
let calendar;
let missionZone;
let events = [];
/** An instant of the programme (its first start), at which a zone's offset is read for `count(suffix)`. */
let probe;
const suffixes = new Map();

/**
 * The feed as FullCalendar events. A wall time in the mission's zone is passed as the feed has it: FullCalendar reads
 * a time without offset in its `timeZone`, which is the mission's (the site's work is then only the mapping). A wall
 * time in another zone (an activity with a location or zone of its own) is resolved here with the bench's `Intl`
 * code and passed with its offset; times that carry an offset are passed as they are.
 */
function toEvents(feed) {
  const byId = (list) => new Map((list ?? []).map((x) => [x.id, x]));
  const locations = byId(feed.locations);
  const venues = byId(feed.venues);
  missionZone = feed.mission.timeZone;
  const at = (wall, zone) => {
    const instant = zone === missionZone || OFFSET.test(wall) ? undefined : resolve(wall, zone);
    return instant === undefined ? wall : offsetIso(instant, zone);
  };
  return feed.activities.map((a) => {
    const zone = a.timeZone ?? locations.get(a.location ?? venues.get(a.venue)?.location)?.timeZone ?? missionZone;
    return {
      id: a.id,
      title: text(a.title),
      start: at(a.start, zone),
      end: at(a.end, zone),
      extendedProps: { sectors: a.sectors ?? [] },
    };
  });
}

/**
 * The dates the list covers: from the day before the first start to two days after the last end (dates of the
 * feed's wall times), so that every activity stays inside the view in any display zone (a zone switch moves
 * activities by up to a day either way; the list shows only days that have events).
 */
function visibleRange(feed) {
  let first = '9999-12-31';
  let last = '0000-01-01';
  for (const a of feed.activities) {
    if (a.start.slice(0, 10) < first) first = a.start.slice(0, 10);
    if (a.end.slice(0, 10) > last) last = a.end.slice(0, 10);
  }
  return { start: addDays(first, -1), end: addDays(last, 2) };
}

/**
 * Gives the calendar `list` as its only event source, in one render (`batchRendering`). FullCalendar has no filter
 * option: a site filters by handing it the events to show. It reads a wall time without offset in its *current*
 * `timeZone`, so while another zone is shown the events are added under the mission's zone and the calendar is then
 * switched back, still in the same batch (a zone switch keeps the events' instants).
 */
function setEvents(list) {
  const shown = calendar.getOption('timeZone');
  calendar.batchRendering(() => {
    if (shown !== missionZone) calendar.setOption('timeZone', missionZone);
    calendar.removeAllEventSources();
    calendar.addEventSource(list);
    if (shown !== missionZone) calendar.setOption('timeZone', shown);
  });
}

/** The offset (`+02:00`) of the calendar's current zone at the programme's first start ('local': the browser's). */
function currentSuffix() {
  const zone = calendar.getOption('timeZone');
  let suffix = suffixes.get(zone);
  if (suffix === undefined) {
    const name = zone === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : zone;
    suffixes.set(zone, (suffix = offsetIso(probe, name).slice(-6)));
  }
  return suffix;
}

/**
 * Events shown: the rows that start an event. FullCalendar's list puts an event that crosses midnight (in the
 * display zone) on every day it touches, one row a day: only the first counts (`listItemEventClass` marks it), so
 * the count is of activities, as on the other pages. Filtered-out events are removed from the DOM, never hidden.
 *
 * FullCalendar prints no ISO offsets (a row reads "7:30 – 9:15am"), so `suffix` is checked against the calendar's
 * current `timeZone` instead: rows count only while that zone's offset is `suffix` (+02:00 for 'local' in Brussels,
 * -07:00 for America/Los_Angeles in October 2025). This reflects the DOM: FullCalendar renders synchronously
 * (`flushSync`) inside `setOption`, so when the option reads the new zone the rows already show its times.
 */
function count(suffix = '') {
  if (!calendar || (suffix && currentSuffix() !== suffix)) return 0;
  return root.getElementsByClassName(START_ROW).length;
}

window.bench = {
  name: 'fullcalendar',
  count,
  async render(feed) {
    calendar?.destroy();
    events = toEvents(feed);
    probe = resolve(feed.activities[0]?.start, missionZone) ?? 0;
    suffixes.clear();
    calendar = new Calendar(root, {
      plugins: [listPlugin, classicThemePlugin],
      timeZone: missionZone,
      initialView: 'programme',
      views: { programme: { type: 'list', visibleRange: visibleRange(feed) } },
      headerToolbar: false,
      height: 'auto', // the whole list in the page, no scroller of its own
      listItemEventClass: (info) => (info.isStart ? START_ROW : ''),
      events,
    });
    calendar.render();
  },
  async filter(sectorId) {
    setEvents(events.filter((e) => e.extendedProps.sectors.includes(sectorId)));
  },
  async clear() {
    setEvents(events);
  },
  async zone(z) {
    calendar.setOption('timeZone', z === 'event' || !z ? missionZone : z);
  },
  settle,
};
