/**
 * The plain baseline: what a site could write by hand instead of embedding the library. Per activity: the time
 * range, the title, the venue and the sector badges (about 7 nodes a card), grouped under day headings, feed text
 * escaped, wall times resolved in their zone with `Intl` (./intl.js, the same work the full-featured baseline does).
 * No types, status, descriptions, contacts, languages or validation.
 *
 * `plain.html?src=/__bench/feeds/80.json` fetches and renders that feed at once (the page-load scenarios);
 * without it the page waits for `window.bench.render(feed)`.
 */
import { settle } from './common.js';
import { dtf, offsetIso, resolve, wallDateTime } from './intl.js';

const text = (v) => (typeof v === 'string' ? v : v ? (v.en ?? Object.values(v)[0] ?? '') : '');
const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ESC[c]);

const root = document.getElementById('agenda');
let activities = [];
let missionZone;
let zone;
let sector;
let cards = [];

function parse(feed) {
  const byId = (list) => new Map((list ?? []).map((x) => [x.id, x]));
  const locations = byId(feed.locations);
  const venues = byId(feed.venues);
  const sectors = byId(feed.sectors);
  missionZone = feed.mission.timeZone;
  activities = [];
  for (const a of feed.activities) {
    const venue = venues.get(a.venue);
    const where = a.timeZone ?? locations.get(a.location ?? venue?.location)?.timeZone ?? missionZone;
    const start = resolve(a.start, where);
    const end = resolve(a.end, where);
    if (start === undefined || end === undefined || end <= start) continue;
    const badges = (a.sectors ?? []).map((id) => sectors.get(id)).filter(Boolean);
    activities.push({ id: a.id, title: text(a.title), start, end, venue: venue && text(venue.name), badges });
  }
  activities.sort((x, y) => x.start - y.start || x.end - y.end);
}

function draw() {
  const time = dtf(`t|${zone}`, { locale: 'en', timeZone: zone, hour: 'numeric', minute: '2-digit' });
  const heading = dtf('d', { locale: 'en', timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  let html = '';
  let day;
  for (const a of activities) {
    const date = wallDateTime(a.start, zone).slice(0, 10);
    if (date !== day) {
      html += `${day ? '</ol>' : ''}<h2>${heading.format(Date.parse(`${date}T12:00:00Z`))}</h2><ol>`;
      day = date;
    }
    const badges = a.badges.map((s) => `<span class="badge">${esc(text(s.name))}</span>`).join('');
    html += `<li data-s="${a.badges.map((s) => esc(s.id)).join(' ')}"><time datetime="${offsetIso(a.start, zone)}">${time.format(a.start)}–${time.format(a.end)}</time><h3>${esc(a.title)}</h3>${a.venue ? `<p>${esc(a.venue)}</p>` : ''}${badges}</li>`;
  }
  root.innerHTML = `${html}${day ? '</ol>' : ''}`;
  cards = [...root.querySelectorAll('li')];
  applyFilter();
}

function applyFilter() {
  for (const li of cards) li.hidden = sector !== undefined && !li.dataset.s.split(' ').includes(sector);
}

/** Cards shown whose start `datetime` ends with `suffix` ('' = any). */
function count(suffix = '') {
  let n = 0;
  for (const li of cards) if (!li.hidden && li.firstElementChild.getAttribute('datetime').endsWith(suffix)) n++;
  return n;
}

window.bench = {
  name: 'plain',
  count,
  async render(feed) {
    parse(feed);
    zone = missionZone;
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
  async zone(z) {
    zone = z === 'event' || !z ? missionZone : z === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : z;
    draw();
  },
  settle,
};

const src = new URLSearchParams(location.search).get('src');
if (src) await window.bench.render(await (await fetch(src)).json());
