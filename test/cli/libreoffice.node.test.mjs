// The template and the example in a real spreadsheet program: LibreOffice opens them with their drop-downs, and what
// it saves (as .xlsx, or as ;-separated Windows-1252 CSV files, one per sheet) converts back to the same programme.
// Skipped where LibreOffice is not installed (`apt-get install libreoffice-calc-nogui`).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { before, describe, it } from 'node:test';
import { buildCli, root } from './build.mjs';

const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version']).status === 0);
const example = join(root, 'demo', 'feeds', 'bem-west-coast-2025.xlsx');
let tools;

/** Runs LibreOffice headless with a profile of its own, converting `file` with `filter` into a new folder. */
function libreoffice(file, filter) {
  const dir = mkdtempSync(join(tmpdir(), 'mission-agenda-lo-'));
  execFileSync(soffice, ['--headless', '--convert-to', filter, file, '--outdir', dir], {
    env: { ...process.env, HOME: dir },
    stdio: 'ignore',
    timeout: 120_000,
  });
  return dir;
}

function convert(input) {
  const { status, stdout, stderr } = spawnSync(
    process.execPath,
    [join(root, 'bin', 'mission-agenda.mjs'), 'convert', input],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  assert.equal(status, 0, stderr);
  return tools.importProgramme(stdout).programme;
}

describe('LibreOffice', { skip: !soffice && 'LibreOffice is not installed' }, () => {
  let original;
  before(async () => {
    buildCli();
    tools = await import(join(root, 'dist', 'cli', 'organiser.js'));
    original = tools.importProgramme(
      readFileSync(join(root, 'demo', 'feeds', 'bem-west-coast-2025.json'), 'utf8'),
    ).programme;
  });

  it('opens the template with its drop-downs', () => {
    const dir = libreoffice(join(root, 'templates', 'mission-programme.xlsx'), 'fods');
    const content = readFileSync(join(dir, 'mission-programme.fods'), 'utf8');
    for (const sheet of ['README', 'Mission', 'Locations', 'Venues', 'Sectors', 'Contacts', 'Activities'])
      assert.match(content, new RegExp(`<table:table table:name="${sheet}"`));
    assert.match(content, /cell-content-is-in-list\(&quot;b2b&quot;;&quot;seminar&quot;/);
    assert.match(content, /cell-content-is-in-list\(\[\$Sectors\.\$A\$2:\.\$A\$\d+\]\)/);
  });

  it('saves the example as .xlsx that converts back to the same programme', () => {
    const dir = libreoffice(example, 'xlsx:Calc MS Excel 2007 XML');
    assert.deepEqual(convert(join(dir, 'bem-west-coast-2025.xlsx')), original);
  });

  it('exports every sheet as ;-separated Windows-1252 CSV that converts back to the same programme', () => {
    // separator 59 (;), quote 34 ("), encoding 1 (Windows-1252), every sheet (-1)
    const dir = libreoffice(example, 'csv:Text - txt - csv (StarCalc):59,34,1,1,,0,false,true,false,false,false,-1');
    assert.ok(readdirSync(dir).includes('bem-west-coast-2025-Activities.csv'));
    assert.deepEqual(convert(dir), original);
  });
});
