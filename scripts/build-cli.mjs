// Bundles the programme importer (TypeScript, src/core/import) into one Node module for bin/mission-agenda.mjs.
// Usage: node scripts/build-cli.mjs [outfile]   (default dist/cli/convert.js)
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = process.argv[2] ?? `${root}dist/cli/convert.js`;

await build({
  entryPoints: [`${root}src/core/import/index.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
});
