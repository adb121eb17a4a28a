/**
 * Page-side helpers shared by vanilla.html and library.html, so both candidates are timed the same way.
 * `window.bench` (defined by each page) does the work; `window.measure` here times it.
 */

/** Long tasks since page load, kept for `measure()` to read (Chromium's 50 ms threshold). */
const longTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// A screen gives a page its frames on the display's beat. Headless Chromium gives a page whose compositor has gone
// idle its next frame at once, and one that has just run an animation (a chip's 150 ms colour transition) its frames
// on the beat: a 3 ms filter then measured 5-8 ms on one page and 17 ms on another. Asking for every frame keeps
// every page on the beat, as on a screen.
const beat = () => requestAnimationFrame(beat);
beat();

/**
 * Resolves once `count()` returns `expected` (checked now, then once per frame), then waits one more frame and
 * forces a layout, so the cards are not only in the DOM but laid out. Rejects after `timeoutMs`.
 */
export async function settle(count, expected, timeoutMs = 60_000) {
  const t0 = performance.now();
  let n = count();
  while (n !== expected) {
    if (performance.now() - t0 > timeoutMs) throw new Error(`timed out with ${n} of ${expected} cards`);
    await frame();
    n = count();
  }
  await frame();
  void document.body.offsetHeight;
}

/** Every node (elements, text, comments) in the document, shadow roots included. */
export function countNodes() {
  let nodes = 0;
  let elements = 0;
  let shadowRoots = 0;
  const walk = (root) => {
    const it = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    for (let n = it.nextNode(); n; n = it.nextNode()) {
      nodes++;
      if (n.nodeType === 1) {
        elements++;
        if (n.shadowRoot) {
          shadowRoots++;
          walk(n.shadowRoot);
        }
      }
    }
  };
  walk(document.documentElement);
  return { nodes: nodes + 1, elements: elements + 1, shadowRoots };
}

/**
 * Times `op()` (which starts a DOM change) until `count()` reaches `expected` cards and they are laid out.
 * Returns `{ ms, longTasks }`: the elapsed time and the long tasks that started during it.
 */
export async function timeIt(op, count, expected) {
  const t0 = performance.now();
  await op();
  await settle(count, expected);
  const t1 = performance.now();
  // long-task entries are delivered asynchronously: give the observer a moment before reading them
  await new Promise((resolve) => setTimeout(resolve, 50));
  const during = longTasks.filter((t) => t.start >= t0 - 1 && t.start <= t1).map((t) => Math.round(t.duration));
  return { ms: t1 - t0, longTasks: during };
}

/** Loads a generated feed from the bench server (outside any timing). */
export async function loadFeed(name) {
  const res = await fetch(`/__bench/feeds/${name}.json`);
  if (!res.ok) throw new Error(`feed ${name}: HTTP ${res.status}`);
  return res.json();
}

/** Ids of the activities of `feed` in `sectorId`, for the expected card count after filtering. */
export function countInSector(feed, sectorId) {
  return feed.activities.filter((a) => Array.isArray(a.sectors) && a.sectors.includes(sectorId)).length;
}

const idle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  window.gc?.();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
};

/** Programmes up to this size are filtered and cleared `REPEATS_SMALL` times per page (see `runScenario`). */
const SMALL = 200;
const REPEATS_SMALL = 5;

/**
 * Runs one measurement in this (fresh) page with `window.bench` and returns its figures.
 * - `render`: render the feed (timed). The caller reads the heap, then counts the DOM nodes (`countNodes`).
 * - `filter`: render, then filter to `sector` (timed). `clear`: render, filter, then clear (timed). Up to 200
 *   activities, each is repeated five times in the page and gives five samples (arrays).
 * - `zone`: render, switch to `zoneTarget` (timed, until every start `datetime` ends with `zoneSuffix`), then
 *   back to `event` (timed, until they end with `eventSuffix`).
 * Untimed steps are followed by a pause and a GC, so their tail does not leak into the timed step.
 */
export async function runScenario(scenario, feedName, { sector, zoneTarget, zoneSuffix, eventSuffix }) {
  const feed = await loadFeed(feedName);
  window.__feed = feed; // both candidates keep the feed alive, so heap figures compare like with like
  const bench = window.bench;
  const total = feed.activities.length;
  const inSector = countInSector(feed, sector);
  const out = { scenario };
  await idle();
  const render = await timeIt(
    () => bench.render(feed),
    () => bench.count(),
    total,
  );
  if (scenario === 'render') {
    // the nodes are counted after the heap is read (run.mjs): the walk creates a JS wrapper for every node it visits
    Object.assign(out, { render: render.ms, longTasks: render.longTasks });
    return out;
  }
  await idle();
  // A filter on a small programme takes less than a frame, so one sample mostly measures where the next frame
  // falls: small programmes are filtered and cleared several times in the page (each a sample), large ones once.
  const repeats = total <= SMALL ? REPEATS_SMALL : 1;
  if (scenario === 'filter') {
    out.filter = [];
    for (let i = 0; i < repeats; i++) {
      if (i > 0) {
        await bench.clear();
        await settle(() => bench.count(), total);
        await idle();
      }
      out.filter.push(
        (
          await timeIt(
            () => bench.filter(sector),
            () => bench.count(),
            inSector,
          )
        ).ms,
      );
    }
  } else if (scenario === 'clear') {
    out.clear = [];
    for (let i = 0; i < repeats; i++) {
      await bench.filter(sector);
      await settle(() => bench.count(), inSector);
      await idle();
      out.clear.push(
        (
          await timeIt(
            () => bench.clear(),
            () => bench.count(),
            total,
          )
        ).ms,
      );
      await idle();
    }
  } else if (scenario === 'zone') {
    out.zoneLocal = (
      await timeIt(
        () => bench.zone(zoneTarget),
        () => bench.count(zoneSuffix),
        total,
      )
    ).ms;
    await idle();
    out.zoneEvent = (
      await timeIt(
        () => bench.zone('event'),
        () => bench.count(eventSuffix),
        total,
      )
    ).ms;
  }
  out.counts = { total, inSector };
  return out;
}
window.runScenario = runScenario;
window.countNodes = countNodes;
