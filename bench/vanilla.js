/**
 * The baseline: the same programme rendered by hand with template strings and Intl, no framework, no shadow DOM.
 * It does the work the library cannot skip: resolve wall times in their zone with Intl (gap/overlap aware, the
 * library's method), group by date in the display zone, format times, escape every feed text.
 * `?cv=1` adds `content-visibility: auto` to the cards.
 */
import { settle } from './common.js';
import { dtf, offsetIso, resolve, wallDateTime } from './intl.js';

const LANG = 'en';

const text = (v) => (typeof v === 'string' ? v : v ? (v[LANG] ?? Object.values(v)[0] ?? '') : '');
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);
const TYPES = {
  b2b: 'B2B meetings',
  seminar: 'Seminar',
  visit: 'Visit',
  networking: 'Networking',
  official: 'Official',
  reception: 'Reception',
  other: 'Other',
};

/** The feed as a programme: references resolved, instants computed, sorted by start, end, id. */
function parse(feed) {
  const byId = (list) => new Map((list ?? []).map((x) => [x.id, x]));
  const locations = byId(feed.locations);
  const venues = byId(feed.venues);
  const sectors = byId(feed.sectors);
  const missionZone = feed.mission.timeZone;
  const activities = [];
  for (const a of feed.activities) {
    const location = locations.get(a.location) ?? locations.get(venues.get(a.venue)?.location);
    const zone = a.timeZone ?? location?.timeZone ?? missionZone;
    const start = resolve(a.start, zone);
    const end = resolve(a.end, zone);
    if (start === undefined || end === undefined || end <= start) continue;
    const venue = venues.get(a.venue);
    const activitySectors = (a.sectors ?? []).map((id) => sectors.get(id)).filter(Boolean);
    activities.push({
      id: a.id,
      title: text(a.title),
      type: a.type,
      start,
      end,
      location,
      venue,
      sectors: activitySectors,
      description: text(a.description),
      status: a.status ?? 'confirmed',
    });
  }
  activities.sort((x, y) => x.start - y.start || x.end - y.end || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  return { missionZone, activities };
}

function card(a, zone, time) {
  const where = [a.venue && text(a.venue.name), a.location && text(a.location.name)].filter(Boolean).join(', ');
  const badges = a.sectors
    .map((s) => `<li class="badge" style="--c:${esc(s.color ?? '#555')}">${esc(text(s.name))}</li>`)
    .join('');
  return `<article class="card ${a.status}" data-activity-id="${esc(a.id)}">
<p class="when"><time part="start" datetime="${offsetIso(a.start, zone)}">${time.format(a.start)}</time> – <time part="end" datetime="${offsetIso(a.end, zone)}">${time.format(a.end)}</time></p>
<h3>${esc(a.title)}</h3><p class="meta"><span class="type">${TYPES[a.type] ?? 'Other'}</span>${where ? ` · <span class="venue">${esc(where)}</span>` : ''}</p>
${badges ? `<ul class="sectors">${badges}</ul>` : ''}${a.description ? `<details><summary>Details</summary><p>${esc(a.description)}</p></details>` : ''}
</article>`;
}

const root = document.getElementById('agenda');
if (new URLSearchParams(location.search).has('cv')) root.classList.add('cv');
let programme;
let zone;
let sector;
let cards = [];

function draw() {
  const days = new Map();
  for (const a of programme.activities) {
    const key = wallDateTime(a.start, zone).slice(0, 10);
    let list = days.get(key);
    if (!list) days.set(key, (list = []));
    list.push(a);
  }
  const heading = dtf('d', { locale: LANG, timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  const time = dtf(`t|${zone}`, { locale: LANG, timeZone: zone, hour: 'numeric', minute: '2-digit' });
  let html = '';
  for (const [key, list] of days) {
    html += `<section part="day" data-date="${key}"><h2>${heading.format(Date.parse(`${key}T12:00:00Z`))}</h2>`;
    for (const a of list) html += card(a, zone, time);
    html += '</section>';
  }
  root.innerHTML = html;
  const byId = new Map(programme.activities.map((a) => [a.id, a]));
  cards = [...root.querySelectorAll('article.card')].map((el) => ({ el, a: byId.get(el.dataset.activityId) }));
  applyFilter();
}

function applyFilter() {
  for (const { el, a } of cards) el.hidden = sector !== undefined && !a.sectors.some((s) => s.id === sector);
  for (const day of root.children) day.hidden = !day.querySelector('article.card:not([hidden])');
}

/** Cards shown (not hidden) whose start `datetime` ends with `suffix` (e.g. `+02:00`; '' = any). */
function count(suffix = '') {
  let n = 0;
  for (const { el } of cards) {
    if (!el.hidden && el.firstElementChild.firstElementChild.getAttribute('datetime').endsWith(suffix)) n++;
  }
  return n;
}

const zoneName = (z) =>
  z === 'event' || !z ? programme.missionZone : z === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : z;

window.bench = {
  name: root.classList.contains('cv') ? 'vanilla-cv' : 'vanilla',
  count,
  /** Renders `feed` in the event zone; resolves when the DOM is updated. */
  async render(feed) {
    programme = parse(feed);
    zone = programme.missionZone;
    sector = undefined;
    draw();
  },
  async filter(sectorId) {
    sector = sectorId;
    applyFilter();
  },
  async clear() {
    sector = undefined;
    applyFilter();
  },
  /** `event`, `local` or an IANA name. */
  async zone(z) {
    zone = zoneName(z);
    draw();
  },
  settle,
};
