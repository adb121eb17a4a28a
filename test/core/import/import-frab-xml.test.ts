import { expect } from '@open-wc/testing';
import { frabXmlToFeed, importProgramme } from '../../../src/core/import/index.js';
import { activity, realFixture } from './real-fixtures.js';

const min = (n: number) => n * 60_000;

describe('importProgramme: FOSDEM 2026 schedule.xml', () => {
  let xml = '';
  before(async () => {
    xml = await realFixture('fosdem-2026.xml');
  });

  it('imports every event, in Brussels time, without a single issue', () => {
    const t0 = performance.now();
    const result = importProgramme(xml);
    console.log(
      `FOSDEM 2026 (${xml.length} characters, 883 events) imported in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(result.format).to.equal('frab-xml');
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    const { mission, activities, sectors, venues, contacts } = result.programme!;
    expect(mission).to.include({
      id: 'fosdem-2026',
      timeZone: 'Europe/Brussels',
      dayChange: '09:00',
      startDate: '2026-01-31',
      endDate: '2026-02-01',
      url: 'https://fosdem.org/2026/schedule/',
    });
    expect(mission.title).to.deep.equal({ und: 'FOSDEM 2026' });
    expect(activities).to.have.length(883);
    // The file lists 70 <track> elements (62 of them used by events); each becomes a sector, keeping its slug.
    expect(sectors).to.have.length(70);
    expect(sectors.find((s) => s.id === 'libre-chip-fpga-and-vlsi-devroom')?.name).to.deep.equal({
      und: 'FPGA and VLSI',
    });
    expect(sectors.find((s) => s.id === 'avg')?.name).to.deep.equal({ und: 'Audio, Video & Graphics Creation' });
    expect(venues).to.have.length(30);
    expect(contacts).to.have.length(927);
  });

  it('keeps the guid as id and gets the instants, room, track, speakers and abstract right', () => {
    const { programme } = importProgramme(xml);
    const welcome = activity(programme, '9c3ebb8c-7716-5130-b9fe-ff8544f5636d');
    expect(welcome.start).to.equal(Date.UTC(2026, 0, 31, 8, 30));
    expect(welcome.end).to.equal(welcome.start + min(20));
    expect(welcome.title).to.deep.equal({ und: 'Welcome to FOSDEM 2026' });
    expect(welcome.type).to.equal('seminar');
    expect(welcome.timeZone).to.equal('Europe/Brussels');
    expect(welcome.venue?.id).to.equal('janson');
    expect(welcome.sectors.map((s) => s.id)).to.deep.equal(['main']);
    expect(welcome.contacts.map((c) => [c.id, c.name])).to.deep.equal([['p-2', 'FOSDEM Staff']]);
    expect(welcome.description).to.deep.equal({ und: 'FOSDEM welcome and opening talk.' });
    expect(welcome.url).to.equal('https://fosdem.org/2026/schedule/event/SFKNTZ-welcome_to_fosdem_2026/');

    // Saturday 10:30 +01:00 for eight hours.
    const soldering = activity(programme, 'abcff329-9d4a-58cc-814b-f9f10c4f761c');
    expect([soldering.start, soldering.end]).to.deep.equal([
      Date.UTC(2026, 0, 31, 9, 30),
      Date.UTC(2026, 0, 31, 17, 30),
    ]);
    expect(soldering.venue?.name).to.deep.equal({ und: 'UA4.218' });

    const train = activity(programme, 'c54864b6-14cc-5b7c-bc29-31735989c6d1');
    expect([train.start, train.end]).to.deep.equal([Date.UTC(2026, 0, 31, 17, 55), Date.UTC(2026, 0, 31, 18, 0)]);

    // Sunday 17:50 +01:00, 25 minutes, no speaker listed.
    const closing = activity(programme, 'a63dfe4a-af50-5627-9fc3-32ee169e0a6b');
    expect([closing.start, closing.end]).to.deep.equal([Date.UTC(2026, 1, 1, 16, 50), Date.UTC(2026, 1, 1, 17, 15)]);
    expect(closing.contacts).to.deep.equal([]);
  });

  it('turns the escaped HTML abstracts into plain text', () => {
    const { programme } = importProgramme(xml);
    const text = activity(programme, '3542b336-e8f6-5a04-960a-24b88f0f6eec').description!.und;
    expect(text).to.contain(
      'allows for:\n\n• People to see if they like the technology and project(s)\n• People to see',
    );
    expect(text).to.contain('The goals "are simple" in that they are easy to write.');
    for (const a of programme!.activities) expect(a.description?.und ?? '').not.to.match(/<\/?[a-z][^>]*>/i);
  });

  it('writes each end at the offset of its start', () => {
    const { feed } = frabXmlToFeed(xml);
    const first = (feed!.activities as { start: string; end: string }[])[0];
    expect(first).to.include({ start: '2026-01-31T09:30:00+01:00', end: '2026-01-31T09:50:00+01:00' });
  });
});

describe('frabXmlToFeed on small documents', () => {
  const doc = (events: string, conference = '<time_zone_name>Europe/Brussels</time_zone_name>') =>
    `<?xml version="1.0"?><schedule><conference><title>T &amp; C</title>${conference}</conference>` +
    `<day index="1" date="2026-03-28"><room name="Main Hall">${events}</room></day></schedule>`;

  it('falls back to the day date and start as a wall time, past the day change onto the next date', () => {
    const events =
      '<event id="1"><start>23:30</start><duration>1:00</duration><title>Late</title></event>' +
      '<event id="2"><start>01:15</start><duration>0:30:00</duration><title>After midnight</title></event>' +
      '<event id="3"><start>02:30</start><duration>0:30</duration><title>In the gap</title></event>';
    const result = importProgramme(
      doc(events, '<time_zone_name>Europe/Brussels</time_zone_name><day_change>04:00</day_change>'),
    );
    const times = result.programme!.activities.map((a) => [a.id, a.start, a.end]);
    expect(times).to.deep.equal([
      ['1', Date.UTC(2026, 2, 28, 22, 30), Date.UTC(2026, 2, 28, 23, 30)],
      ['2', Date.UTC(2026, 2, 29, 0, 15), Date.UTC(2026, 2, 29, 0, 45)],
    ]);
    // 02:30 belongs to 29 March 2026, when Brussels clocks jump from 02:00 to 03:00: that time does not exist.
    expect(result.errors).to.deep.equal([
      {
        path: '/schedule/day[1]/room[@name="Main Hall"]/event[3].start',
        message: 'This start does not exist in Europe/Brussels (the clocks skip it that night); the event was skipped.',
      },
    ]);
  });

  it('reports events it cannot time at their place in the document and keeps the rest', () => {
    const events =
      '<event id="1"><date>2026-03-28T10:00:00+01:00</date><title>No duration</title></event>' +
      '<event id="2"><title>No date</title><duration>00:30</duration></event>' +
      '<event guid="g-3"><date>2026-03-28T11:00:00+01:00</date><duration>00:30</duration><title>Fine</title></event>';
    const result = importProgramme(doc(events));
    expect(result.errors.map((e) => e.path)).to.deep.equal([
      '/schedule/day[1]/room[@name="Main Hall"]/event[1].duration',
      '/schedule/day[1]/room[@name="Main Hall"]/event[2].date',
    ]);
    expect(result.programme!.activities.map((a) => a.id)).to.deep.equal(['g-3']);
    expect(result.programme!.mission.id).to.equal('t-c');
  });

  it('refuses XML that is not well-formed or not a schedule, with one clear error', () => {
    expect(frabXmlToFeed('<schedule><conference></schedule>').errors[0].message).to.equal(
      'Not well-formed XML: </schedule> does not close <conference> (line 1).',
    );
    expect(frabXmlToFeed('<html><body/></html>').errors[0].message).to.match(/^Not a Pentabarf\/frab schedule\.xml/);
  });
});
