// Prints the embed bundle's size and fails when it is over budget (run after `vite build`).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Set from measurement (57.0 kB gzip with all four languages, the conference importer, search and favourites),
// with a little room; the long-term aim is 30 KiB (see bench/budgets.json). Lower it whenever the bundle shrinks.
const BUDGET_GZIP = 60_000;

const code = readFileSync('dist/mission-agenda.js');
const gzip = gzipSync(code, { level: 9 }).length;
const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log(`dist/mission-agenda.js: ${kb(code.length)} min, ${kb(gzip)} gzip, ${kb(brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`);
// A bundle this small has lost its elements (e.g. a sideEffects setting let the bundler drop the define modules).
if (code.length < 50_000) {
  console.error('The embed bundle is far too small: the elements were tree-shaken away.');
  process.exit(1);
}
if (gzip > BUDGET_GZIP) {
  console.error(`The embed bundle is over its size budget by ${kb(gzip - BUDGET_GZIP)} gzip.`);
  process.exit(1);
}
