/**
 * Deterministic generator of mission feeds (feed format version 1, SPEC §3) for the benchmark.
 * Same `n` and `seed` → byte-identical feed, on any machine.
 *
 * CLI: `node bench/generate.mjs 1000 [seed] > feed.json`
 */
import { fileURLToPath } from 'node:url';

/** mulberry32: a tiny 32-bit seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SECTORS = [
  ['life-sciences', 'Life sciences & biotech', 'Sciences de la vie et biotechnologies', '#2e7d32'],
  ['cleantech-energy', 'Cleantech & energy', 'Technologies propres et énergie', '#00838f'],
  ['digital-ai', 'Digital, AI & semiconductors', 'Numérique, IA et semi-conducteurs', '#1f4e8c'],
  ['aerospace-defence', 'Aerospace & defence', 'Aérospatiale et défense', '#5e35b1'],
  ['agrifood', 'Agri-food & consumer goods', 'Agroalimentaire et biens de consommation', '#ef6c00'],
  ['media-design', 'Creative industries, media & design', 'Industries créatives, médias et design', '#ad1457'],
];
const TYPES = ['b2b', 'seminar', 'visit', 'networking', 'official', 'reception', 'other'];
const VENUE_WORDS = {
  sf: [
    'Moscone Center',
    'Palace Hotel',
    'Fairmont',
    'Ferry Building',
    'Salesforce Tower',
    'Mission Bay Campus',
    'City Hall',
    'Presidio Tunnel Tops',
    'Pier 27 Cruise Terminal',
    'UCSF Genentech Hall',
    'SoMa Innovation Hub',
    'Dogpatch Labs',
  ],
  la: [
    'Los Angeles Convention Center',
    'Port of Los Angeles',
    'Westin Bonaventure',
    'Caltech Pasadena',
    'Santa Monica Tech Hub',
    'Hollywood Media Campus',
    'UCLA Anderson School',
    'Long Beach Aerospace Park',
  ],
};
const TITLE_A = [
  'Round table',
  'Seminar',
  'Company visit',
  'Networking lunch',
  'B2B matchmaking',
  'Site visit',
  'Investor pitch session',
  'Panel discussion',
  'Working breakfast',
  'Official reception',
  'Masterclass',
  'Fireside chat',
  'Showcase',
  'Delegation briefing',
  'Partnering session',
];
const TITLE_B = ['on', 'about', 'with leaders in', 'for start-ups in', 'exploring', 'dedicated to'];
const TITLE_C = [
  'precision medicine and clinical trials',
  'offshore wind and grid storage',
  'generative AI in industry',
  'satellite data services',
  'sustainable packaging',
  'immersive media and gaming',
  'cell and gene therapy',
  'hydrogen valleys',
  'chip design and photonics',
  'drone certification',
  'plant-based food innovation',
  'cybersecurity for critical infrastructure',
  'digital health reimbursement',
  'circular construction',
  'venture capital in deep tech',
  'port logistics and decarbonisation',
];
const DESC = [
  'Belgian companies meet their Californian counterparts for short, prepared one-to-one meetings.',
  'Registration is required; badges are checked at the entrance.',
  'Coffee and light refreshments are served.',
  'Simultaneous interpretation English–French–Dutch is available on request at the mission desk.',
  'Buses leave from the hotel lobby twenty minutes before the start; please be on time.',
  'Speakers include representatives of regional agencies, investors and founders of scale-ups.',
  'The session is followed by a guided tour of the laboratories and a Q&A with the research team.',
  'Dress code: business attire. Photography is allowed except in the clean rooms.',
  'Places are limited; priority is given to delegation members active in the sector.',
];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const pad = (v) => String(v).padStart(2, '0');
/** Adds `days` to a `YYYY-MM-DD` key (UTC calendar arithmetic: no zone involved). */
function addDays(key, days) {
  const d = new Date(`${key}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
/** Wall time `YYYY-MM-DDTHH:mm` of `minutes` after midnight of day `key` (may roll into the next day). */
function wall(key, minutes) {
  return `${addDays(key, Math.floor(minutes / 1440))}T${pad(Math.floor((minutes % 1440) / 60))}:${pad(minutes % 60)}`;
}

/**
 * A feed of `n` activities: a mission in America/Los_Angeles over 5–10 days (October 2025, no DST change),
 * 6 sectors, 2 locations, 20 venues, wall times without offset, many activities in parallel.
 */
export function generateFeed(n, seed = 1) {
  const rnd = mulberry32(seed * 7919 + n);
  const days = 5 + Math.floor(rnd() * 6);
  const startDate = '2025-10-05';
  const sfDays = Math.ceil(days * 0.6);
  const venues = [];
  for (const loc of ['sf', 'la']) {
    VENUE_WORDS[loc].forEach((name, i) => {
      venues.push({
        id: `v-${loc}-${i + 1}`,
        name: { en: name },
        address: `${100 + i * 37} Market Street`,
        location: loc,
      });
    });
  }
  const contacts = Array.from({ length: 6 }, (_, i) => ({
    id: `c-${i + 1}`,
    name: `${pick(rnd, ['Anne', 'Pieter', 'Sophie', 'Marc', 'Lena', 'Youssef'])} ${pick(rnd, ['Dubois', 'Peeters', 'Janssens', 'Maes', 'Lambert', 'Claes'])}`,
    role: { en: pick(rnd, ['Trade commissioner', 'Sector coordinator', 'Spokesperson']) },
    organisation: 'Belgian Economic Mission',
    phones: [`+32 2 501 ${pad(10 + i)} ${pad(20 + i)}`],
    email: `contact${i + 1}@example.org`,
  }));
  const activities = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor((i * days) / n);
    const loc = day < sfDays ? 'sf' : 'la';
    const key = addDays(startDate, day);
    // 07:00–21:45 in 15-minute steps; the evening ones land on the next day in Brussels time
    const startMin = 7 * 60 + Math.floor(rnd() * 60) * 15;
    const endMin = startMin + 30 + Math.floor(rnd() * 11) * 15;
    const sectorCount = Math.floor(rnd() * 4) === 0 ? 0 : 1 + Math.floor(rnd() * 2);
    const sectors = [...new Set(Array.from({ length: sectorCount }, () => pick(rnd, SECTORS)[0]))];
    const title = `${pick(rnd, TITLE_A)} ${pick(rnd, TITLE_B)} ${pick(rnd, TITLE_C)}`;
    const descLen = 1 + Math.floor(rnd() * 3);
    const description = Array.from({ length: descLen }, () => pick(rnd, DESC)).join(' ');
    const venueList = venues.filter((v) => v.location === loc);
    const a = {
      id: `a-${String(i + 1).padStart(5, '0')}`,
      title: rnd() < 0.3 ? { en: title, fr: `${title} (FR)` } : { en: title },
      type: pick(rnd, TYPES),
      start: wall(key, startMin),
      end: wall(key, endMin),
      location: loc,
      venue: pick(rnd, venueList).id,
      sectors,
      description: { en: description },
    };
    if (rnd() < 0.2) a.contacts = [pick(rnd, contacts).id];
    const s = rnd();
    if (s < 0.08) a.status = 'tentative';
    else if (s < 0.1) a.status = 'cancelled';
    activities.push(a);
  }
  return {
    version: 1,
    mission: {
      id: `bench-${n}-${seed}`,
      title: { en: `Benchmark mission (${n} activities)` },
      timeZone: 'America/Los_Angeles',
      startDate,
      endDate: addDays(startDate, days - 1),
      defaultLanguage: 'en',
      contacts: ['c-1'],
    },
    locations: [
      { id: 'sf', name: { en: 'San Francisco' }, timeZone: 'America/Los_Angeles' },
      { id: 'la', name: { en: 'Los Angeles' }, timeZone: 'America/Los_Angeles' },
    ],
    venues,
    sectors: SECTORS.map(([id, en, fr, color]) => ({ id, name: { en, fr }, color })),
    contacts,
    activities,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 80);
  const seed = Number(process.argv[3] ?? 1);
  process.stdout.write(`${JSON.stringify(generateFeed(n, seed), null, 2)}\n`);
}
