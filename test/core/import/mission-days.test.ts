import { expect } from '@open-wc/testing';
import { activityDay, groupByDay } from '../../../src/core/agenda/group.js';
import type { Programme } from '../../../src/core/feed/types.js';
import { frabJsonToFeed, importProgramme } from '../../../src/core/import/index.js';

type Json = Record<string, unknown>;

/** A frab `schedule.json` with the given days (each `{ date, day_start?, day_end?, rooms }`). */
function frab(days: Json[], conference: Json = {}): Json {
  return { schedule: { conference: { title: 'Conf', time_zone_name: 'Asia/Kolkata', days, ...conference } } };
}

/** The (mission-day) day of each activity, by id. */
function missionDays(programme: Programme | undefined): Record<string, string> {
  const { mission, activities } = programme!;
  const opts = { zone: 'Europe/Brussels', mode: 'mission-day', missionZone: mission.timeZone } as const;
  return Object.fromEntries(activities.map((a) => [a.id, activityDay(a, { ...opts, dayChange: mission.dayChange })]));
}

/** The minimal reproduction: a day whose `day_start` is written in UTC, 21:30 the evening before (03:00 in Kolkata). */
export const kolkataSchedule = frab([
  {
    index: 1,
    date: '2023-09-10',
    day_start: '2023-09-09T21:30:00+00:00',
    rooms: { Hall: [{ guid: 'talk', date: '2023-09-10T05:00:00+00:00', duration: '00:30', title: 'Talk' }] },
  },
]);

describe('importProgramme: the mission day of an imported event', () => {
  it('is the day the schedule lists it under, whatever the offset of day_start (Kolkata, written in UTC)', () => {
    const result = importProgramme(kolkataSchedule);
    expect(result.errors).to.deep.equal([]);
    const { mission, activities } = result.programme!;
    expect(mission.timeZone).to.equal('Asia/Kolkata');
    // 21:30 UTC is 03:00 in Kolkata: not a day change of "21:30".
    expect(mission.dayChange).to.equal('00:00');
    expect(activities[0]).to.include({ id: 'talk', start: Date.UTC(2023, 8, 10, 5), missionDay: '2023-09-10' });
    expect(missionDays(result.programme)).to.deep.equal({ talk: '2023-09-10' });
    const groups = groupByDay(activities, {
      zone: 'Europe/Brussels',
      mode: 'mission-day',
      missionZone: mission.timeZone,
      dayChange: mission.dayChange,
    });
    expect(groups.map((g) => g.date)).to.deep.equal(['2023-09-10']);
  });

  it('respects each day: a first day starting at 11:00 does not move the 06:00–11:00 events of the others', () => {
    const event = (guid: string, date: string) => ({ guid, date, duration: '00:30', title: guid });
    const result = importProgramme(
      frab(
        [
          {
            date: '2024-03-01',
            day_start: '2024-03-01T11:00:00+05:30',
            day_end: '2024-03-02T02:00:00+05:30',
            rooms: {
              Hall: [
                // Before the day's own start: still that day.
                event('opening', '2024-03-01T10:30:00+05:30'),
                event('late', '2024-03-02T01:00:00+05:30'),
              ],
            },
          },
          {
            date: '2024-03-02',
            day_start: '2024-03-02T06:00:00+05:30',
            day_end: '2024-03-02T23:00:00+05:30',
            rooms: {
              Hall: [event('yoga', '2024-03-02T06:30:00+05:30'), event('keynote', '2024-03-02T09:00:00+05:30')],
            },
          },
        ],
        { start: '2024-03-01', end: '2024-03-02' },
      ),
    );
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(missionDays(result.programme)).to.deep.equal({
      opening: '2024-03-01',
      late: '2024-03-01',
      yoga: '2024-03-02',
      keynote: '2024-03-02',
    });
    // The day change that places "now": after day 1's night (02:00), before day 2's start (06:00).
    expect(result.programme!.mission.dayChange).to.equal('02:00');
  });

  it('places a clock-only start on the date inside its day (Pentabarf <start>), each day with its own offset', () => {
    // Berlin, the weekend summer time starts (31 March 2024): day 1 runs 11:00 CET → 03:00 CEST the next morning.
    const xml =
      '<schedule><conference><title>Camp</title><time_zone_name>Europe/Berlin</time_zone_name></conference>' +
      '<day index="1" date="2024-03-30" start="2024-03-30T11:00:00+01:00" end="2024-03-31T03:00:00+02:00">' +
      '<room name="Tent"><event guid="early"><start>10:30</start><duration>00:30</duration><title>E</title></event>' +
      '<event guid="night"><start>01:30</start><duration>00:30</duration><title>N</title></event>' +
      '<event guid="dawn"><start>03:30</start><duration>00:30</duration><title>D</title></event>' +
      '<event guid="gap"><start>02:30</start><duration>00:30</duration><title>G</title></event></room></day>' +
      '<day index="2" date="2024-03-31" start="2024-03-31T06:00:00+02:00" end="2024-03-31T22:00:00+02:00">' +
      '<room name="Tent"><event guid="sun"><start>06:30</start><duration>00:30</duration><title>S</title></event>' +
      '</room></day></schedule>';
    const result = importProgramme(xml);
    // 02:30 on the night of day 1 is 02:30 on the 31st, which Berlin skips.
    expect(result.errors).to.deep.equal([
      {
        path: '/schedule/day[1]/room[@name="Tent"]/event[4].start',
        message: 'This start does not exist in Europe/Berlin (the clocks skip it that night); the event was skipped.',
      },
    ]);
    const byId = Object.fromEntries(result.programme!.activities.map((a) => [a.id, a.start]));
    expect(byId).to.deep.equal({
      early: Date.UTC(2024, 2, 30, 9, 30), // 10:30 CET on the 30th
      night: Date.UTC(2024, 2, 31, 0, 30), // 01:30 CET on the 31st, before the clocks jump
      dawn: Date.UTC(2024, 2, 31, 1, 30), // 03:30 CEST on the 31st: half an hour past day 1, not 7.5 h before it
      sun: Date.UTC(2024, 2, 31, 4, 30), // 06:30 CEST
    });
    expect(missionDays(result.programme)).to.deep.equal({
      early: '2024-03-30',
      night: '2024-03-30',
      dawn: '2024-03-30',
      sun: '2024-03-31',
    });
  });

  it('writes the mission day into the converted feed, and the schedule day_change when it gives one', () => {
    const { feed } = frabJsonToFeed(frab([], { day_change: '04:00' }));
    expect((feed!.mission as Json).dayChange).to.equal('04:00');
    const converted = frabJsonToFeed(kolkataSchedule).feed!;
    expect((converted.activities as Json[])[0]).to.include({ missionDay: '2023-09-10' });
  });
});
