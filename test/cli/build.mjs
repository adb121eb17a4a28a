// Builds dist/cli/ for the CLI tests. Test files run in parallel processes: each builds into its own folder and moves
// the files into place (a rename is atomic), so no test ever loads a half-written bundle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export function buildCli() {
  const target = join(root, 'dist', 'cli');
  const scratch = join(root, 'dist', `cli-build-${process.pid}`);
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs'), scratch], { encoding: 'utf8' });
  assert.equal(built.status, 0, built.stderr);
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(scratch)) renameSync(join(scratch, name), join(target, name));
  rmSync(scratch, { recursive: true, force: true });
}
