/**
 * Injected before any script of a page-load scenario (Playwright `addInitScript`): records, from the start of the
 * navigation, when the first card is painted, when all `expected` cards are in the document, the long tasks, and
 * the script bytes that arrived before the first card. Works for the plain page (`#agenda li`) and for
 * `<mission-agenda>` (cards in its timeline's shadow root, counted once they have rendered their start time).
 * Results in `window.__load`.
 */
(() => {
  const load = (window.__load = { longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) load.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });

  function cards() {
    const agenda = document.querySelector('mission-agenda');
    if (!agenda) return document.querySelectorAll('#agenda li');
    const timeline = agenda.shadowRoot?.querySelector('mission-timeline');
    const all = timeline?.shadowRoot?.querySelectorAll('mission-activity-card') ?? [];
    return [...all].filter((c) => c.shadowRoot?.querySelector('time[part="start"]'));
  }

  function scripts(until) {
    let bytes = 0;
    for (const r of performance.getEntriesByType('resource')) {
      if (/\.m?js(\?|$)/.test(r.name) && r.responseEnd <= until) bytes += r.encodedBodySize;
    }
    return bytes;
  }

  const tick = () => {
    const n = cards().length;
    if (n > 0 && load.firstCard === undefined) {
      // found before this frame's paint: the first card is on screen once that paint is done
      requestAnimationFrame(() => {
        load.firstCard = performance.now();
        load.criticalJs = scripts(load.firstCard);
      });
    }
    if (load.expected !== undefined && n >= load.expected) {
      // likewise painted with this frame
      requestAnimationFrame(() => (load.allCards = performance.now()));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();
