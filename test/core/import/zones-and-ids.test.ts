import { expect } from '@open-wc/testing';
import { frabJsonToFeed, frabXmlToFeed, importProgramme } from '../../../src/core/import/index.js';

type Json = Record<string, unknown>;

/** An old frab schedule.xml: `<date>` without offset, no `<time_zone_name>`. */
const floatingXml = (conference = '') =>
  '<?xml version="1.0"?><schedule><conference><title>Old conf</title>' +
  conference +
  '</conference><day index="1" date="2012-02-04"><room name="Janson">' +
  '<event id="1"><date>2012-02-04T09:30:00</date><duration>00:50</duration><title>Opening</title></event>' +
  '<event id="2"><start>11:00</start><duration>00:50</duration><title>Next</title></event>' +
  '</room></day></schedule>';

const starts = (result: ReturnType<typeof importProgramme>) => result.programme!.activities.map((a) => a.start);

describe('importProgramme: times with neither offset nor zone', () => {
  it('reads them as UTC and says so plainly, naming the zone assumed and how to give the right one', () => {
    const result = importProgramme(floatingXml());
    expect(result.errors).to.deep.equal([]);
    expect(result.programme!.mission.timeZone).to.equal('UTC');
    expect(starts(result)).to.deep.equal([Date.UTC(2012, 1, 4, 9, 30), Date.UTC(2012, 1, 4, 11)]);
    expect(result.warnings).to.deep.equal([
      {
        path: '/schedule/conference.time_zone_name',
        message:
          'The schedule gives no time zone, and the times of its 2 events carry no UTC offset: they were read as UTC ' +
          '(a talk at 09:30 is taken to start at 09:30 UTC) and "event time" is UTC. If the conference is not on ' +
          'UTC, give its zone: the agenda\'s event-zone attribute (e.g. event-zone="Europe/Brussels") or the ' +
          "converter's --time-zone.",
      },
    ]);
    // Not the message for schedules whose times carry offsets.
    expect(result.warnings[0].message).not.to.contain('carry UTC offsets');
  });

  it('reads them in the event zone given, without a warning, and writes that zone into the feed', () => {
    const result = importProgramme(floatingXml(), { eventZone: 'Europe/Brussels' });
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.programme!.mission.timeZone).to.equal('Europe/Brussels');
    // 09:30 and 11:00 in Brussels (UTC+1 in February).
    expect(starts(result)).to.deep.equal([Date.UTC(2012, 1, 4, 8, 30), Date.UTC(2012, 1, 4, 10)]);
    const { feed } = frabXmlToFeed(floatingXml(), { eventZone: 'Europe/Brussels' });
    expect((feed!.mission as Json).timeZone).to.equal('Europe/Brussels');
    expect((feed!.activities as Json[]).map((a) => [a.start, a.end])).to.deep.equal([
      ['2012-02-04T09:30:00', '2012-02-04T10:20:00+01:00'],
      ['2012-02-04T11:00', '2012-02-04T11:50:00+01:00'],
    ]);
  });

  it("keeps the schedule's own zone over the event zone, saying so when they differ", () => {
    const own = floatingXml('<time_zone_name>Europe/Brussels</time_zone_name>');
    expect(importProgramme(own, { eventZone: 'Europe/Paris' }).warnings).to.deep.equal([
      {
        path: '/schedule/conference.time_zone_name',
        message:
          'The schedule gives its own time zone, Europe/Brussels: its times are read there, not in Europe/Paris ' +
          '(the event zone given with it).',
      },
    ]);
    expect(importProgramme(own, { eventZone: 'Europe/Brussels' }).warnings).to.deep.equal([]);
    const unknown = importProgramme(floatingXml('<time_zone_name>CEST</time_zone_name>'), {
      eventZone: 'Europe/Brussels',
    });
    expect(unknown.programme!.mission.timeZone).to.equal('Europe/Brussels');
    expect(unknown.warnings.map((w) => w.message)).to.deep.equal([
      'Unknown time zone "CEST": the event zone given with the schedule, Europe/Brussels, is used instead.',
    ]);
  });

  it('reports an unknown event zone as an error and reads the times as without one', () => {
    const result = importProgramme(floatingXml(), { eventZone: 'Mars/Olympus' });
    expect(result.errors).to.deep.equal([
      {
        path: '$',
        message:
          'Unknown time zone "Mars/Olympus" given for times without a UTC offset (event-zone, --time-zone); it was ' +
          'not used.',
      },
    ]);
    expect(result.programme!.mission.timeZone).to.equal('UTC');
    expect(result.warnings).to.have.length(1);
  });

  it('gives a schedule whose times carry offsets but that names no zone the event zone as its own', () => {
    const json = {
      schedule: {
        conference: {
          title: 'Offsets',
          days: [
            {
              date: '2026-01-31',
              rooms: { A: [{ guid: 'g', date: '2026-01-31T09:30:00+01:00', duration: '00:30', title: 'T' }] },
            },
          ],
        },
      },
    };
    const result = importProgramme(json, { eventZone: 'Europe/Brussels' });
    expect(result.warnings).to.deep.equal([]);
    expect(result.programme!.mission.timeZone).to.equal('Europe/Brussels');
    expect(starts(result)).to.deep.equal([Date.UTC(2026, 0, 31, 8, 30)]);
    // A mission-agenda feed always names its zone: the option changes nothing there.
    const feed = { version: 1, mission: { id: 'm', title: 'M', timeZone: 'Asia/Tokyo' } };
    expect(importProgramme(feed, { eventZone: 'Europe/Brussels' }).programme!.mission.timeZone).to.equal('Asia/Tokyo');
  });
});

describe('importProgramme: zone names as the schedule writes them', () => {
  const kathmandu = (zone: string) =>
    '<schedule><conference><title>K</title>' +
    `<time_zone_name>${zone}</time_zone_name></conference><day date="2025-11-01"><room name="Hall">` +
    '<event guid="g"><date>2025-11-01T10:00:00+05:45</date><duration>01:00</duration><title>T</title></event>' +
    '</room></day></schedule>';

  it("keeps Asia/Kathmandu and Asia/Kolkata (not Intl's Asia/Katmandu and Asia/Calcutta) in feeds and messages", () => {
    const result = importProgramme(kathmandu('Asia/Kathmandu'));
    expect(result.warnings).to.deep.equal([]);
    expect(result.programme!.mission.timeZone).to.equal('Asia/Kathmandu');
    expect(result.programme!.activities[0].timeZone).to.equal('Asia/Kathmandu');
    expect((frabXmlToFeed(kathmandu('Asia/Kathmandu')).feed!.mission as Json).timeZone).to.equal('Asia/Kathmandu');

    const kolkata = importProgramme(kathmandu('Asia/Kolkata'));
    expect(kolkata.programme!.mission.timeZone).to.equal('Asia/Kolkata');
    expect(kolkata.warnings.map((w) => w.message)).to.deep.equal([
      'The offset +05:45 does not match Asia/Kolkata, which is at UTC+05:30 then; the instant was kept as written ' +
        '(09:45 on 2025-11-01 in Asia/Kolkata).',
      'The offset +05:45 does not match Asia/Kolkata, which is at UTC+05:30 then; the instant was kept as written ' +
        '(10:45 on 2025-11-01 in Asia/Kolkata).',
    ]);
    const unknown = importProgramme(kathmandu('Asia/Kathmandoo'));
    expect(unknown.programme!.mission.timeZone).to.equal('UTC');
    expect(unknown.warnings[0].message).to.match(/^Unknown time zone "Asia\/Kathmandoo"\./);
  });

  it('says once that 117 events give their times in UTC while the schedule is in Asia/Kolkata', () => {
    const events = Array.from({ length: 117 }, (_, i) => ({
      guid: `e${i}`,
      date: `2023-09-10T${String(4 + (i % 12)).padStart(2, '0')}:00:00+00:00`,
      duration: '00:30',
      title: `Talk ${i}`,
    }));
    const result = importProgramme({
      schedule: {
        conference: {
          title: 'Kolkata',
          time_zone_name: 'Asia/Kolkata',
          days: [{ date: '2023-09-10', day_start: '2023-09-09T21:30:00+00:00', rooms: { Hall: events } }],
        },
      },
    });
    expect(result.errors).to.deep.equal([]);
    expect(result.programme!.activities).to.have.length(117);
    expect(result.warnings).to.deep.equal([
      {
        path: 'activities[0].start',
        message:
          '117 activities give their times in UTC (+00:00) although their zone is Asia/Kolkata: the instants were ' +
          'kept as written and are shown in Asia/Kolkata time.',
      },
    ]);
  });
});

describe('importProgramme: events without ids', () => {
  const pentabarf = (events: string) =>
    '<schedule><conference><title>P</title><time_zone_name>Europe/Brussels</time_zone_name></conference>' +
    `<day date="2026-01-31"><room name="Room A.1">${events}</room></day></schedule>`;
  const ev = (title: string, start = '10:00', attrs = '') =>
    `<event${attrs}><start>${start}</start><duration>00:30</duration><title>${title}</title></event>`;

  it('get an id made from day, room, start and title, said once, instead of being dropped', () => {
    const doc = pentabarf(ev('Opening talk', '09:30') + ev('Café & Co', '11:00') + ev('Kept', '12:00', ' id="7"'));
    const result = importProgramme(doc);
    expect(result.errors).to.deep.equal([]);
    expect(result.programme!.activities.map((a) => a.id)).to.deep.equal([
      '2026-01-31-room-a-1-0930-opening-talk',
      '2026-01-31-room-a-1-1100-cafe-co',
      '7',
    ]);
    expect(result.warnings).to.deep.equal([
      {
        path: '/schedule/day[1]/room[@name="Room A.1"]/event[1]',
        message:
          '2 events have no id (neither "guid" nor "id"): each was given one made from its day, room, start and ' +
          'title, such as "2026-01-31-room-a-1-0930-opening-talk", which stays the same as long as those do.',
      },
    ]);
  });

  it('keep their ids when the schedule is read again or other events move', () => {
    const first = importProgramme(pentabarf(ev('A', '09:00') + ev('B', '10:00')));
    const again = importProgramme(pentabarf(ev('C', '08:00') + ev('B', '10:00') + ev('A', '09:00')));
    const id = (r: ReturnType<typeof importProgramme>, title: string) =>
      r.programme!.activities.find((a) => a.title.und === title)!.id;
    expect(id(again, 'A')).to.equal(id(first, 'A'));
    expect(id(again, 'B')).to.equal(id(first, 'B'));
  });

  it("never take an id the schedule gives, nor each other's", () => {
    const doc = pentabarf(
      ev('Same', '10:00', ' id="2026-01-31-room-a-1-1000-same"') + ev('Same', '10:00') + ev('Same', '10:00'),
    );
    const result = importProgramme(doc);
    expect(result.errors).to.deep.equal([]);
    expect(result.programme!.activities.map((a) => a.id).sort()).to.deep.equal([
      '2026-01-31-room-a-1-1000-same',
      '2026-01-31-room-a-1-1000-same-2',
      '2026-01-31-room-a-1-1000-same-3',
    ]);
  });

  it('are kept in a schedule.json too', () => {
    const json = {
      schedule: {
        conference: {
          title: 'J',
          time_zone_name: 'Europe/Berlin',
          days: [
            {
              date: '2019-08-21',
              rooms: { Curie: [{ date: '2019-08-21T22:00:00+02:00', duration: '1:30', title: 'Night' }] },
            },
          ],
        },
      },
    };
    const { feed, warnings } = frabJsonToFeed(json);
    expect((feed!.activities as Json[])[0].id).to.equal('2019-08-21-curie-2200-night');
    expect(warnings).to.have.length(1);
  });
});
