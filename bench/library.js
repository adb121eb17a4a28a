/**
 * `window.bench` for the library: drives `<mission-agenda>` through its public API only (the `feed` property,
 * the `sectors` / `time-zone` attributes and `updateComplete`) and counts the rendered `<mission-activity-card>` elements.
 */
import { settle } from './common.js';

await customElements.whenDefined('mission-agenda');
const agenda = document.getElementById('agenda');
// `library.html?view=grid`: the same agenda showing the timetable grid
const view = new URLSearchParams(location.search).get('view');
if (view) agenda.setAttribute('view', view);
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

/** The rendered cards: agenda → timeline (or grid) → cards (the documented structure), else a deep search. */
function cards() {
  if (view === 'grid') {
    const grid = agenda.shadowRoot?.querySelector('mission-grid');
    if (!grid && agenda.shadowRoot?.querySelector('mission-timeline')) throw new Error('the agenda shows no grid');
    return grid?.shadowRoot?.querySelectorAll('mission-activity-card') ?? [];
  }
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
  name: view === 'grid' ? 'library-grid' : 'library',
  count,
  // Each step awaits `updateComplete` (it covers the timeline): a Lit update runs in microtasks, and without the
  // await the count would only be checked a frame later. The time until the cards are laid out is measured as before.
  async render(feed) {
    agenda.feed = feed;
    await agenda.updateComplete;
    // the grid is a chunk loaded when first shown
    if (agenda.shadowRoot?.querySelector('mission-grid:not(:defined)'))
      await customElements.whenDefined('mission-grid');
  },
  async filter(sectorId) {
    agenda.setAttribute('sectors', sectorId);
    await agenda.updateComplete;
  },
  async clear() {
    agenda.removeAttribute('sectors');
    await agenda.updateComplete;
  },
  async zone(z) {
    agenda.setAttribute('time-zone', z);
    await agenda.updateComplete;
  },
  settle,
};
