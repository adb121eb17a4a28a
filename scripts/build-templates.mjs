// Writes the spreadsheet files that are generated, never edited by hand:
// - templates/mission-programme.xlsx and templates/csv/*.csv: the empty template;
// - demo/feeds/bem-west-coast-2025.xlsx: the example feed laid out on the template, so the two never disagree.
// Run after changing src/organiser/ or the example feed: `npm run templates`. A workbook whose content has not changed
// is left as it is (a ZIP file stores the time it was written, which would make every run a change).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
const cli = (...args) => node('bin/mission-agenda.mjs', ...args);
// the ZIP reader exceljs itself uses
const require = createRequire(import.meta.url);
const JSZip = createRequire(require.resolve('exceljs'))('jszip');

async function entries(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = {};
  for (const name of Object.keys(zip.files).sort()) out[name] = await zip.files[name].async('string');
  return JSON.stringify(out);
}

/** Runs `write(tempFile)` and copies the result to `target` unless only its timestamps differ. */
async function writeWorkbook(target, write) {
  const temp = join(mkdtempSync(join(tmpdir(), 'mission-agenda-')), 'out.xlsx');
  write(temp);
  if (existsSync(join(root, target)) && (await entries(temp)) === (await entries(join(root, target)))) {
    console.log(`${target}: unchanged`);
  } else {
    copyFileSync(temp, join(root, target));
    console.log(`${target}: written`);
  }
}

node('scripts/build-cli.mjs');
await writeWorkbook('templates/mission-programme.xlsx', (file) => cli('template', '-o', file));
rmSync(join(root, 'templates', 'csv'), { recursive: true, force: true });
cli('template', '--to', 'csv', '-o', 'templates/csv');
await writeWorkbook('demo/feeds/bem-west-coast-2025.xlsx', (file) =>
  cli('convert', 'demo/feeds/bem-west-coast-2025.json', '--to', 'xlsx', '-o', file),
);
