// Runs the converter CLI as users do: `node --test test/cli/` (Node ≥ 20). Builds dist/cli/ first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { before, describe, it } from 'node:test';
import { buildCli, root } from './build.mjs';

const real = (name) => join(root, 'test', 'fixtures', 'real', name);
const bin = join(root, 'bin', 'mission-agenda.mjs');

function run(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { status, stdout, stderr };
}

function tempFile(name, text) {
  const file = join(mkdtempSync(join(tmpdir(), 'mission-agenda-')), name);
  writeFileSync(file, text);
  return file;
}

before(buildCli);

describe('mission-agenda convert', () => {
  it('converts FOSDEM schedule.xml into a valid feed, silently but for the summary', () => {
    const { status, stdout, stderr } = run(['convert', real('fosdem-2026.xml')]);
    assert.equal(status, 0);
    const feed = JSON.parse(stdout);
    assert.equal(feed.version, 1);
    assert.equal(feed.mission.timeZone, 'Europe/Brussels');
    assert.equal(feed.activities.length, 883);
    assert.deepEqual(feed.activities[0], {
      id: '9c3ebb8c-7716-5130-b9fe-ff8544f5636d',
      title: 'Welcome to FOSDEM 2026',
      type: 'seminar',
      start: '2026-01-31T09:30:00+01:00',
      end: '2026-01-31T09:50:00+01:00',
      missionDay: '2026-01-31',
      venue: 'janson',
      sectors: ['main'],
      description: 'FOSDEM welcome and opening talk.',
      contacts: ['p-2'],
      url: 'https://fosdem.org/2026/schedule/event/SFKNTZ-welcome_to_fosdem_2026/',
    });
    assert.ok(stdout.startsWith('{\n  "version": 1,\n  "mission": {\n    "id": "fosdem-2026",'));
    assert.match(stderr, /^mission-agenda: .*fosdem-2026\.xml \(frab-xml\): 883 activities, 0 errors, 0 warnings\n$/);
  });

  it('prints warnings on stderr and still exits 0', () => {
    const { status, stderr } = run(['convert', real('pretalx-democon.json')]);
    assert.equal(status, 0);
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^warning activities\[0\]\.start: 36 activities give their times at UTC\+01:00 /);
    assert.match(lines[1], /36 activities, 0 errors, 1 warning$/);
  });

  it('exits 1 when items were dropped, still printing the feed', () => {
    const feed = {
      version: 1,
      mission: { id: 'm', title: 'M', timeZone: 'Europe/Brussels' },
      activities: [{ id: 'a', title: 'A', start: '2025-10-06T09:00', end: '2025-10-06T08:00' }],
    };
    const { status, stdout, stderr } = run(['convert', '-'], JSON.stringify(feed));
    assert.equal(status, 1);
    assert.deepEqual(JSON.parse(stdout), feed);
    assert.match(stderr, /^error activities\[0\]\.end: The end must be after the start; this activity was skipped\.\n/);
  });

  it('exits 1 without a feed for input it cannot read as a programme', () => {
    const { status, stdout, stderr } = run(['convert', tempFile('x.txt', 'hello')]);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^error \$: Not a programme this reader knows/);
  });

  it('accepts a forced format', () => {
    const file = tempFile('s.xml', '<schedule><conference><title>T</title></conference></schedule>');
    assert.equal(run(['convert', '--format', 'frab-json', file]).status, 1);
    const { status, stderr } = run(['convert', `--format=frab-xml`, file]);
    assert.equal(status, 0);
    assert.match(stderr, /\(frab-xml\): 0 activities, 0 errors, 1 warning\n$/);
  });

  it('exits 2 on usage and input problems', () => {
    for (const args of [
      [],
      ['convrt', 'x'],
      ['convert'],
      ['convert', 'a', 'b'],
      ['convert', '--format', 'csv', 'a'],
      ['convert', '-x', 'a'],
    ]) {
      const { status, stdout, stderr } = run(args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      assert.match(stderr, /^mission-agenda: .+\n\nUsage:\n {2}mission-agenda convert/);
    }
    const missing = run(['convert', join(tmpdir(), 'no-such-file.json')]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^mission-agenda: cannot read .*no-such-file\.json: ENOENT\n$/);
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage:\n {2}mission-agenda convert/);
  });
});
