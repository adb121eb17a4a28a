// Prints the embed bundle's size, entry and on-demand chunks, and fails when the entry is over budget (run after
// `vite build`).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// A guard against unnoticed growth, set from measurement with a little room; the aim is a critical path of 30 KiB
// (see bench/budgets.json), which needs the languages, search, "My programme" and the details moved into chunks.
// History: 48.5 kB with all four languages, search and favourites; 56.4 kB after the hardening (e-mail and date
// checks, storage caps, the Trusted Types guard: 2.5 kB), grouped import warnings (0.5 kB), the element layer's
// controllers and display resolver (1.2 kB), time slots, the phone's filter panel, jump-to-now and zone naming in four
// languages (2.3 kB) and the list/timetable switch (0.7 kB); 53.1 kB once French, Dutch and German became chunks
// loaded on first use (-3.7 kB); 51.9 kB with a card's details and the calendar file writer loaded when first
// opened or exported (-1.2 kB); 52.3 kB with the ASCII fast path for e-mail checks and the visitor's zone read in a
// task of its own (+0.3 kB, for 5 and 60 ms less in a throttled phone's first tasks); 52.6 kB with a slow device's
// programme built in the tasks after the one that read the feed (+0.25 kB; a throttled phone's longest task went from
// 255-410 ms to about 70); 51.1 kB with the search and "My programme" beyond the stars (share links, clashes,
// changes since the last visit, their banners) as chunks fetched in idle time (-1.5 kB); 51.1-51.4 kB with the compile
// hint and one Intl reading per zone and instant (the minifier's names move the gzip size by a few hundred bytes from
// one source change to the next, even when the minified size hardly moves). Lower it whenever the bundle shrinks.
const BUDGET_GZIP = 51_400;
// The chunks together; they are fetched on use or in idle time, but should not grow unnoticed either (importers
// 8.7 kB, popover positioning 6.2 kB, timetable grid 4.9 kB, French, Dutch and German 2.1-2.3 kB each, "My programme"
// 2.2 kB, the calendar file 1.4 kB, the search 1.3 kB, a card's details 0.8 kB).
const BUDGET_CHUNKS_GZIP = 32_500;

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
function sizes(file) {
  const code = readFileSync(file);
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { min: code.length, gzip, brotli };
}

const entry = sizes('dist/mission-agenda.js');
console.log(
  `dist/mission-agenda.js: ${kb(entry.min)} min, ${kb(entry.gzip)} gzip, ${kb(entry.brotli)} brotli (budget ${kb(BUDGET_GZIP)} gzip)`,
);
const chunks = existsSync('dist/chunks') ? readdirSync('dist/chunks').filter((f) => f.endsWith('.js')) : [];
let chunkGzip = 0;
for (const name of chunks) {
  const s = sizes(`dist/chunks/${name}`);
  chunkGzip += s.gzip;
  console.log(`  on demand dist/chunks/${name}: ${kb(s.min)} min, ${kb(s.gzip)} gzip`);
}
// A bundle this small has lost its elements (e.g. a sideEffects setting let the bundler drop the define modules).
if (entry.min < 50_000) {
  console.error('The embed bundle is far too small: the elements were tree-shaken away.');
  process.exit(1);
}
// Chunks are loaded on demand only. A chunk the entry imports statically is fetched before anything runs, and is
// evaluated before the entry's own code: Lit split into such a chunk (the bundler does so for some graphs) would run
// before the Trusted Types guard, and costs a round trip.
const staticChunks = readFileSync('dist/mission-agenda.js', 'utf8').match(
  /\b(?:from|import)\s*["']\.\/chunks\/[^"']+["']/g,
);
if (staticChunks) {
  console.error(`The embed entry imports chunks statically: ${staticChunks.join(', ')}.`);
  process.exit(1);
}
// The entry asks Chromium to compile all of it while it downloads (most of it runs to draw the first programme); a
// chunk does not (each runs only on use). V8 reads the hint only on the file's first line.
const HINT = '//# allFunctionsCalledOnLoad\n';
if (!readFileSync('dist/mission-agenda.js', 'utf8').startsWith(HINT)) {
  console.error(`The embed entry does not begin with the compile hint ${JSON.stringify(HINT.trim())}.`);
  process.exit(1);
}
const hinted = chunks.filter((name) => readFileSync(`dist/chunks/${name}`, 'utf8').includes(HINT.trim()));
if (hinted.length) {
  console.error(`On-demand chunks carry the entry's compile hint: ${hinted.join(', ')}.`);
  process.exit(1);
}
// The conference importers and the popover positioning must stay out of the entry, in their own chunks.
if (chunks.length < 2) {
  console.error(
    `Expected the on-demand chunks (importers, popover positioning) next to the entry, found ${chunks.length}.`,
  );
  process.exit(1);
}
if (entry.gzip > BUDGET_GZIP) {
  console.error(`The embed bundle is over its size budget by ${kb(entry.gzip - BUDGET_GZIP)} gzip.`);
  process.exit(1);
}
if (chunkGzip > BUDGET_CHUNKS_GZIP) {
  console.error(`The on-demand chunks are over their budget by ${kb(chunkGzip - BUDGET_CHUNKS_GZIP)} gzip.`);
  process.exit(1);
}
