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
];

const fmt = (v) => (v === undefined ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));

/** A plain-text table: one block per size, one column per candidate, with the ratio to vanilla. */
export function table(med, candidates, sizes) {
  const lines = [];
  const w = 24;
  for (const size of sizes) {
    lines.push('', `N = ${size}`.padEnd(w) + candidates.map((c) => c.padStart(18)).join(''));
    for (const [metric, label] of METRICS) {
      const base = med.vanilla?.[size]?.[metric];
      const cells = candidates.map((c) => {
        const v = med[c]?.[size]?.[metric];
        const ratio = c !== 'vanilla' && base && v !== undefined ? ` ${(v / base).toFixed(2)}×` : '';
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
      total <= budgets.bundleGzipMaxBytes,
      `bundle gzip ${total} B: entry ${bundle.gzip} B + on-demand chunks ${bundle.onDemand?.gzip ?? 0} B (max ${budgets.bundleGzipMaxBytes} B)`,
    );
  }
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
