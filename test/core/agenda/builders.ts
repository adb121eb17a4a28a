import type { Activity, Contact, Location, Sector, Venue } from '../../../src/core/feed/types.js';

/** A location; `id` doubles as its English name unless given. */
export function makeLocation(id: string, timeZone = 'America/Los_Angeles', name?: string): Location {
  return { id, name: { en: name ?? id }, timeZone };
}

/** A sector; `id` doubles as its English name unless given. */
export function makeSector(id: string, name?: string): Sector {
  return { id, name: { en: name ?? id } };
}

/** A venue with an optional address and city. */
export function makeVenue(id: string, name: string, address?: string, location?: Location): Venue {
  return {
    id,
    name: { en: name },
    ...(address ? { address: { en: address } } : {}),
    ...(location ? { location } : {}),
  };
}

/** A contact with the given phones. */
export function makeContact(id: string, phones: string[] = []): Contact {
  return { id, name: id, phones };
}

/**
 * A confirmed 'other' activity on 6 Oct 2025 09:00–10:30 in Los Angeles (16:00–17:30 UTC),
 * with every field overridable.
 */
export function makeActivity(partial: Partial<Activity> = {}): Activity {
  return {
    id: 'a-001',
    title: { en: 'Activity' },
    type: 'other',
    start: Date.UTC(2025, 9, 6, 16),
    end: Date.UTC(2025, 9, 6, 17, 30),
    timeZone: 'America/Los_Angeles',
    sectors: [],
    contacts: [],
    status: 'confirmed',
    ...partial,
  };
}

/** Minutes → milliseconds. */
export const MIN = 60_000;
/** Hours → milliseconds. */
export const HOUR = 3_600_000;
