/** Medians, the results table and the budget check of the bench. */

/** Median of numbers (mean of the two middle ones for an even count); undefined for none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** `samples[candidate][size][metric] = number[]` → the same shape with medians. */
export function medians(samples) {
  const out = {};
  for (const [candidate, bySize] of Object.entries(samples)) {
    out[candidate] = {};
    for (const [size, byMetric] of Object.entries(bySize)) {
      out[candidate][size] = {};
      for (const [metric, values] of Object.entries(byMetric)) out[candidate][size][metric] = median(values);
    }
  }
  return out;
}

export const METRICS = [
  ['render', 'render (ms)'],
  ['filter', 'filter 1 sector (ms)'],
  ['clear', 'clear filter (ms)'],
  ['zoneLocal', 'zone → local (ms)'],
  ['zoneEvent', 'zone → event (ms)'],
  ['heapMB', 'JS heap after GC (MiB)'],
  ['nodes', 'DOM nodes (+shadow)'],
  ['longTaskMax', 'longest task (ms)'],
  // page loads of the 80-activity feed (the page fetches it): desktop, then a throttled phone
  ['loadFirstCard', 'load → first card (ms)'],
  ['loadAllCards', 'load → all cards (ms)'],
  ['loadLongTaskMax', 'load longest task (ms)'],
  ['loadCriticalJs', 'JS before 1st card (B)'],
  ['phoneFirstCard', 'phone → first card (ms)'],
  ['phoneAllCards', 'phone → all cards (ms)'],
  ['phoneLongTaskMax', 'phone longest task (ms)'],
  ['phoneTapReady', 'phone → tap ready (ms)'],
];

const fmt = (v) => (v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

/**
 * A plain-text table: one block per size, one column per candidate, with the ratio to the plain page (to the
 * full-featured vanilla page when the plain one was not measured).
 */
export function table(med, candidates, sizes) {
  const lines = [];
  const w = 24;
  const baseline = candidates.includes('plain') ? 'plain' : 'vanilla';
  lines.push(`ratios: to the ${baseline} page`);
  for (const size of sizes) {
    lines.push('', `N = ${size}`.padEnd(w) + candidates.map((c) => c.padStart(18)).join(''));
    for (const [metric, label] of METRICS) {
      const base = med[baseline]?.[size]?.[metric];
      const cells = candidates.map((c) => {
        const v = med[c]?.[size]?.[metric];
        const ratio = c !== baseline && base && v !== undefined ? ` ${(v / base).toFixed(2)}×` : '';
        return `${fmt(v)}${ratio}`.padStart(18);
      });
      if (cells.some((s) => s.trim() !== '—')) lines.push(label.padEnd(w) + cells.join(''));
    }
  }
  return lines.join('\n');
}

/**
 * Checks the medians against `budgets` (see budgets.json). Returns `{ failures, passes }`, each a list of sentences.
 * A rule whose figures were not measured is a failure: a budget cannot be claimed on numbers that do not exist.
 */
export function checkBudgets(budgets, med, sizes, bundle) {
  const failures = [];
  const passes = [];
  const who = budgets.candidate;
  const say = (ok, text) => (ok ? passes : failures).push(text);
  if (bundle?.gzip === undefined) failures.push('bundle gzip: not measured (no dist/mission-agenda.js)');
  else {
    // Everything the embed can load counts: the entry and its on-demand chunks (all dependencies, all languages).
    const total = bundle.gzip + (bundle.onDemand?.gzip ?? 0);
    say(
      total <= budgets.totalGzipMaxBytes,
      `everything gzip ${total} B: entry ${bundle.gzip} B + on-demand chunks ${bundle.onDemand?.gzip ?? 0} B (max ${budgets.totalGzipMaxBytes} B)`,
    );
  }
  // The critical path: the script a mission page has fetched (gzip, as transferred) when its first card is painted.
  const critical = med[who]?.['80']?.loadCriticalJs;
  if (critical === undefined) failures.push('critical path: not measured (the page-load scenario did not run)');
  else
    say(
      critical <= budgets.criticalGzipMaxBytes,
      `critical path: ${Math.round(critical)} B of script before the first card (max ${budgets.criticalGzipMaxBytes} B)`,
    );
  for (const rule of budgets.rules) {
    for (const size of rule.sizes === 'all' ? sizes : rule.sizes) {
      const value = med[who]?.[size]?.[rule.metric];
      const label = `${rule.metric} at ${size} (${rule.why})`;
      if (value === undefined) {
        failures.push(`${label}: not measured for ${who}`);
        continue;
      }
      if (rule.max !== undefined) {
        say(value <= rule.max, `${label}: ${fmt(value)} (max ${rule.max})`);
        continue;
      }
      const [baseCandidate, baseMetric] = rule.baseline.split('.');
      const base = med[baseCandidate]?.[size]?.[baseMetric];
      if (!base) {
        failures.push(`${label}: baseline ${rule.baseline} not measured`);
        continue;
      }
      const ratio = value / base;
      say(ratio <= rule.maxRatio, `${label}: ${ratio.toFixed(2)}× ${rule.baseline} (max ${rule.maxRatio}×)`);
    }
  }
  return { failures, passes };
}
