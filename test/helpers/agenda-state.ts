import type { AgendaState } from '../../src/context/agenda-context.js';

/** An agenda context for element tests: event time in Los Angeles, a visitor in Brussels, nothing selected. */
export function agendaState(patch: Partial<AgendaState> = {}): AgendaState {
  return {
    displayZone: 'America/Los_Angeles',
    eventZone: 'America/Los_Angeles',
    localZone: 'Europe/Brussels',
    lang: 'en',
    sectors: new Set(),
    lockSectors: false,
    groupBy: 'day',
    showBoth: 'auto',
    favourites: new Set(),
    clashes: new Map(),
    changes: new Map(),
    query: '',
    ...patch,
  };
}
