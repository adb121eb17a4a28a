import { expect } from '@open-wc/testing';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { parseFeed } from '../../src/core/feed/validate.js';
import { convertSheets } from '../../src/organiser/convert.js';
import { feedToSheets } from '../../src/organiser/feed-to-sheets.js';
import { CellMap, columnLetter, describeCell, formatIssue, locateIssue } from '../../src/organiser/locate.js';
import { sheetsToFeed, type SheetInput } from '../../src/organiser/sheets-to-feed.js';
import { sheetsOf, withCell } from './helpers.js';

const mission: SheetInput = {
  name: 'Mission',
  rows: [
    ['id', 'title_en', 'time_zone'],
    ['m1', 'Mission', 'Europe/Brussels'],
  ],
};

describe('organiser sheets ⇄ feed', () => {
  it('lays the example feed out on the sheets and reads it back as the same programme', () => {
    const result = convertSheets(sheetsOf(feed));
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.programme).to.deep.equal(parseFeed(feed).programme);
  });

  it('keeps offsets, multi-day ends, plain texts and other languages on the way round', () => {
    const odd = {
      version: 1,
      mission: { id: 'm', title: 'Plain title', timeZone: 'Europe/Brussels' },
      activities: [
        {
          id: 'a',
          title: { en: 'Night', 'nl-be': 'Nacht', es: 'Noche' },
          start: '2025-10-06T22:00',
          end: '2025-10-07T02:00',
        },
        { id: 'b', title: 'Call', start: '2025-10-06T16:00Z', end: '2025-10-06T09:30-07:00', type: 'b2b' },
      ],
    };
    const tables = feedToSheets(odd).sheets;
    const activities = tables.find((t) => t.spec.name === 'Activities');
    expect(activities?.headings).to.include.members(['title', 'title_en', 'title_nl_be', 'title_es', 'end_date']);
    const back = sheetsToFeed(sheetsOf(odd));
    expect(back.errors).to.deep.equal([]);
    expect(parseFeed(back.feed).programme).to.deep.equal(parseFeed(odd).programme);
  });

  it('lists what the spreadsheet cannot hold', () => {
    const { dropped } = feedToSheets({
      version: 1,
      mission: { id: 'm', extra: 1 },
      activities: [{ id: 'a', x: 2 }],
      y: 3,
    });
    expect(dropped).to.deep.equal(['mission.extra', 'activities[0].x', 'y']);
  });

  it('leaves out only the row of a cell it cannot read, and names that cell', () => {
    const sheets = withCell(sheetsOf(feed), 'Activities', 14, 'start', '25:00');
    const result = convertSheets(sheets);
    expect(result.programme?.activities).to.have.length(79);
    expect(result.errors.map(formatIssue)).to.deep.equal([
      'Activities!C14 (start): "25:00" is not a time (write it as 09:00 or 14:30)',
    ]);
    expect(result.errors[0]).to.include({ code: 'not-a-time', value: '"25:00"' });
  });

  it('puts the validator’s findings on the cells they came from, even after a left-out row', () => {
    let sheets = withCell(sheetsOf(feed), 'Activities', 2, 'date', '31/02/2025');
    sheets = withCell(sheets, 'Activities', 3, 'venue', 'v-nowhere');
    sheets = withCell(sheets, 'Activities', 4, 'end', '08:00');
    sheets = withCell(sheets, 'Activities', 5, 'title_fr', '');
    sheets = withCell(sheets, 'Mission', 2, 'time_zone', 'America/Los_Angeles');
    const result = convertSheets(sheets);
    expect(result.errors.map(formatIssue)).to.deep.equal([
      'Activities!B2 (date): "31/02/2025" is not a date (write it as 2025-10-06 or 06/10/2025)',
      'Activities!M3 (venue): Unknown venue "v-nowhere"; the reference was dropped.',
      'Activities!D4 (end): The end must be after the start; this activity was skipped.',
    ]);
  });

  it('points a missing id at its empty cell', () => {
    const result = convertSheets(withCell(sheetsOf(feed), 'Activities', 6, 'id', null));
    expect(result.errors.map(formatIssue)[0]).to.match(/^Activities!A6 \(id\): Every item needs a non-empty text "id"/);
  });

  it('says when the mission is unusable, at the Mission sheet', () => {
    const result = convertSheets([
      {
        name: 'Mission',
        rows: [
          ['id', 'title_en', 'time_zone'],
          ['m1', 'M', 'Mars/Olympus'],
        ],
      },
    ]);
    expect(result.programme).to.equal(undefined);
    const lines = result.errors.map(formatIssue);
    expect(lines[0]).to.equal('Activities: There is no Activities sheet');
    expect(lines[1]).to.match(/^Mission!C2 \(time_zone\): /);
    expect(result.errors[1].message).to.match(/time zone/i);
  });

  it('skips banner rows and empty rows, and reads two-level headings', () => {
    const result = sheetsToFeed([
      mission,
      {
        name: 'Activities',
        rows: [
          ['Belgian Economic Mission', 'Belgian Economic Mission', 'Belgian Economic Mission'],
          [],
          ['id', 'date', 'start', 'end', 'title', 'title', 'Remarks'],
          [null, null, null, null, 'EN', 'nl'],
          ['a1', '06/10/2025', '9:00', '10:00', 'Visit', 'Bezoek', 'bring ID'],
          ['', '', '', ''],
          ['  '],
        ],
      },
    ]);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings.map(formatIssue)).to.deep.equal([
      'Activities!G4 (remarks): The column "remarks" is not one this sheet knows; it was ignored',
    ]);
    expect(result.feed?.activities).to.deep.equal([
      { id: 'a1', title: { en: 'Visit', nl: 'Bezoek' }, start: '2025-10-06T09:00', end: '2025-10-06T10:00' },
    ]);
  });

  it('reports a missing sheet, a missing column and a missing cell plainly', () => {
    expect(sheetsToFeed([]).errors.map(formatIssue)).to.deep.equal([
      'Mission: There is no Mission sheet',
      'Activities: There is no Activities sheet',
    ]);
    const noEnd = sheetsToFeed([mission, { name: 'Activities', rows: [['id', 'date', 'start', 'title_en']] }]);
    expect(noEnd.errors.map(formatIssue)).to.deep.equal([
      'Activities row 1: The heading row has no end column; this sheet was not read',
    ]);
    const empty = sheetsToFeed([
      mission,
      {
        name: 'Activities',
        rows: [
          ['id', 'date', 'start', 'end', 'title_en'],
          ['a', '2025-10-06', '', '10:00', 'A'],
        ],
      },
    ]);
    expect(empty.errors.map(formatIssue)).to.deep.equal([
      'Activities!C2 (start): The start is missing; this activity was left out',
    ]);
  });

  it('locates paths down to their nearest recorded parent', () => {
    const cells = new CellMap();
    cells.set('activities[3]', { sheet: 'Activities', row: 5 });
    cells.set('activities[3].sectors', { sheet: 'Activities', row: 5, column: 14, heading: 'sectors' });
    expect(describeCell(cells.find('activities[3].sectors[1]') ?? { sheet: '?' })).to.equal('Activities!N5 (sectors)');
    expect(describeCell(cells.find('activities[3].url') ?? { sheet: '?' })).to.equal('Activities row 5');
    expect(locateIssue({ path: 'venues[0]', message: 'x' }, cells)).to.deep.equal({ path: 'venues[0]', message: 'x' });
    expect(describeCell({ sheet: 'My sheet', row: 2, column: 28 })).to.equal("'My sheet'!AB2");
    expect([1, 26, 27, 52, 703].map(columnLetter)).to.deep.equal(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });
});
