// Fails when custom-elements.json is not what `npm run analyze` makes of the current source.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

// The analyzer joins --outdir to the working directory, so the fresh copy goes under node_modules/.cache.
const outdir = 'node_modules/.cache/cem-check';
try {
  execFileSync(
    process.execPath,
    ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', outdir],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const fresh = readFileSync(`${outdir}/custom-elements.json`, 'utf8');
  let committed = '';
  try {
    committed = readFileSync('custom-elements.json', 'utf8');
  } catch {
    // a missing manifest counts as stale
  }
  if (fresh !== committed) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(outdir, { recursive: true, force: true });
}
