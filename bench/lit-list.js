/**
 * A minimal Lit list: what a site could write with Lit (the library's own base) instead of embedding the library.
 * One small LitElement, `<lit-list>`, renders what the plain page renders (per activity the time range, title, venue
 * and sector badges, one `<li>`, under day headings) with `html` templates, in light DOM so the page's styles apply.
 * Wall times are resolved with the same `Intl` code as the plain page (./intl.js). Bundled with Lit by
 * bench/vite.config.mjs into bench/results/build/lit-list.js.
 *
 * Lists use `map`, not `repeat`: the order never changes in place (a filter only toggles `hidden`, a zone switch
 * re-groups the days), so keys would buy no DOM moves, only their bookkeeping; Lit reuses the template instances by
 * position and updates the parts whose values changed.
 */
import { LitElement, html, nothing } from 'lit';
import { settle } from '/bench/common.js';
import { dtf, offsetIso, resolve, wallDateTime } from './intl.js';

const text = (v) => (typeof v === 'string' ? v : v ? (v.en ?? Object.values(v)[0] ?? '') : '');

/** The feed as a programme: instants resolved in each activity's zone, sorted by start and end (as plain.js). */
function parse(feed) {
  const byId = (list) => new Map((list ?? []).map((x) => [x.id, x]));
  const locations = byId(feed.locations);
  const venues = byId(feed.venues);
  const sectors = byId(feed.sectors);
  const missionZone = feed.mission.timeZone;
  const activities = [];
  for (const a of feed.activities) {
    const venue = venues.get(a.venue);
    const where = a.timeZone ?? locations.get(a.location ?? venue?.location)?.timeZone ?? missionZone;
    const start = resolve(a.start, where);
    const end = resolve(a.end, where);
    if (start === undefined || end === undefined || end <= start) continue;
    const badges = (a.sectors ?? []).map((id) => sectors.get(id)).filter(Boolean);
    activities.push({
      id: a.id,
      title: text(a.title),
      start,
      end,
      venue: venue && text(venue.name),
      sectorIds: badges.map((s) => s.id),
      badges: badges.map((s) => text(s.name)),
    });
  }
  activities.sort((x, y) => x.start - y.start || x.end - y.end);
  return { missionZone, activities };
}

/** The days of the programme in `zone`: heading and, per activity, its times written in that zone. */
function days(activities, zone) {
  const time = dtf(`t|${zone}`, { locale: 'en', timeZone: zone, hour: 'numeric', minute: '2-digit' });
  const heading = dtf('d', { locale: 'en', timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  const out = [];
  let day;
  for (const a of activities) {
    const date = wallDateTime(a.start, zone).slice(0, 10);
    if (date !== day?.date)
      out.push((day = { date, heading: heading.format(Date.parse(`${date}T12:00:00Z`)), items: [] }));
    day.items.push({ a, datetime: offsetIso(a.start, zone), range: `${time.format(a.start)}–${time.format(a.end)}` });
  }
  return out;
}

// No white space between the tags, as on the plain page: the same nodes a card, plus Lit's comment markers (Prettier
// would put the block elements on lines of their own, one more text node each).
const badge = (name) => html`<span class="badge">${name}</span>`;
const venue = (name) => (name ? html`<p>${name}</p>` : nothing);
// prettier-ignore
const card = ({ a, datetime, range }, hidden) =>
  html`<li ?hidden=${hidden}><time datetime=${datetime}>${range}</time><h3>${a.title}</h3>${venue(a.venue)}${a.badges.map(badge)}</li>`;
// prettier-ignore
const dayBlock = (d, cards) => html`<h2>${d.heading}</h2><ol>${cards}</ol>`;

class LitList extends LitElement {
  static properties = {
    activities: { attribute: false },
    zone: {},
    sector: {},
  };

  constructor() {
    super();
    this.activities = [];
    this.zone = 'UTC';
    this.sector = undefined;
    this.days = [];
  }

  /** Light DOM: the page's heading, list and badge styles apply, and `count()` finds the rows in the document. */
  createRenderRoot() {
    return this;
  }

  /** The days are worked out again only when the programme or the zone changes, not for a filter. */
  willUpdate(changed) {
    if (changed.has('activities') || changed.has('zone')) this.days = days(this.activities, this.zone);
  }

  render() {
    const { sector } = this;
    const hide = (a) => sector !== undefined && !a.sectorIds.includes(sector);
    return this.days.map((d) =>
      dayBlock(
        d,
        d.items.map((item) => card(item, hide(item.a))),
      ),
    );
  }
}
customElements.define('lit-list', LitList);

const list = document.getElementById('agenda');
let missionZone;
/** The `<li>`s of the list (a live collection). */
const rows = list.getElementsByTagName('li');

/** Cards shown whose start `datetime` ends with `suffix` ('' = any), as on the plain page. */
function count(suffix = '') {
  let n = 0;
  for (const li of rows) if (!li.hidden && li.firstElementChild.getAttribute('datetime').endsWith(suffix)) n++;
  return n;
}

window.bench = {
  name: 'lit-list',
  count,
  // Each step awaits `updateComplete`, as the library's page does: the update runs in a microtask.
  async render(feed) {
    const programme = parse(feed);
    missionZone = programme.missionZone;
    list.activities = programme.activities;
    list.zone = missionZone;
    list.sector = undefined;
    await list.updateComplete;
  },
  async filter(sectorId) {
    list.sector = sectorId;
    await list.updateComplete;
  },
  async clear() {
    list.sector = undefined;
    await list.updateComplete;
  },
  async zone(z) {
    list.zone =
      z === 'event' || !z ? missionZone : z === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : z;
    await list.updateComplete;
  },
  settle,
};
