import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeed } from '../../../src/core/feed/index.js';
import type { Activity } from '../../../src/core/feed/types.js';
import { dateKey, wallClock } from '../../../src/core/time/format.js';
import { buildGrid, columnsFor, hourFloor, type GridDay, type GridInput } from '../../../src/core/view/grid-view.js';
import { HOUR, MIN, makeActivity, makeSector, makeVenue } from '../agenda/builders.js';
import { allCatalogues } from '../../../src/core/i18n/index.js';

// terms in French, Dutch and German: their catalogues are loaded on first use
await allCatalogues();

/** Activities from feed items (wall times read in `zone` by the library's own time engine). */
function activities(zone: string, items: readonly Record<string, unknown>[]): readonly Activity[] {
  const result = parseFeed({
    version: 1,
    mission: { id: 'm', title: 'm', timeZone: zone },
    venues: [
      { id: 'main', name: 'Main hall' },
      { id: 'side', name: 'Side room' },
    ],
    activities: items.map((item, i) => ({ id: `a${i}`, title: `Activity ${i}`, type: 'other', ...item })),
  });
  if (!result.programme || result.errors.length) throw new Error(JSON.stringify(result.errors));
  return result.programme.activities;
}

function grid(list: readonly Activity[], zone: string, extra: Partial<GridInput> = {}) {
  return buildGrid({
    activities: list,
    zone,
    eventZone: zone,
    otherZone: zone,
    mode: 'day',
    dayChange: '00:00',
    lang: 'en-GB',
    columns: 'venue',
    ...extra,
  });
}

const blocks = (day: GridDay) => day.columns.flatMap((c) => c.blocks);
const block = (day: GridDay, id: string) => blocks(day).find((b) => b.activity.id === id);
/** The wall clock of each hour line (its `datetime`, so the offset was checked too where a test reads it). */
const labels = (day: GridDay) => day.lines.map((l) => l.datetime.slice(11, 16));

describe('grid view', () => {
  describe('the time axis across DST', () => {
    it('gives Brussels’ 25-hour day (26 October 2025) 25 hours, with 02:00 twice and the second marked', () => {
      const list = activities('Europe/Brussels', [
        { start: '2025-10-26T00:30', end: '2025-10-26T01:30', venue: 'main' },
        { start: '2025-10-26T23:00', end: '2025-10-26T23:45', venue: 'main' },
      ]);
      const [day] = grid(list, 'Europe/Brussels').days;
      expect(day.date).to.equal('2025-10-26');
      expect(day.minutes).to.equal(25 * 60);
      expect(labels(day).slice(0, 5)).to.deep.equal(['00:00', '01:00', '02:00', '02:00', '03:00']);
      expect(day.lines[3].datetime).to.equal('2025-10-26T02:00:00+01:00');
      expect(day.lines.map((l) => l.zoneChange)).to.deep.equal(day.lines.map((_, i) => i === 3));
      expect(day.lines[3].zoneName).to.equal('CET');
      expect(day.lines[2].zoneName).to.equal(undefined);
      // 23:00 CET is 24 elapsed hours after midnight CEST
      expect(block(day, 'a1')).to.include({ top: 24 * 60, length: 45, continues: false });
    });

    it('gives Brussels’ 23-hour day (30 March 2025) 23 hours, without 02:00', () => {
      const list = activities('Europe/Brussels', [
        { start: '2025-03-30T00:00', end: '2025-03-30T01:00', venue: 'main' },
        { start: '2025-03-30T03:00', end: '2025-03-30T04:00', venue: 'main' },
        { start: '2025-03-30T22:00', end: '2025-03-30T23:00', venue: 'main' },
      ]);
      const [day] = grid(list, 'Europe/Brussels').days;
      expect(labels(day).slice(0, 4)).to.deep.equal(['00:00', '01:00', '03:00', '04:00']);
      expect(day.lines[2].zoneChange).to.equal(true);
      expect(block(day, 'a1')?.top).to.equal(120);
      expect(block(day, 'a2')?.top).to.equal(21 * 60);
      expect(day.minutes).to.equal(22 * 60);
    });

    it('does the same on Los Angeles’ DST weekends, in the locale’s 12-hour clock', () => {
      const fall = activities('America/Los_Angeles', [
        { start: '2025-11-02T00:15', end: '2025-11-02T03:15', venue: 'main' },
      ]);
      const [day] = grid(fall, 'America/Los_Angeles', { lang: 'en-US' }).days;
      expect(day.lines.map((l) => l.label)).to.deep.equal([
        '12:00 AM',
        '1:00 AM',
        '1:00 AM',
        '2:00 AM',
        '3:00 AM',
        '4:00 AM',
      ]);
      expect(block(day, 'a0')).to.include({ top: 15, length: 4 * 60 });
      const spring = activities('America/Los_Angeles', [
        { start: '2025-03-09T01:00', end: '2025-03-09T04:00', venue: 'main' },
      ]);
      const [short] = grid(spring, 'America/Los_Angeles', { lang: 'en-US' }).days;
      expect(short.lines.map((l) => l.label)).to.deep.equal(['1:00 AM', '3:00 AM', '4:00 AM']);
      expect(block(short, 'a0')?.length).to.equal(120);
    });

    it('draws the hour lines on a half-hour zone’s own hours (Asia/Kolkata)', () => {
      const list = activities('Asia/Kolkata', [{ start: '2025-10-06T09:15', end: '2025-10-06T10:00', venue: 'main' }]);
      const [day] = grid(list, 'Asia/Kolkata').days;
      expect(day.start).to.equal(Date.UTC(2025, 9, 6, 3, 30));
      expect(labels(day)).to.deep.equal(['09:00', '10:00']);
      expect(block(day, 'a0')).to.include({ top: 15, length: 45 });
      // the same activity shown in Brussels: lines on Brussels hours, the block at 05:45
      const [there] = grid(list, 'Europe/Brussels').days;
      expect(labels(there)).to.deep.equal(['05:00', '06:00', '07:00']);
      expect(block(there, 'a0')?.top).to.equal(45);
    });

    it('runs an activity crossing midnight on below it, under its start day', () => {
      const list = activities('Europe/Brussels', [
        { start: '2025-10-10T20:00', end: '2025-10-10T21:00', venue: 'main' },
        { start: '2025-10-10T22:00', end: '2025-10-11T02:00', venue: 'side' },
      ]);
      const { days } = grid(list, 'Europe/Brussels');
      expect(days.map((d) => d.date)).to.deep.equal(['2025-10-10']);
      expect(labels(days[0])).to.deep.equal(['20:00', '21:00', '22:00', '23:00', '00:00', '01:00', '02:00']);
      expect(block(days[0], 'a1')).to.include({ top: 120, length: 240, continues: false });
    });

    it('cuts an activity of several days at the day’s last hour line instead of stretching the day', () => {
      const list = activities('Europe/Brussels', [
        { start: '2025-10-10T09:00', end: '2025-10-12T18:00', venue: 'main' },
        { start: '2025-10-10T10:00', end: '2025-10-10T11:30', venue: 'side' },
      ]);
      const [day] = grid(list, 'Europe/Brussels').days;
      expect(day.minutes).to.equal(3 * 60);
      expect(block(day, 'a0')).to.include({ top: 0, length: 180, continues: true });
    });
  });

  it('sets a run of 5-minute talks side by side, as their blocks at least height would cover each other', () => {
    const list = activities('Europe/Brussels', [
      { start: '2026-01-31T12:05', end: '2026-01-31T12:10', venue: 'main' },
      { start: '2026-01-31T12:10', end: '2026-01-31T12:15', venue: 'main' },
      { start: '2026-01-31T12:15', end: '2026-01-31T12:20', venue: 'main' },
      { start: '2026-01-31T12:30', end: '2026-01-31T12:35', venue: 'main' },
      { start: '2026-01-31T13:00', end: '2026-01-31T14:00', venue: 'main' },
    ]);
    const [day] = grid(list, 'Europe/Brussels').days;
    expect(day.columns[0].blocks.map((b) => [b.lane, b.lanes, b.length])).to.deep.equal([
      [0, 3, 5],
      [1, 3, 5],
      [2, 3, 5],
      [0, 3, 5],
      [0, 1, 60],
    ]);
  });

  describe('columns', () => {
    const sf = makeVenue('sf', 'Moscone');
    const la = makeVenue('la', 'Convention Center');
    const bio = { ...makeSector('bio', 'Biotech'), color: '#2e7d32' };
    const at = (id: string, hour: number, extra: Partial<Activity> = {}) =>
      makeActivity({ id, start: Date.UTC(2025, 9, 6, hour), end: Date.UTC(2025, 9, 6, hour + 1), ...extra });
    const list = [at('x', 16, { venue: la }), at('y', 17, { venue: sf, sectors: [bio] }), at('z', 18)];

    it('are the venues in the programme’s order, the activities without one last under “Other”', () => {
      const [day] = grid(list, 'America/Los_Angeles', { order: ['sf', 'la'] }).days;
      expect(day.columns.map((c) => c.name)).to.deep.equal(['Moscone', 'Convention Center', 'Other']);
      const [unordered] = grid(list, 'America/Los_Angeles').days;
      expect(unordered.columns.map((c) => c.key)).to.deep.equal(['la', 'sf', '']);
    });

    it('are the first sector, or the city, when asked', () => {
      const [bySector] = grid(list, 'America/Los_Angeles', { columns: 'sector' }).days;
      expect(bySector.columns.map((c) => [c.name, c.color])).to.deep.equal([
        ['Biotech', '#2e7d32'],
        ['Other', undefined],
      ]);
      const [byCity] = grid(list, 'America/Los_Angeles', { columns: 'city', lang: 'fr' }).days;
      expect(byCity.columns.map((c) => c.name)).to.deep.equal(['Autres']);
    });

    it('chooses venues for a conference, sectors for a mission of one-off places, else cities', () => {
      const talks = [1, 2, 3, 4, 5, 6].map((i) => at(`t${i}`, 10 + i, { venue: i % 2 ? sf : la }));
      expect(columnsFor(talks, 'auto')).to.equal('venue');
      expect(columnsFor(list, 'auto')).to.equal('sector');
      expect(columnsFor([at('p', 16)], 'auto')).to.equal('city');
      expect(columnsFor(list, 'city')).to.equal('city');
    });

    it('puts overlapping activities of one column side by side', () => {
      const overlap = [at('p', 16, { venue: sf }), at('q', 16, { venue: sf }), at('r', 18, { venue: sf })];
      const [day] = grid(overlap, 'America/Los_Angeles').days;
      expect(day.columns[0].blocks.map((b) => [b.activity.id, b.lane, b.lanes])).to.deep.equal([
        ['p', 0, 2],
        ['q', 1, 2],
        ['r', 0, 1],
      ]);
    });
  });

  it('floors to the zone’s hour (Kathmandu is 5:45 ahead of UTC; Lord Howe turns its clocks back half an hour)', () => {
    const instant = Date.UTC(2025, 9, 6, 4, 40); // 10:25 in Kathmandu
    expect(wallClock(hourFloor(instant, 'Asia/Kathmandu'), 'Asia/Kathmandu')).to.equal('10:00');
    // 6 April 2025, 15:00 UTC: 02:00 summer time became 01:30 standard time; the hour before is 01:00 summer time
    expect(hourFloor(Date.UTC(2025, 3, 5, 15), 'Australia/Lord_Howe')).to.equal(Date.UTC(2025, 3, 5, 14));
  });

  it('places every activity once, on its day in the display zone, inside the axis, on whole local hours', () => {
    const zones = ['Europe/Brussels', 'America/Los_Angeles', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe'];
    // starts around the 2025 DST weekends of both hemispheres
    const anchors = [Date.UTC(2025, 2, 29), Date.UTC(2025, 3, 5), Date.UTC(2025, 9, 25), Date.UTC(2025, 10, 1)];
    const activity = fc.record({
      anchor: fc.constantFrom(...anchors),
      offset: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      length: fc.integer({ min: 5, max: 20 * 60 }),
      venue: fc.constantFrom(undefined, makeVenue('v1', 'One'), makeVenue('v2', 'Two')),
    });
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.array(activity, { minLength: 1, maxLength: 25 }), (zone, specs) => {
        const list = specs.map((s, i) => {
          const start = s.anchor + s.offset * MIN;
          return makeActivity({ id: `p${i}`, start, end: start + s.length * MIN, venue: s.venue });
        });
        const { days } = grid(list, zone);
        const placed = days.flatMap((d) => blocks(d).map((b) => ({ day: d, b })));
        expect(placed.map((p) => p.b.activity.id).sort()).to.deep.equal(list.map((a) => a.id).sort());
        for (const { day, b } of placed) {
          expect(dateKey(b.activity.start, zone)).to.equal(day.date);
          expect(b.top).to.equal((b.activity.start - day.start) / MIN);
          expect(b.top).to.be.at.least(0);
          expect(b.top + b.length).to.be.at.most(day.minutes);
          expect(b.continues).to.equal(b.activity.end > day.start + day.minutes * MIN);
          if (b.activity.end - b.activity.start <= 16 * HOUR) expect(b.continues).to.equal(false);
        }
        for (const day of days) {
          expect(day.lines.length).to.equal(day.minutes / 60 + 1);
          expect(wallClock(day.start, zone).slice(3)).to.equal('00');
          // Lord Howe moves its clocks by half an hour: its lines after the change fall on :30
          if (zone !== 'Australia/Lord_Howe')
            expect(day.lines.every((l) => l.datetime.slice(14, 16) === '00')).to.equal(true);
          expect(day.lines.every((l, i) => l.offset === i * 60)).to.equal(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
