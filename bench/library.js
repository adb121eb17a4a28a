/**
 * `window.bench` for the library: drives `<mission-agenda>` through its public API only (the `feed` property and
 * the `sectors` / `time-zone` attributes) and counts the rendered `<mission-activity-card>` elements.
 */
import { settle } from './common.js';

await customElements.whenDefined('mission-agenda');
const agenda = document.getElementById('agenda');
let failure;
agenda.addEventListener('mission-error', (e) => (failure = e.detail));

/** Every `<mission-activity-card>` under `root`, through shadow roots (fallback when the layout is not the usual). */
function deepCards(root, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'mission-activity-card') out.push(el);
    else if (el.shadowRoot) deepCards(el.shadowRoot, out);
  }
  return out;
}

/** The rendered cards: agenda → timeline → cards (the documented structure), else a deep search. */
function cards() {
  const timeline = agenda.shadowRoot?.querySelector('mission-timeline');
  const list = timeline?.shadowRoot?.querySelectorAll('mission-activity-card');
  return list?.length ? list : deepCards(agenda.shadowRoot ?? agenda);
}

/** Shown cards (not `hidden`, not inside a `hidden` day) whose start `datetime` ends with `suffix`, once rendered. */
function count(suffix = '') {
  if (failure) throw new Error(`mission-error: ${failure.message}`);
  let n = 0;
  for (const card of cards()) {
    if (card.hidden || card.closest('[hidden]')) continue;
    const start = card.shadowRoot?.querySelector('time[part="start"]');
    if (start && (start.getAttribute('datetime') ?? '').endsWith(suffix)) n++;
  }
  return n;
}

window.bench = {
  name: 'library',
  count,
  async render(feed) {
    agenda.feed = feed;
  },
  async filter(sectorId) {
    agenda.setAttribute('sectors', sectorId);
  },
  async clear() {
    agenda.removeAttribute('sectors');
  },
  async zone(z) {
    agenda.setAttribute('time-zone', z);
  },
  settle,
};
