import { expect } from '@open-wc/testing';
import camp from '../../fixtures/real/frab-camp2019.json';
import democon from '../../fixtures/real/pretalx-democon.json';
import rc3 from '../../fixtures/real/pretalx-rc3.json';
import { frabJsonToFeed, importProgramme } from '../../../src/core/import/index.js';
import { activity } from './real-fixtures.js';

const times = (a: { start: number; end: number }) => [a.start, a.end];

describe('importProgramme: c3voc/frab schedule.json', () => {
  it('imports Chaos Communication Camp 2019 in Berlin time, from the parsed value or its text', () => {
    for (const input of [camp, JSON.stringify(camp)]) {
      const result = importProgramme(input);
      expect(result.format).to.equal('frab-json');
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      const { mission, activities, sectors, venues } = result.programme!;
      expect(mission).to.include({
        id: 'Camp2019',
        timeZone: 'Europe/Berlin',
        startDate: '2019-08-21',
        endDate: '2019-08-26',
      });
      expect(mission.title).to.deep.equal({ und: 'Chaos Communication Camp 2019' });
      expect(activities).to.have.length(79);
      // No track list in this file: the sectors are the 7 tracks its events name.
      expect(sectors.map((s) => s.id).sort()).to.deep.equal([
        'art-culture',
        'ccc',
        'entertainment',
        'ethics-society-politics',
        'hardware-making',
        'science',
        'security',
      ]);
      expect(venues.map((v) => v.id)).to.have.members(['curie', 'meitner']);
    }
  });

  it('gets the Camp instants, speakers and links right', () => {
    const { programme } = importProgramme(camp);
    const opening = activity(programme, 'a0a0fcfe-b7fb-46e3-84b6-97a5406016b4');
    expect(times(opening)).to.deep.equal([Date.UTC(2019, 7, 21, 9, 0), Date.UTC(2019, 7, 21, 9, 30)]);
    expect(opening.contacts.map((c) => [c.id, c.name])).to.deep.equal([
      ['p-7797', 'jinxx'],
      ['p-4827', 'smtw'],
    ]);
    expect(opening.url).to.equal('https://fahrplan.events.ccc.de/camp/2019/Fahrplan/events/10386.html');
    expect(opening.description).to.deep.equal({ und: 'A hearty welcome me lasses and lads!' });
    // 22:00 +02:00 for 1:30, and 12:00 +02:00 for three hours.
    expect(times(activity(programme, 'd8db148c-39e4-4f1e-af23-a26a477c82ee'))).to.deep.equal([
      Date.UTC(2019, 7, 21, 20, 0),
      Date.UTC(2019, 7, 21, 21, 30),
    ]);
    expect(times(activity(programme, '117f530f-a20b-4071-b208-39e989a42408'))).to.deep.equal([
      Date.UTC(2019, 7, 22, 10, 0),
      Date.UTC(2019, 7, 22, 13, 0),
    ]);
    expect(times(activity(programme, 'f5ef88a8-0fb3-4310-bb04-358db302a13b'))).to.deep.equal([
      Date.UTC(2019, 7, 25, 16, 0),
      Date.UTC(2019, 7, 25, 16, 30),
    ]);
    const spispy = activity(programme, 'f7df9294-6e67-4def-bf45-441663d489f6').description!.und;
    // The subtitle comes first; the <a> link of the abstract is reduced to its text.
    expect(spispy).to.match(
      /^Open source tools for flash emulation and research\n\nspispy is an open source hardware tool for emulating SPI/,
    );
  });

  it('says once that DemoCon declares UTC but writes +01:00; the instants stay as written', () => {
    const result = importProgramme(democon);
    expect(result.errors).to.deep.equal([]);
    expect(result.programme!.mission.timeZone).to.equal('UTC');
    expect(result.programme!.activities).to.have.length(36);
    // 72 times (start and end of 36 events) disagree with the zone the same way: one warning.
    expect(result.warnings).to.deep.equal([
      {
        path: 'activities[0].start',
        message:
          '36 activities give their times at UTC+01:00 although their zone is UTC: the instants were kept as ' +
          'written and are shown in UTC time.',
      },
    ]);
    const { programme } = result;
    const focused = activity(programme, '8079583e-8321-506c-95af-fd2903a5f075');
    expect(times(focused)).to.deep.equal([Date.UTC(2020, 11, 14, 8, 0), Date.UTC(2020, 11, 14, 8, 30)]);
    const managed = activity(programme, '3a74bb53-ef1a-57ce-9ba7-904d27e9eb5f');
    expect(times(managed)).to.deep.equal([Date.UTC(2020, 11, 14, 8, 0), Date.UTC(2020, 11, 14, 9, 30)]);
    expect(managed.type).to.equal('seminar');
    const secured = activity(programme, 'ba72da9d-a522-54f6-9301-4bf4f3446425');
    expect(times(secured)).to.deep.equal([Date.UTC(2020, 11, 14, 10, 30), Date.UTC(2020, 11, 14, 12, 0)]);
    expect(secured.contacts.map((c) => c.name)).to.deep.equal(['Amy Sanchez', 'Teresa Terrell']);
    // Both rooms share one guid in this file: venue ids come from the names.
    expect(programme!.venues.map((v) => v.id)).to.deep.equal(['gray-room', 'tan-room']);
  });

  it('imports rC3 (no time zone) in UTC with one clear warning and exact instants', () => {
    const result = importProgramme(rc3);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.have.length(1);
    expect(result.warnings[0].path).to.equal('schedule.conference.time_zone_name');
    expect(result.warnings[0].message).to.equal(
      'The schedule gives no time zone: the programme is shown in UTC. Its events keep their exact instants (their ' +
        'times carry UTC offsets), but "event time" reads in UTC; to show the conference\'s own time, give its zone: ' +
        'the agenda\'s event-zone attribute (e.g. event-zone="Europe/Brussels") or the converter\'s --time-zone.',
    );
    const { programme } = result;
    expect(programme!.mission.timeZone).to.equal('UTC');
    expect(programme!.activities).to.have.length(48);
    expect(times(activity(programme, 'c3642671-4c1f-5109-81ba-0535c1cc8428'))).to.deep.equal([
      Date.UTC(2020, 11, 27, 10, 30),
      Date.UTC(2020, 11, 27, 11, 10),
    ]);
    expect(times(activity(programme, 'd5691650-57d7-5787-aadc-ea515b2276da'))).to.deep.equal([
      Date.UTC(2020, 11, 27, 12, 0),
      Date.UTC(2020, 11, 27, 14, 0),
    ]);
    expect(times(activity(programme, '1e8baa54-4bc0-5b55-9fa9-c3a1c28b370c'))).to.deep.equal([
      Date.UTC(2020, 11, 30, 15, 0),
      Date.UTC(2020, 11, 30, 15, 40),
    ]);
    const { feed } = frabJsonToFeed(rc3);
    const first = (feed!.activities as { id: string; start: string; end: string }[])[0];
    expect(first).to.include({ start: '2020-12-27T10:30:00Z', end: '2020-12-27T11:10:00Z' });
  });
});

describe('frabJsonToFeed on small documents', () => {
  const schedule = (event: Record<string, unknown>, conference: Record<string, unknown> = {}) => ({
    schedule: {
      conference: {
        title: 'Small',
        time_zone_name: 'Europe/Brussels',
        tracks: [
          { name: 'Énergie & Climat', color: '#2E7D32' },
          { name: 'Bad', color: 'red' },
        ],
        days: [{ date: '2025-10-06', rooms: { 'Salle A': [event] } }],
        ...conference,
      },
    },
  });

  it('maps ids, types, tracks with colours, HTML and hostile abstracts, relative and unsafe URLs', () => {
    const event = {
      id: 42,
      date: '2025-10-06T09:00:00+02:00',
      duration: '0:45',
      title: 'Talk',
      subtitle: 'A subtitle',
      type: 'Meetup',
      track: 'Énergie & Climat',
      abstract: '<script>alert(1)</script><b>x</b>',
      description: '<p>x</p>',
      url: 'javascript:alert(1)',
      persons: [{ name: 'Ann Lee' }, { public_name: 'Ann Lee' }, { id: 7 }],
    };
    const result = importProgramme(schedule(event));
    expect(result.programme!.mission.id).to.equal('small');
    const [a] = result.programme!.activities;
    expect(a.id).to.equal('42');
    expect(a.type).to.equal('networking');
    expect(a.sectors.map((s) => [s.id, s.color])).to.deep.equal([['energie-climat', '#2e7d32']]);
    expect(result.programme!.sectors.find((s) => s.id === 'bad')?.color).to.equal(undefined);
    expect(a.description).to.deep.equal({ und: 'A subtitle\n\nx' });
    // The same name twice is one contact; a person without a name is left out.
    expect(a.contacts.map((c) => [c.id, c.name])).to.deep.equal([['p-ann-lee', 'Ann Lee']]);
    expect(a.url).to.equal(undefined);
    expect(result.errors).to.deep.equal([
      {
        path: 'activities[0].url',
        message:
          'Not a usable link (only absolute http:, https:, mailto: or tel: URLs are followed): "javascript:alert(1)".',
      },
    ]);
  });

  it('resolves relative event URLs against base_url and prefers an explicit end', () => {
    const json = schedule({
      guid: 'g',
      date: '2025-10-06T09:00:00+02:00',
      end: '2025-10-06T10:10:00+02:00',
      title: 't',
      url: '/e/1',
    });
    (json.schedule as Record<string, unknown>).base_url = 'https://conf.example/2025/';
    const [a] = importProgramme(json).programme!.activities;
    expect(a.url).to.equal('https://conf.example/e/1');
    expect(a.end - a.start).to.equal(70 * 60_000);
  });

  it('refuses values that are not schedules', () => {
    expect(frabJsonToFeed({ schedule: {} }).errors[0].message).to.match(/^Not a frab\/pretalx schedule\.json/);
    expect(frabJsonToFeed(null).feed).to.equal(undefined);
  });
});
