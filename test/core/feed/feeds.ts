/** Small valid feeds for the validator tests, built from plain JSON so each test states only what it changes. */
export type Json = { [key: string]: unknown };

/** A valid one-activity feed in Los Angeles: 9:00–10:30 on 6 Oct 2025 (16:00–17:30 UTC). */
export function smallFeed(): Json {
  return {
    version: 1,
    mission: {
      id: 'bem-2025',
      title: { en: 'Belgian Economic Mission', fr: 'Mission économique belge' },
      timeZone: 'America/Los_Angeles',
      startDate: '2025-10-05',
      endDate: '2025-10-10',
      contacts: ['press-1'],
    },
    locations: [
      { id: 'sf', name: 'San Francisco', timeZone: 'America/Los_Angeles' },
      { id: 'bru', name: 'Brussels', timeZone: 'Europe/Brussels' },
    ],
    venues: [
      { id: 'v1', name: 'Moscone Center', address: '747 Howard St', location: 'sf', url: 'https://example.com/' },
    ],
    sectors: [{ id: 'life', name: { en: 'Life sciences' }, color: '#2E7D32' }],
    contacts: [{ id: 'press-1', name: 'An Peeters', phones: ['+32 2 501 87 16'], email: 'press@example.be' }],
    activities: [activity()],
  };
}

/** A valid activity; `patch` overrides or adds properties. */
export function activity(patch: Json = {}): Json {
  return {
    id: 'a-001',
    title: { en: 'Biotech seminar' },
    type: 'seminar',
    start: '2025-10-06T09:00',
    end: '2025-10-06T10:30',
    location: 'sf',
    venue: 'v1',
    sectors: ['life'],
    contacts: ['press-1'],
    ...patch,
  };
}

/** `smallFeed()` with `activities` replaced. */
export function feedWith(...activities: unknown[]): Json {
  return { ...smallFeed(), activities };
}
