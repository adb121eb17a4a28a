import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { MissionLoadEvent } from '../../src/events.js';
import { parseFeed } from '../../src/core/feed/validate.js';
import { highlight } from '../../src/core/agenda/search.js';
import { importProgramme } from '../../src/core/import/index.js';
import { deepQueryAll, settle } from '../helpers/dom.js';
import { watchErrors } from './helpers.js';

/**
 * Property-based fuzz of everything that reads untrusted input: the feed validator and the agenda that renders its
 * result, and the conference importers (c3voc/frab schedule.json, Pentabarf/frab schedule.xml). Each run mixes
 * known-good items with hostile ones and checks that nothing throws (in the test or, uncaught, in the page), that no
 * synchronous step takes longer than the task limit, and that every good item is still in the programme and
 * rendered as a card.
 *
 * In CI: a fixed seed, few runs, inputs up to 20 kB and a 10 s limit that only a hang or a gross regression passes (a
 * loaded machine must never fail it; the 200 ms limit is for the on-demand run, on inputs large enough to tell). On demand, e.g.
 * `FUZZ_RUNS=500 npx wtr test/reliability/fuzz.test.ts --group default` (FUZZ_SEED=<n> to replay): inputs up to 1 MB and the
 * 200 ms limit. A failure prints the seed and the path that reproduce it.
 */
interface FuzzConfig {
  /** 0: the CI defaults. */
  readonly runs: number;
  readonly seed: number;
  readonly maxBytes: number;
  readonly taskLimitMs: number;
}
let config: FuzzConfig;
const runs = (ci: number) => (config.runs > 0 ? config.runs : ci);

/** Runs `fn` and fails when it took more than the task limit. */
function timed<T>(what: string, bytes: number, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  const ms = performance.now() - start;
  if (bytes < 1_000_000)
    expect(ms, `${what} on ${bytes} bytes took ${Math.round(ms)} ms`).to.be.below(config.taskLimitMs);
  return result;
}

// ---------------------------------------------------------------------------------------------------- values

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const ZONES = ['America/Los_Angeles', 'Europe/Brussels', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Asia/Kolkata', 'UTC'];
const SECTORS = ['life', 'tech', 'energy'];

/** Markup, script, template and URL payloads; none may ever run or become an element. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '${window.__xss=1}',
  'javascript:window.__xss=1',
  'mailto:a@b.example?bcc=spy@evil.example',
  'press@x.org?bcc=spy%40evil&subject=x',
  '\u202Eevil\u202C',
  '\uD800 lone surrogate',
  '__proto__',
];
const DATES = [
  '9999-12-31T20:00Z',
  '0001-01-01T00:00Z',
  '0000-01-01T00:00',
  '2025-03-09T02:30',
  '2025-11-02T01:30',
  '2025-10-06T09:00+14:00',
  '2025-02-30T09:00',
  '2025-10-06T24:00',
  '+275760-09-13T00:00Z',
  '2025-10-06',
  '',
];

/** `unit` repeated up to a quarter of the configured input size (read when generating, after the config came). */
const long = (unit: fc.Arbitrary<string>) =>
  unit.chain((u) =>
    fc.integer({ min: 1, max: Math.max(1, Math.floor(config.maxBytes / 4 / u.length)) }).map((n) => u.repeat(n)),
  );

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS, ...DATES) },
  { weight: 1, arbitrary: long(fc.constantFrom('a', '<b', '<a<b<c', '&amp;', 'x@y.example ', '\u0301')) },
);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, true, [], {}) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('en', 'fr', 'xx', '__proto__'), hostileString) },
);

// ---------------------------------------------------------------------------------------------------- feeds

/** A valid activity on 5–10 October 2025 in San Francisco or Los Angeles (no DST change there then). */
const goodActivity = (i: number) =>
  fc
    .record({
      day: fc.integer({ min: 5, max: 10 }),
      hour: fc.integer({ min: 7, max: 21 }),
      minutes: fc.integer({ min: 15, max: 180 }),
      title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
      sectors: fc.subarray(SECTORS),
      location: fc.constantFrom('sf', 'la'),
      type: fc.constantFrom('b2b', 'seminar', 'visit', 'other'),
    })
    .map(({ day, hour, minutes, title, sectors, location, type }) => {
      const start = `2025-10-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00`;
      const end = new Date(Date.UTC(2025, 9, day, hour, minutes)).toISOString().slice(0, 16);
      return { id: `good-${i}`, title: `Good ${title}`, type, start, end, location, sectors, contacts: ['c-1'] };
    });

const FIELDS = ['id', 'title', 'start', 'end', 'timeZone', 'location', 'venue', 'sectors', 'contacts', 'url', 'status'];
/** An activity whose fields are hostile values (its id never starts with `good-`). */
const hostileActivity = fc
  .dictionary(fc.constantFrom(...FIELDS, 'description', 'type', '__proto__'), hostileValue, { maxKeys: 8 })
  .map((a) => (typeof a.id === 'string' && a.id.startsWith('good-') ? { ...a, id: `x${a.id}` } : a));

const hostileContact = fc.record({
  id: fc.constantFrom('c-2', 'c-3', 'c-1'),
  email: hostileValue,
  phones: hostileValue,
});

const feedCase = fc
  .record({
    good: fc
      .integer({ min: 1, max: 8 })
      .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => goodActivity(i)))),
    hostile: fc.array(hostileActivity, { maxLength: 8 }),
    contacts: fc.array(hostileContact, { maxLength: 3 }),
    zone: fc.constantFrom(...ZONES),
    query: fc.constantFrom('', 'a', 'good', 'e', '<'),
  })
  .chain((c) =>
    fc
      .shuffledSubarray([...c.good, ...c.hostile], { minLength: c.good.length + c.hostile.length })
      .map((all) => ({ ...c, activities: all })),
  );

function feedOf(activities: unknown[], contacts: unknown[]): Json {
  return {
    version: 1,
    mission: { id: 'fuzz', title: { en: 'Fuzz mission' }, timeZone: 'America/Los_Angeles', contacts: ['c-1'] },
    locations: [
      { id: 'sf', name: 'San Francisco', timeZone: 'America/Los_Angeles' },
      { id: 'la', name: 'Los Angeles', timeZone: 'America/Los_Angeles' },
    ],
    sectors: SECTORS.map((id) => ({ id, name: id })),
    contacts: [{ id: 'c-1', name: 'An Peeters', email: 'press@example.be', phones: ['+32 2 501 87 16'] }, ...contacts],
    activities,
  } as Json;
}

async function renderFeed(feed: unknown, zone: string): Promise<{ el: MissionAgenda; ids: string[] }> {
  const el = document.createElement('mission-agenda');
  el.timeZone = zone;
  el.feed = feed;
  const settled = new Promise<void>((resolve) => {
    el.addEventListener('mission-load', () => resolve(), { once: true });
    el.addEventListener('mission-error', () => resolve(), { once: true });
  });
  document.body.append(el);
  await settled;
  await settle(el);
  return { el, ids: deepQueryAll(el, 'mission-activity-card').map((c) => c.getAttribute('activity-id')!) };
}

// ---------------------------------------------------------------------------------------------------- conferences

/** Room names that all slug to `room-1`, and others. */
const ROOMS = ['Room 1', 'room-1', 'ROOM 1', 'Room_1', 'Room  1', 'Röom 1', 'Hall A'];
const brokenHtml = fc.oneof(
  long(fc.constantFrom('<p', '<a <b <c', '<p><b>', '</', '<!--', '&lt;', '&#x', '<![CDATA[')),
  fc.constantFrom('<p>plain <b>bold</b></p>', '', '<script>window.__xss=1</script>'),
);

interface ConferenceEvent {
  guid: string;
  title: string;
  room: string;
  day: number;
  hour: number;
  abstract: string;
  good: boolean;
}
const conferenceEvent = (i: number, good: boolean): fc.Arbitrary<ConferenceEvent> =>
  fc.record({
    guid: good ? fc.constant(`good-${i}`) : fc.constantFrom('', 'dup', `bad-${i}`),
    title: good ? fc.string({ minLength: 1, maxLength: 30 }).map((t) => `Talk ${t}`) : hostileString,
    room: fc.constantFrom(...ROOMS),
    day: fc.integer({ min: 0, max: 1 }),
    hour: good ? fc.integer({ min: 9, max: 20 }) : fc.integer({ min: -3, max: 30 }),
    abstract: brokenHtml,
    good: fc.constant(good),
  });

const conferenceCase = fc
  .record({ good: fc.integer({ min: 1, max: 6 }), bad: fc.integer({ min: 0, max: 6 }) })
  .chain(({ good, bad }) =>
    fc.tuple(
      ...Array.from({ length: good }, (_, i) => conferenceEvent(i, true)),
      ...Array.from({ length: bad }, (_, i) => conferenceEvent(i, false)),
    ),
  );

const DAYS = ['2026-01-31', '2026-02-01'];
const hhmm = (h: number) => `${String(h).padStart(2, '0')}:00`;

function frabJson(events: ConferenceEvent[]): Json {
  return {
    schedule: {
      version: 'fuzz',
      conference: {
        acronym: 'fuzz-conf',
        title: 'Fuzz Conference',
        start: DAYS[0],
        end: DAYS[1],
        time_zone_name: 'Europe/Brussels',
        days: DAYS.map((date, d) => {
          const rooms: Record<string, Json[]> = {};
          for (const e of events.filter((x) => x.day === d)) {
            (rooms[e.room] ??= []).push({
              guid: e.guid,
              id: e.guid,
              date: `${date}T${hhmm(e.hour)}:00+01:00`,
              start: hhmm(e.hour),
              duration: '00:30',
              room: e.room,
              title: e.title,
              type: 'lecture',
              abstract: e.abstract,
              persons: [{ id: 1, public_name: 'Speaker' }],
            });
          }
          return { index: d + 1, date, rooms };
        }),
      },
    },
  };
}

/** Text as XML 1.0 may hold it: markup escaped, and the characters it cannot hold at all (controls, surrogates) as `?`. */
const xmlText = (s: string) =>
  s
    .replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/g, '?');
function frabXml(events: ConferenceEvent[]): string {
  const days = DAYS.map((date, d) => {
    const byRoom = new Map<string, ConferenceEvent[]>();
    for (const e of events.filter((x) => x.day === d)) byRoom.set(e.room, [...(byRoom.get(e.room) ?? []), e]);
    const rooms = [...byRoom].map(
      ([room, list]) =>
        `<room name="${xmlText(room)}">${list
          .map(
            (e) =>
              `<event guid="${xmlText(e.guid)}" id="${xmlText(e.guid)}"><date>${date}T${hhmm(e.hour)}:00+01:00</date>` +
              `<start>${hhmm(e.hour)}</start><duration>00:30</duration><room>${xmlText(room)}</room>` +
              `<title>${xmlText(e.title)}</title><type>lecture</type><abstract>${xmlText(e.abstract)}</abstract>` +
              `<persons><person id="1">Speaker</person></persons></event>`,
          )
          .join('')}</room>`,
    );
    return `<day index="${d + 1}" date="${date}">${rooms.join('')}</day>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8"?><schedule><conference><acronym>fuzz-conf</acronym>` +
    `<title>Fuzz Conference</title><start>${DAYS[0]}</start><end>${DAYS[1]}</end>` +
    `<time_zone_name>Europe/Brussels</time_zone_name></conference>${days.join('')}</schedule>`
  );
}

// ---------------------------------------------------------------------------------------------------- tests

describe('fuzz: untrusted feeds and schedules', function () {
  let errors: ReturnType<typeof watchErrors>;
  before(async () => {
    config = await (await fetch('/__page/fuzz-config')).json();
    if (config.runs > 0) console.log(`fuzz: ${config.runs} runs, seed ${config.seed}`);
  });
  beforeEach(function () {
    // the on-demand run may take as long as it needs
    if (config.runs > 0) this.timeout(0);
    errors = watchErrors();
  });
  afterEach(() => {
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    expect(errors.stop()).to.deep.equal([]);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('validates and renders every good activity among hostile ones, in any display zone', async function () {
    this.timeout(300_000); // a guard against a hang only
    await fc.assert(
      fc.asyncProperty(feedCase, async ({ activities, contacts, zone, query, good }) => {
        const feed = feedOf(activities, contacts);
        const text = JSON.stringify(feed);
        const result = timed('parseFeed', text.length, () => parseFeed(JSON.parse(text)));
        const valid = result.programme!.activities.map((a) => a.id);
        for (const g of good) expect(valid, g.id).to.include(g.id);
        for (const a of result.programme!.activities) {
          const title = JSON.stringify(a.title);
          timed('highlight', title.length, () => highlight(title, query));
        }
        const { el, ids } = await renderFeed(JSON.parse(text), zone);
        try {
          expect(ids.sort()).to.deep.equal([...valid].sort());
        } finally {
          el.remove();
        }
      }),
      { numRuns: runs(12), seed: config.seed, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it('imports frab schedule.json and schedule.xml with hostile rooms, ids and abstracts, keeping the good events', async function () {
    this.timeout(300_000); // a guard against a hang only
    await fc.assert(
      fc.asyncProperty(conferenceCase, async (events) => {
        const json = JSON.stringify(frabJson(events));
        const xml = frabXml(events);
        const fromJson = timed('importProgramme(json)', json.length, () => importProgramme(json));
        const fromXml = timed('importProgramme(xml)', xml.length, () => importProgramme(xml));
        for (const result of [fromJson, fromXml]) {
          const ids = new Set(result.programme!.activities.map((a) => a.id));
          for (const e of events.filter((x) => x.good))
            expect(ids.has(e.guid), `${result.format} ${e.guid}`).to.equal(true);
        }
        // and the agenda shows them all
        const el = document.createElement('mission-agenda');
        el.feed = JSON.parse(json);
        const load = new Promise<MissionLoadEvent>((resolve) =>
          el.addEventListener('mission-load', (e) => resolve(e as MissionLoadEvent), { once: true }),
        );
        document.body.append(el);
        try {
          expect((await load).detail.activityCount).to.equal(fromJson.programme!.activities.length);
          await settle(el);
          const shown = new Set(deepQueryAll(el, 'mission-activity-card').map((c) => c.getAttribute('activity-id')));
          for (const e of events.filter((x) => x.good)) expect(shown.has(e.guid), e.guid).to.equal(true);
        } finally {
          el.remove();
        }
      }),
      { numRuns: runs(10), seed: config.seed, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it('never throws on truncated or mangled schedule text', () => {
    fc.assert(
      fc.property(conferenceCase, fc.nat(), fc.nat(), (events, cutJson, cutXml) => {
        const json = JSON.stringify(frabJson(events));
        const xml = frabXml(events);
        for (const text of [
          json.slice(0, cutJson % json.length),
          xml.slice(0, cutXml % xml.length),
          xml.replaceAll('</', '<'),
        ]) {
          const result = timed('importProgramme(mangled)', text.length, () => importProgramme(text));
          expect(result.errors.length + (result.programme ? 1 : 0)).to.be.greaterThan(0);
        }
      }),
      { numRuns: runs(30), seed: config.seed, endOnFailure: true, includeErrorInReport: true },
    );
  });
});
