// Bundles what the `mission-agenda` command runs into Node modules next to each other in dist/cli/:
// - convert.js: the programme importer (src/core/import), as before;
// - organiser.js: the spreadsheet ⇄ feed tools (src/organiser/cli.ts) with exceljs and papaparse inside, so that
//   installing the package for its web components never pulls in a spreadsheet library and `npx mission-agenda`
//   needs nothing else.
// Usage: node scripts/build-cli.mjs [outdir]   (default dist/cli)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = process.argv[2] ?? `${root}dist/cli`;

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
};

await build({ ...common, entryPoints: [`${root}src/core/import/index.ts`], outfile: `${outdir}/convert.js` });
await build({
  ...common,
  entryPoints: [`${root}src/organiser/cli.ts`],
  outfile: `${outdir}/organiser.js`,
  minify: true,
  // exceljs and its helpers are CommonJS and call require() for Node's own modules
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
});
