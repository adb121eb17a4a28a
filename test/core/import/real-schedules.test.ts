import { expect } from '@open-wc/testing';
import camp from '../../fixtures/real/frab-camp2019.json';
import democon from '../../fixtures/real/pretalx-democon.json';
import rc3 from '../../fixtures/real/pretalx-rc3.json';
import { activityDay, groupByDay, type GroupOptions } from '../../../src/core/agenda/group.js';
import type { Programme } from '../../../src/core/feed/types.js';
import { importProgramme } from '../../../src/core/import/index.js';
import { toOffsetIso } from '../../../src/core/time/format.js';
import { activity, realFixture } from './real-fixtures.js';

/** Grouping options for a programme, in `zone`, by date or by mission day. */
function grouping(programme: Programme, zone: string, mode: 'day' | 'mission-day'): GroupOptions {
  return { zone, mode, missionZone: programme.mission.timeZone, dayChange: programme.mission.dayChange };
}

/** Every activity under exactly one day, none lost. */
function expectAllGrouped(programme: Programme, opts: GroupOptions): void {
  const ids = groupByDay(programme.activities, opts).flatMap((g) => g.activities.map((a) => a.id));
  expect(ids.sort()).to.deep.equal(programme.activities.map((a) => a.id).sort());
}

describe('real schedules, as a new user would import them', () => {
  describe('31C3 Sendezentrum (schedule.xml without a zone; <date> without offset; <guid> elements)', () => {
    let xml = '';
    before(async () => {
      xml = await realFixture('31c3-sendezentrum.xml');
    });

    it('keeps every event, and says the times were read as UTC when no zone is given', () => {
      const result = importProgramme(xml);
      expect(result.errors).to.deep.equal([]);
      expect(result.programme!.activities).to.have.length(11);
      expect(result.warnings.map((w) => w.message)).to.deep.equal([
        'The schedule gives no time zone, and the times of its 11 events carry no UTC offset: they were read as UTC ' +
          '(a talk at 09:30 is taken to start at 09:30 UTC) and "event time" is UTC. If the conference is not on ' +
          'UTC, give its zone: the agenda\'s event-zone attribute (e.g. event-zone="Europe/Brussels") or the ' +
          "converter's --time-zone.",
      ]);
    });

    it('reads the times in Hamburg with event-zone Europe/Berlin, each under its listed day', () => {
      const result = importProgramme(xml, { eventZone: 'Europe/Berlin' });
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      const programme = result.programme!;
      expect(programme.mission).to.include({ timeZone: 'Europe/Berlin', dayChange: '04:00' });
      // The guid elements are the ids.
      const first = activity(programme, '1c1bfba9b201c3fa03bf7934fd1bf3fb');
      expect(toOffsetIso(first.start, 'Europe/Berlin')).to.equal('2014-12-27T14:00:00+01:00');
      expect(toOffsetIso(first.start, 'America/New_York')).to.equal('2014-12-27T08:00:00-05:00');
      // Every person is numbered 0 in this file: each name is its own contact.
      const freakShow = activity(programme, '75f262929b2c8b7ca8720031b64d96b3');
      expect(freakShow.contacts.map((c) => c.name)).to.deep.equal([
        'Tim Pritlove',
        'John-Paul Bader',
        'Ruotger Deecke',
        'Clemens Schrimpe',
        'Denis Ahrens',
      ]);
      expect(new Set(programme.contacts.map((c) => c.id)).size).to.equal(programme.contacts.length);
      // A nameless <person id="0"/> is left out.
      expect(activity(programme, '95f56eb6fcb4b5e5b1e5915dfd7c15ae').contacts).to.deep.equal([]);

      // 22:00 on 29 December for two hours: the 29th in Berlin, the 30th in Tokyo, the 29th by mission day.
      const late = activity(programme, '40d7bb23f86e3e17727f6ba7f1fb9e39');
      expect(activityDay(late, grouping(programme, 'Europe/Berlin', 'day'))).to.equal('2014-12-29');
      expect(activityDay(late, grouping(programme, 'Asia/Tokyo', 'day'))).to.equal('2014-12-30');
      expect(activityDay(late, grouping(programme, 'Asia/Tokyo', 'mission-day'))).to.equal('2014-12-29');
      // Midnight, listed under 30 December: that day, as the schedule says.
      const midnight = activity(programme, '3b9b8b0f70ccb6e553d9b51437a094bc');
      expect(midnight.start).to.equal(Date.UTC(2014, 11, 29, 23));
      expect(activityDay(midnight, grouping(programme, 'America/Los_Angeles', 'mission-day'))).to.equal('2014-12-30');
      for (const zone of ['Europe/Berlin', 'Asia/Tokyo', 'America/Los_Angeles']) {
        expectAllGrouped(programme, grouping(programme, zone, 'day'));
        expectAllGrouped(programme, grouping(programme, zone, 'mission-day'));
      }
    });
  });

  describe('FOSDEM 2018 (old Pentabarf: clock-only starts, no zone)', () => {
    let xml = '';
    before(async () => {
      xml = await realFixture('fosdem-2018-excerpt.xml');
    });

    it('reads 10:00 as 10:00 in Brussels with event-zone, and as 10:00 UTC with a warning without', () => {
      const brussels = importProgramme(xml, { eventZone: 'Europe/Brussels' });
      expect(brussels.errors).to.deep.equal([]);
      expect(brussels.warnings).to.deep.equal([]);
      const keynote = activity(brussels.programme, '6245');
      expect(toOffsetIso(keynote.start, 'Europe/Brussels')).to.equal('2018-02-03T10:00:00+01:00');
      expect(keynote.missionDay).to.equal('2018-02-03');
      expect(brussels.programme!.mission.dayChange).to.equal('09:00');
      expect(keynote.description!.und).to.equal(
        'Twenty Years of OSI Stewardship\n\nThe Open Source label was born on February 3, 1998, and will celebrate ' +
          'its 20th Anniversary on February 3, 2018, during the opening day of FOSDEM 2018.\n\nOpen source software ' +
          'is now ubiquitous, recognized across industries as a fundamental component to infrastructure, as well ' +
          'as a critical factor for driving innovation.',
      );
      const utc = importProgramme(xml);
      expect(activity(utc.programme, '6245').start).to.equal(Date.UTC(2018, 1, 3, 10));
      expect(utc.warnings).to.have.length(1);
    });
  });

  describe('schedules already in the repository, seen from other zones', () => {
    it('Camp 2019: a late talk is under its listed day by mission day, and under the next date in Tokyo', () => {
      const { programme } = importProgramme(camp);
      // 23:00 CEST on 22 August for 1:30 = 06:00 on the 23rd in Tokyo.
      const late = activity(programme, 'ed4b6c75-14f4-49fe-a11e-3762bd6b54e3');
      expect(late.missionDay).to.equal('2019-08-22');
      expect(activityDay(late, grouping(programme!, 'Asia/Tokyo', 'day'))).to.equal('2019-08-23');
      expect(activityDay(late, grouping(programme!, 'Asia/Tokyo', 'mission-day'))).to.equal('2019-08-22');
      expect(programme!.mission.dayChange).to.equal('04:00');
      for (const zone of ['Europe/Berlin', 'Asia/Tokyo', 'Pacific/Honolulu']) {
        expectAllGrouped(programme!, grouping(programme!, zone, 'day'));
        expectAllGrouped(programme!, grouping(programme!, zone, 'mission-day'));
      }
    });

    it('rC3 (offsets, no zone) takes the event zone as its own, with exact instants and no warning', () => {
      const result = importProgramme(rc3, { eventZone: 'Europe/Berlin' });
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      expect(result.programme!.mission.timeZone).to.equal('Europe/Berlin');
      const talk = activity(result.programme, 'c3642671-4c1f-5109-81ba-0535c1cc8428');
      expect(toOffsetIso(talk.start, 'Europe/Berlin')).to.equal('2020-12-27T11:30:00+01:00');
    });

    it('DemoCon keeps the zone it declares over an event zone, and says so', () => {
      const result = importProgramme(democon, { eventZone: 'Europe/Berlin' });
      expect(result.programme!.mission.timeZone).to.equal('UTC');
      expect(result.programme!.activities).to.have.length(36);
      expect(result.warnings.map((w) => w.message)).to.deep.equal([
        'The schedule gives its own time zone, UTC: its times are read there, not in Europe/Berlin (the event zone ' +
          'given with it).',
        '36 activities give their times at UTC+01:00 although their zone is UTC: the instants were kept as written ' +
          'and are shown in UTC time.',
      ]);
    });
  });
});
