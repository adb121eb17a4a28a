/**
 * The bench's own build: a candidate that imports npm packages (FullCalendar, Lit) bundled as a site would ship it,
 * one minified, self-contained ES module (plus the CSS FullCalendar's page links) in bench/results/build/, with the
 * results (ignored by git, ESLint and Prettier). One candidate a build, so that no code is shared between the two
 * bundles and each one's size is all that its page loads. Run by bench/run.mjs for each candidate selected; by hand:
 *
 *   BENCH_ENTRY=fullcalendar npx vite build --config bench/vite.config.mjs
 *
 * The harness (common.js) stays outside the bundles: the pages load it from /bench/, as the hand-written pages do,
 * so a bundle holds the candidate's own code (with ./intl.js where it uses it) and its dependencies only.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
/** The candidates built here (run.mjs's BUILT): their page script is bench/<name>.js. */
const ENTRIES = ['fullcalendar', 'lit-list'];

export default defineConfig(() => {
  const entry = process.env.BENCH_ENTRY;
  if (!ENTRIES.includes(entry)) throw new Error(`BENCH_ENTRY must be one of ${ENTRIES.join(', ')} (got ${entry})`);
  return {
    root: BENCH,
    publicDir: false,
    logLevel: 'warn',
    build: {
      target: 'es2022',
      outDir: `${BENCH}results/build`,
      // the other candidate's bundle is in the same folder: run.mjs empties it before building
      emptyOutDir: false,
      modulePreload: false,
      minify: true,
      rolldownOptions: {
        input: { [entry]: `${BENCH}${entry}.js` },
        // the shared harness is served as is, the same file the hand-written pages import
        external: (id) => id === '/bench/common.js',
        output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js', assetFileNames: '[name][extname]' },
      },
    },
  };
});
