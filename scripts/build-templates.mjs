// Writes the spreadsheet files that are generated, never edited by hand:
// - templates/mission-programme.xlsx and templates/csv/*.csv: the empty template;
// - demo/feeds/bem-west-coast-2025.xlsx: the example feed laid out on the template, so the two never disagree.
// Run after changing src/organiser/schema.ts or the example feed: `npm run templates`.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = (...args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
const cli = (...args) => node('bin/mission-agenda.mjs', ...args);

node('scripts/build-cli.mjs');
cli('template', '-o', 'templates/mission-programme.xlsx');
rmSync(`${root}templates/csv`, { recursive: true, force: true });
cli('template', '--to', 'csv', '-o', 'templates/csv');
cli('convert', 'demo/feeds/bem-west-coast-2025.json', '--to', 'xlsx', '-o', 'demo/feeds/bem-west-coast-2025.xlsx');
