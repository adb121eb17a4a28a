import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { activityDay, compareActivities, dayShift, groupByDay, instantDay } from '../../../src/core/agenda/group.js';
import { dateKey } from '../../../src/core/time/format.js';
import { HOUR, makeActivity, makeLocation, makeVenue } from './builders.js';

const LA = 'America/Los_Angeles';
const BXL = 'Europe/Brussels';
// 21:00 PDT (UTC−7) on 6 Oct 2025 = 04:00 UTC on 7 Oct = 06:00 CEST in Brussels.
const evening = makeActivity({ id: 'evening', start: Date.UTC(2025, 9, 7, 4), end: Date.UTC(2025, 9, 7, 6) });

describe('groupByDay (day)', () => {
  it('groups by the date in the display zone', () => {
    expect(groupByDay([evening], { zone: BXL }).map((g) => g.date)).to.deep.equal(['2025-10-07']);
    expect(groupByDay([evening], { zone: LA }).map((g) => g.date)).to.deep.equal(['2025-10-06']);
  });

  it('handles +11 h, +13:45 and quarter-hour zones', () => {
    // 23:30 AEDT (UTC+11) on 6 Oct = 12:30 UTC = 02:15 on 7 Oct in Chatham (UTC+13:45 in summer).
    const sydney = makeActivity({ id: 'syd', start: Date.UTC(2025, 9, 6, 12, 30), end: Date.UTC(2025, 9, 6, 13) });
    expect(activityDay(sydney, { zone: 'Australia/Sydney' })).to.equal('2025-10-06');
    expect(activityDay(sydney, { zone: 'Pacific/Chatham' })).to.equal('2025-10-07');
    expect(activityDay(sydney, { zone: LA })).to.equal('2025-10-06'); // 05:30 PDT
    // 18:15 UTC = 00:00 on 7 Oct in Kathmandu (+05:45), 23:45 on 6 Oct in Kolkata (+05:30).
    const midnight = makeActivity({ id: 'ktm', start: Date.UTC(2025, 9, 6, 18, 15), end: Date.UTC(2025, 9, 6, 19) });
    const before = makeActivity({ id: 'ktm-1', start: Date.UTC(2025, 9, 6, 18, 14), end: Date.UTC(2025, 9, 6, 19) });
    const ktm = groupByDay([midnight, before], { zone: 'Asia/Kathmandu' });
    expect(ktm.map((g) => [g.date, g.activities.map((a) => a.id)])).to.deep.equal([
      ['2025-10-06', ['ktm-1']],
      ['2025-10-07', ['ktm']],
    ]);
    expect(activityDay(midnight, { zone: 'Asia/Kolkata' })).to.equal('2025-10-06');
  });

  it('lists multi-day activities under their start day only, sorts days and activities, collects cities', () => {
    const sf = makeLocation('sf');
    const la = makeLocation('la');
    const t = Date.UTC(2025, 9, 6, 16); // 09:00 PDT, 6 Oct
    const overnight = makeActivity({ id: 'night', start: t + 13 * HOUR, end: t + 40 * HOUR, location: sf });
    const b = makeActivity({ id: 'b', start: t, end: t + 2 * HOUR, location: la });
    const a = makeActivity({ id: 'a', start: t, end: t + 2 * HOUR, venue: makeVenue('v', 'Hall', undefined, sf) });
    const short = makeActivity({ id: 'z', start: t, end: t + HOUR, location: la });
    const next = makeActivity({ id: 'next', start: t + 24 * HOUR, end: t + 25 * HOUR, location: la });
    const groups = groupByDay([next, overnight, b, a, short], { zone: LA });
    expect(groups.map((g) => g.date)).to.deep.equal(['2025-10-06', '2025-10-07']);
    expect(groups[0].activities.map((x) => x.id)).to.deep.equal(['z', 'a', 'b', 'night']);
    expect(groups[0].locations.map((l) => l.id)).to.deep.equal(['la', 'sf']);
    expect(groups[1].activities.map((x) => x.id)).to.deep.equal(['next']);
  });
});

describe('groupByDay (mission-day)', () => {
  const opts = { zone: BXL, mode: 'mission-day', missionZone: LA, dayChange: '04:00' } as const;
  // 02:30 PDT on 7 Oct = 09:30 UTC = 11:30 in Brussels.
  const late = makeActivity({ id: 'late', start: Date.UTC(2025, 9, 7, 9, 30), end: Date.UTC(2025, 9, 7, 10) });
  // 04:00 PDT on 7 Oct, exactly at the day change.
  const early = makeActivity({ id: 'early', start: Date.UTC(2025, 9, 7, 11), end: Date.UTC(2025, 9, 7, 12) });

  it('puts nights before the day change on the previous mission day', () => {
    const groups = groupByDay([late, early, evening], opts);
    expect(groups.map((g) => [g.date, g.activities.map((a) => a.id)])).to.deep.equal([
      ['2025-10-06', ['evening', 'late']],
      ['2025-10-07', ['early']],
    ]);
    expect(activityDay(late, { ...opts, dayChange: '00:00' })).to.equal('2025-10-07');
    expect(activityDay(late, { zone: BXL, mode: 'mission-day', missionZone: LA })).to.equal('2025-10-07');
  });

  it('dayShift gives the badge: display date minus heading date', () => {
    expect(dayShift(late, '2025-10-06', BXL)).to.equal(1);
    expect(dayShift(late, '2025-10-06', LA)).to.equal(1); // 7 Oct in LA too
    expect(dayShift(early, '2025-10-07', LA)).to.equal(0);
    // 20:00 PDT on 6 Oct seen from Tokyo is 12:00 on 7 Oct; from Honolulu 17:00 on 6 Oct.
    const dinner = makeActivity({ start: Date.UTC(2025, 9, 7, 3), end: Date.UTC(2025, 9, 7, 5) });
    expect(dayShift(dinner, '2025-10-06', 'Asia/Tokyo')).to.equal(1);
    expect(dayShift(dinner, '2025-10-07', 'Pacific/Honolulu')).to.equal(-1);
  });
});

describe('groupByDay (mission-day) with the days a feed names', () => {
  const KOLKATA = 'Asia/Kolkata';
  const opts = { zone: BXL, mode: 'mission-day', missionZone: KOLKATA, dayChange: '03:00' } as const;
  // 02:00 in Kolkata on 10 Sep 2023 (20:30 UTC on 9 Sep), listed by its schedule under 10 Sep.
  const listed = makeActivity({
    id: 'listed',
    start: Date.UTC(2023, 8, 9, 20, 30),
    end: Date.UTC(2023, 8, 9, 21),
    missionDay: '2023-09-10',
  });
  const derived = makeActivity({ id: 'derived', start: Date.UTC(2023, 8, 9, 20, 30), end: Date.UTC(2023, 8, 9, 21) });

  it("puts an activity under its own mission day, whatever the mission's day change says", () => {
    expect(activityDay(derived, opts)).to.equal('2023-09-09');
    expect(activityDay(listed, opts)).to.equal('2023-09-10');
    const groups = groupByDay([derived, listed], opts);
    expect(groups.map((g) => [g.date, g.activities.map((a) => a.id)])).to.deep.equal([
      ['2023-09-09', ['derived']],
      ['2023-09-10', ['listed']],
    ]);
    // In Brussels it starts at 22:30 on 9 Sep: one day before its heading.
    expect(dayShift(listed, '2023-09-10', BXL)).to.equal(-1);
  });

  it('ignores the mission day when grouping by the date in the display zone', () => {
    expect(activityDay(listed, { zone: BXL })).to.equal('2023-09-09');
    expect(activityDay(listed, { zone: KOLKATA, mode: 'day' })).to.equal('2023-09-10');
  });

  it('gives the day of an instant (what "today" is) without any activity', () => {
    const instant = Date.UTC(2023, 8, 9, 20, 30);
    expect(instantDay(instant, opts)).to.equal('2023-09-09');
    expect(instantDay(instant, { ...opts, dayChange: '00:00' })).to.equal('2023-09-10');
    expect(instantDay(instant, { zone: BXL })).to.equal('2023-09-09');
  });
});

describe('groupByDay properties', () => {
  const ZONES = [LA, BXL, 'Australia/Sydney', 'Asia/Kolkata', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
  const arbList = fc
    .array(
      fc.record({
        start: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2026, 0, 1) }),
        length: fc.integer({ min: 1, max: 3 * 86_400_000 }),
      }),
      { maxLength: 40 },
    )
    .map((xs) => xs.map((x, i) => makeActivity({ id: `a${i}`, start: x.start, end: x.start + x.length })));
  const arbOpts = fc.record({
    zone: fc.constantFrom(...ZONES),
    mode: fc.constantFrom('day' as const, 'mission-day' as const),
    missionZone: fc.constantFrom(...ZONES),
    dayChange: fc.constantFrom('00:00', '03:30', '04:00', '06:15'),
  });

  it('keeps every activity exactly once, sorted days, chronological groups, on the right day', () => {
    fc.assert(
      fc.property(arbList, arbOpts, (list, opts) => {
        const groups = groupByDay(list, opts);
        const ids = groups.flatMap((g) => g.activities.map((a) => a.id));
        expect([...ids].sort()).to.deep.equal(list.map((a) => a.id).sort());
        const dates = groups.map((g) => g.date);
        expect(dates).to.deep.equal([...new Set(dates)].sort());
        for (const g of groups) {
          for (let i = 1; i < g.activities.length; i++)
            expect(compareActivities(g.activities[i - 1], g.activities[i])).to.be.below(0);
          for (const a of g.activities) {
            if (opts.mode === 'day') expect(dateKey(a.start, opts.zone)).to.equal(g.date);
            // The mission-zone date is the heading date, or the next one for a night before the day change.
            else expect([0, 1]).to.include(dayShift(a, g.date, opts.missionZone));
          }
        }
      }),
    );
  });
});
