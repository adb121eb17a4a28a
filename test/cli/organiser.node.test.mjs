// The organiser's path on the command line: spreadsheets and CSV folders as offices make them, converted into a feed
// and back. Runs the real CLI (`node --test test/cli/`); workbooks are built here with exceljs, as a spreadsheet
// program would save them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { buildCli, root } from './build.mjs';

const bin = join(root, 'bin', 'mission-agenda.mjs');
const exampleJson = join(root, 'demo', 'feeds', 'bem-west-coast-2025.json');
const exampleXlsx = join(root, 'demo', 'feeds', 'bem-west-coast-2025.xlsx');
let tools;

function run(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status, stdout, stderr };
}

const scratch = () => mkdtempSync(join(tmpdir(), 'mission-agenda-'));

/** The validated programme of a feed (what visitors see): same activities, instants and texts. */
const programmeOf = (feed) => tools.importProgramme(feed).programme;

/** Windows-1252 bytes of `text` (what Excel on Windows saves as "CSV"). */
function cp1252(text) {
  const special = { '€': 0x80, '’': 0x92, '–': 0x96 };
  return Buffer.from(
    [...text]
      .map((ch) => special[ch] ?? ch.charCodeAt(0))
      .map((code) => {
        assert.ok(code < 256, `no Windows-1252 byte for ${code}`);
        return code;
      }),
  );
}

const MISSION_CSV =
  'id;title_en;title_fr;time_zone;start_date;end_date\r\nm1;Mission;Mission économique;Europe/Brussels;06/10/2025;07/10/2025\r\n';

async function workbook(build) {
  const wb = new ExcelJS.Workbook();
  const mission = wb.addWorksheet('Mission');
  mission.addRow(['id', 'title_en', 'time_zone']);
  mission.addRow(['m1', 'Mission', 'Europe/Brussels']);
  build(wb);
  const file = join(scratch(), 'programme.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

before(async () => {
  buildCli();
  tools = await import(join(root, 'dist', 'cli', 'organiser.js'));
});

describe('mission-agenda convert, spreadsheets', () => {
  it('converts the example workbook into a feed equal to the JSON example', () => {
    const { status, stdout, stderr } = run(['convert', exampleXlsx]);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /\(xlsx\): 80 activities, 0 errors, 0 warnings\n$/);
    const original = JSON.parse(readFileSync(exampleJson, 'utf8'));
    const converted = JSON.parse(stdout);
    assert.deepEqual(programmeOf(converted), programmeOf(original));
    assert.deepEqual(converted.activities[0].title, original.activities[0].title);
    assert.equal(converted.activities[0].start, '2025-10-05T13:00');
  });

  it('is generated from the JSON example: writing it again gives the same feed', () => {
    const dir = scratch();
    const xlsx = join(dir, 'again.xlsx');
    assert.equal(run(['convert', exampleJson, '--to', 'xlsx', '-o', xlsx]).status, 0);
    const back = run(['convert', xlsx, '-o', join(dir, 'back.json')]);
    assert.equal(back.status, 0, back.stderr);
    assert.equal(back.stdout, '');
    const feed = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8'));
    assert.deepEqual(feed, JSON.parse(run(['convert', exampleXlsx]).stdout));
  });

  it('goes round through a folder of CSV files unchanged', () => {
    const dir = join(scratch(), 'csv');
    assert.equal(run(['convert', exampleJson, '--to', 'csv', '-o', dir]).status, 0);
    const activities = readFileSync(join(dir, 'activities.csv'), 'utf8');
    assert.ok(activities.startsWith('\uFEFFid;date;start;end;end_date;title_en;title_fr;title_nl;title_de;'));
    const { status, stdout } = run(['convert', dir]);
    assert.equal(status, 0);
    assert.deepEqual(programmeOf(JSON.parse(stdout)), programmeOf(JSON.parse(readFileSync(exampleJson, 'utf8'))));
  });

  it('converts every other row of a sheet with one wrong time, and names that cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exampleXlsx);
    const sheet = wb.getWorksheet('Activities');
    const startColumn = sheet.getRow(1).values.indexOf('start');
    sheet.getRow(14).getCell(startColumn).value = '25:00';
    const file = join(scratch(), 'broken.xlsx');
    await wb.xlsx.writeFile(file);
    const { status, stdout, stderr } = run(['convert', file]);
    assert.equal(status, 1);
    const feed = JSON.parse(stdout);
    assert.equal(feed.activities.length, 79);
    assert.ok(!feed.activities.some((a) => a.id === 'a-013'));
    assert.match(stderr, /^error Activities!C14 \(start\): "25:00" is not a time \(write it as 09:00 or 14:30\)\n/);
    assert.match(stderr, /: 79 activities, 1 error, 0 warnings\n$/);
  });

  it('points the validator’s findings at the cells they came from', async () => {
    const file = await workbook((wb) => {
      const s = wb.addWorksheet('Activities');
      s.addRow(['id', 'date', 'start', 'end', 'title_en', 'venue', 'type']);
      s.addRow(['a1', '2025-10-06', '09:00', '08:00', 'Backwards', '', 'b2b']);
      s.addRow(['a2', '2025-10-06', '09:00', '10:00', 'Unknown venue', 'nowhere', 'b2b']);
      s.addRow(['a3', '2025-10-06', '10:00', '11:00', 'Odd type', '', 'lunch']);
    });
    const { status, stderr } = run(['convert', file]);
    assert.equal(status, 1);
    assert.match(stderr, /^error Activities!D2 \(end\): The end must be after the start/m);
    assert.match(stderr, /^error Activities!F3 \(venue\): /m);
    assert.match(stderr, /^warning Activities!G4 \(type\): /m);
  });

  it('reads Excel date serials, time fractions, merged headings, merged dates and stray spaces', async () => {
    const serial = (Date.UTC(2025, 9, 6) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const file = await workbook((wb) => {
      const s = wb.addWorksheet(' activities ');
      s.addRow(['Programme of the mission']);
      s.mergeCells('A1:F1');
      s.addRow(['id', 'date', 'start', 'end', 'title', '']);
      s.mergeCells('E2:F2');
      s.addRow(['', '', '', '', 'en', 'FR']);
      s.addRow([' a1 ', serial, 0.375, 0.4375, ' Breakfast\u00a0 briefing ', 'Petit-déjeuner']);
      s.addRow(['a2', null, '9h30', '10:30 ', 'Visit', '']);
      s.mergeCells('B4:B5');
      s.addRow([]);
      s.addRow(['  ', '', null]);
    });
    const { status, stdout, stderr } = run(['convert', file]);
    assert.equal(status, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.deepEqual(
      feed.activities.map((a) => [a.id, a.start, a.end, a.title]),
      [
        ['a1', '2025-10-06T09:00', '2025-10-06T10:30', { en: 'Breakfast briefing', fr: 'Petit-déjeuner' }],
        ['a2', '2025-10-06T09:30', '2025-10-06T10:30', { en: 'Visit' }],
      ],
    );
  });

  it('reads a ;-separated Windows-1252 CSV folder with dd/mm/yyyy dates and trailing empty rows', () => {
    const dir = join(scratch(), 'programme');
    mkdirSync(dir);
    writeFileSync(join(dir, 'Programme - Mission.csv'), cp1252(MISSION_CSV));
    writeFileSync(
      join(dir, 'Programme - Activities.csv'),
      cp1252(
        'id;date;start;end;title_en;title_fr;sectors\r\n' +
          'a1;06/10/2025;09:00;10:30;Seminar – €2bn fund;"Séminaire ; fonds de 2 Md€";\r\n' +
          ' a2 ; 7/10/2025 ; 14:00 ; 15:00 ;Visit ;Visite d’usine;\r\n' +
          ';;;;;;\r\n;;;;;;\r\n',
      ),
    );
    const { status, stdout, stderr } = run(['convert', dir]);
    assert.equal(status, 0, stderr);
    const feed = JSON.parse(stdout);
    assert.equal(feed.mission.title.fr, 'Mission économique');
    assert.equal(feed.mission.startDate, '2025-10-06');
    assert.deepEqual(
      feed.activities.map((a) => [a.id, a.start, a.end, a.title.en, a.title.fr]),
      [
        ['a1', '2025-10-06T09:00', '2025-10-06T10:30', 'Seminar – €2bn fund', 'Séminaire ; fonds de 2 Md€'],
        ['a2', '2025-10-07T14:00', '2025-10-07T15:00', 'Visit', 'Visite d’usine'],
      ],
    );
  });

  it('reads a UTF-8 CSV with a BOM and commas', () => {
    const dir = join(scratch(), 'utf8');
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'mission.csv'),
      '\uFEFFid,title_en,time_zone\nm1,"Mission, West Coast",America/Los_Angeles\n',
    );
    writeFileSync(
      join(dir, 'activities.csv'),
      '\uFEFFid,date,start,end,title_nl\na1,2025-10-06,9:00 AM,1:30 PM,Bezoek aan één bedrijf\n',
    );
    const { status, stdout } = run(['convert', dir]);
    assert.equal(status, 0);
    const feed = JSON.parse(stdout);
    assert.equal(feed.mission.title.en, 'Mission, West Coast');
    assert.deepEqual(feed.activities[0], {
      id: 'a1',
      title: { nl: 'Bezoek aan één bedrijf' },
      start: '2025-10-06T09:00',
      end: '2025-10-06T13:30',
    });
  });

  it('says which sheet or column is missing instead of guessing', async () => {
    const file = await workbook((wb) => {
      const s = wb.addWorksheet('Activities');
      s.addRow(['id', 'date', 'title_en']);
      s.addRow(['a1', '2025-10-06', 'No times']);
    });
    const { status, stderr } = run(['convert', file]);
    assert.equal(status, 1);
    assert.match(
      stderr,
      /^error Activities row 1: The heading row has no start, end column; this sheet was not read\n/m,
    );
  });

  it('writes the empty template with its README sheet and drop-downs', async () => {
    const file = join(scratch(), 'template.xlsx');
    const { status } = run(['template', '-o', file]);
    assert.equal(status, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    assert.deepEqual(
      wb.worksheets.map((s) => s.name),
      ['README', 'Mission', 'Locations', 'Venues', 'Sectors', 'Contacts', 'Activities'],
    );
    const activities = wb.getWorksheet('Activities');
    const headings = activities.getRow(1).values.slice(1);
    assert.deepEqual(headings.slice(0, 6), ['id', 'date', 'start', 'end', 'end_date', 'title_en']);
    const type = activities.getCell(2, headings.indexOf('type') + 1).dataValidation;
    assert.equal(type.type, 'list');
    assert.equal(type.formulae[0], '"b2b,seminar,visit,networking,official,reception,other"');
    const sectors = activities.getCell(30, headings.indexOf('sectors') + 1).dataValidation;
    assert.match(sectors.formulae[0], /^Sectors!\$A\$2:\$A\$\d+$/);
    // the shipped template is the one the command writes
    const shipped = new ExcelJS.Workbook();
    await shipped.xlsx.readFile(join(root, 'templates', 'mission-programme.xlsx'));
    assert.deepEqual(shipped.getWorksheet('Activities').getRow(1).values, activities.getRow(1).values);
  });
});

describe('mission-agenda convert, exit status and summary', () => {
  it('says "1 activity", not "1 activities"', () => {
    const feed = {
      version: 1,
      mission: { id: 'm', title: 'M', timeZone: 'Europe/Brussels' },
      activities: [{ id: 'a', title: 'A', start: '2025-10-06T09:00', end: '2025-10-06T10:00' }],
    };
    const { status, stderr } = run(['convert', '-'], JSON.stringify(feed));
    assert.equal(status, 0);
    assert.match(stderr, /^mission-agenda: - \(mission\): 1 activity, 0 errors, 0 warnings\n$/);
  });

  it('exits 1 for a file that is neither a spreadsheet nor a feed, and says so', () => {
    const file = join(scratch(), 'notes.xlsx');
    writeFileSync(file, Buffer.from('PK\u0003\u0004 not really a zip'));
    const broken = run(['convert', file]);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^error \$: Not a readable spreadsheet/);
    const text = join(scratch(), 'notes.txt');
    writeFileSync(text, 'Dear all, the programme follows.');
    const other = run(['convert', text]);
    assert.equal(other.status, 1);
    assert.match(other.stderr, /^error \$: Not a programme this reader knows/);
  });

  it('exits 2 on usage problems', () => {
    for (const args of [
      ['convert', exampleJson, '--to', 'xlsx'],
      ['convert', exampleJson, '--to', 'pdf', '-o', 'x'],
      ['convert', exampleJson, '--time-zone', 'Mars/Olympus'],
      ['convert', exampleJson, '--time-zone'],
      ['template', exampleJson],
      ['template', '--to', 'json'],
    ]) {
      const { status, stderr } = run(args);
      assert.equal(status, 2, args.join(' '));
      assert.match(stderr, /^mission-agenda: .+\n\nUsage:/);
    }
    assert.equal(run(['convert', join(scratch(), 'empty-folder')]).status, 2);
  });

  const importerTakesZone = readFileSync(join(root, 'src', 'core', 'import', 'index.ts'), 'utf8').includes('eventZone');
  it(
    'reads a schedule’s times without offset in the --time-zone given',
    { skip: !importerTakesZone && 'the importer does not read eventZone yet' },
    () => {
      const xml =
        '<schedule><conference><title>T</title></conference><day index="1" date="2025-10-06">' +
        '<room name="R"><event guid="e1"><date>2025-10-06T09:00:00</date><start>09:00</start><duration>01:00</duration>' +
        '<title>Talk</title></event></room></day></schedule>';
      const { stdout } = run(['convert', '-', '--time-zone', 'Asia/Kolkata'], xml);
      const feed = JSON.parse(stdout);
      const programme = programmeOf(feed);
      assert.equal(programme.activities[0].start, Date.parse('2025-10-06T09:00:00+05:30'));
    },
  );
});
