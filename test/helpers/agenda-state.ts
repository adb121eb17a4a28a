import type { AgendaState } from '../../src/context/agenda-context.js';
import type { Display } from '../../src/context/display.js';

type StatePatch = Partial<Omit<AgendaState, 'display'>> & { display?: Partial<Display> };

/** An agenda context for element tests: event time in Los Angeles, a visitor in Brussels, nothing selected. */
export function agendaState(patch: StatePatch = {}): AgendaState {
  const { display, ...rest } = patch;
  return {
    sectors: new Set(),
    lockSectors: false,
    groupBy: 'day',
    favourites: new Set(),
    clashes: new Map(),
    changes: new Map(),
    query: '',
    visible: rest.programme?.activities ?? [],
    ...rest,
    display: {
      zone: 'America/Los_Angeles',
      eventZone: 'America/Los_Angeles',
      localZone: 'Europe/Brussels',
      lang: 'en',
      showBoth: 'auto',
      mission: rest.programme?.mission,
      managed: true,
      ...display,
    },
  };
}
