/**
 * Data for the stories. Everything goes through `parseFeed`, like a real feed would: wall times are resolved in
 * their zones by the time engine, never computed here.
 */
import feed from '../demo/feeds/bem-west-coast-2025.json';
import { parseFeed, type Activity, type Programme } from '../src/core/feed/index.js';

/** The example feed as published (raw JSON, for `<mission-agenda .feed>`). */
export const exampleFeed: unknown = feed;

/** Validates a feed that must be usable; a story with a broken fixture should fail loudly, not render blank. */
export function programmeOf(raw: unknown): Programme {
  const result = parseFeed(raw);
  if (!result.programme) throw new Error(`Story fixture is not a usable feed: ${result.errors[0]?.message}`);
  return result.programme;
}

/** The example programme: the Belgian Economic Mission to the US West Coast, 5–10 October 2025. */
export const example: Programme = programmeOf(feed);

/** An activity of the example programme by id. */
export function exampleActivity(id: string): Activity {
  const found = example.activities.find((a) => a.id === id);
  if (!found) throw new Error(`No activity ${id} in the example feed`);
  return found;
}

/** The first activity of the example programme that has sectors, a venue and contacts (a "full" card). */
export const richActivity: Activity =
  example.activities.find((a) => a.sectors.length && a.venue && a.contacts.length && a.description) ??
  example.activities[0];

/** A minimal valid feed around the given activities (mission zone Los Angeles unless told otherwise). */
export function syntheticFeed(activities: readonly Record<string, unknown>[], timeZone = 'America/Los_Angeles') {
  return {
    version: 1,
    mission: {
      id: 'story-mission',
      title: { en: 'Story mission', fr: 'Mission d’exemple', nl: 'Voorbeeldmissie', de: 'Beispielmission' },
      timeZone,
      defaultLanguage: 'en',
    },
    sectors: [
      { id: 'life-sciences', name: { en: 'Life sciences & biotech', fr: 'Sciences de la vie' }, color: '#2e7d32' },
      { id: 'hightech-ai', name: { en: 'High tech & AI', fr: 'Haute technologie et IA' }, color: '#6a1b9a' },
    ],
    activities,
  };
}

/** A feed whose mission exists but whose programme is empty. */
export const emptyFeed = {
  ...syntheticFeed([]),
  mission: { ...syntheticFeed([]).mission, startDate: '2025-10-05', endDate: '2025-10-10' },
};

/** Three sessions at the same time, one overlapping later, and a reception after them (Los Angeles wall times). */
export const parallelProgramme: Programme = programmeOf(
  syntheticFeed([
    {
      id: 'p-1',
      title: 'Keynote: the Belgian biotech pipeline',
      type: 'seminar',
      start: '2025-10-07T09:00',
      end: '2025-10-07T10:30',
      sectors: ['life-sciences'],
    },
    {
      id: 'p-2',
      title: 'Company visit: robotics lab',
      type: 'visit',
      start: '2025-10-07T09:00',
      end: '2025-10-07T11:00',
      sectors: ['hightech-ai'],
    },
    {
      id: 'p-3',
      title: 'B2B matchmaking, round 1',
      type: 'b2b',
      start: '2025-10-07T09:30',
      end: '2025-10-07T10:30',
      sectors: ['life-sciences', 'hightech-ai'],
    },
    {
      id: 'p-4',
      title: 'B2B matchmaking, round 2',
      type: 'b2b',
      start: '2025-10-07T10:30',
      end: '2025-10-07T11:30',
      sectors: ['hightech-ai'],
    },
    { id: 'p-5', title: 'Networking lunch', type: 'networking', start: '2025-10-07T12:00', end: '2025-10-07T13:30' },
  ]),
);

/**
 * One activity a day, 24–30 October 2025, 09:00–10:00 in Los Angeles. Brussels leaves summer time on 26 October,
 * Los Angeles only on 2 November: seen from Brussels the gap shrinks from 9 to 8 hours on the 26th.
 */
export const offsetChangeProgramme: Programme = programmeOf(
  syntheticFeed(
    [24, 25, 26, 27, 28, 29, 30].map((day) => ({
      id: `oc-${day}`,
      title: `Morning briefing, ${day} October`,
      type: 'official',
      start: `2025-10-${day}T09:00`,
      end: `2025-10-${day}T10:00`,
    })),
  ),
);

/** Builds a single activity through the validator (for the card stories). */
export function activityOf(raw: Record<string, unknown>, timeZone = 'America/Los_Angeles'): Activity {
  const programme = programmeOf(syntheticFeed([raw], timeZone));
  const activity = programme.activities[0];
  if (!activity) throw new Error(`Story activity ${String(raw.id)} was rejected by the validator`);
  return activity;
}

/** A fixed "now" during the mission: Monday 6 October 2025, 10:05 in San Francisco (17:05 UTC). */
export const missionNow = Date.parse('2025-10-06T17:05:00Z');
