import { createContext } from '@lit/context';
import type { Activity, Programme } from '../core/feed/types.js';
import type { ActivityChange } from '../core/agenda/changes.js';
import type { GroupBy, ShowBoth } from '../core/view/options.js';
import type { Display } from './display.js';

export type { GroupBy, ShowBoth };

/**
 * What `<mission-agenda>` shares with the elements inside it. Replaced (never mutated) on every change, and each
 * field keeps its identity while its value is the same, so consumers re-render exactly when something changed.
 * Data flows down through this object; intent flows up as events (`mission-filter-change`,
 * `mission-time-zone-change`, `mission-favourite-toggle`), which the agenda listens to and answers with a new state.
 */
export interface AgendaState {
  readonly programme?: Programme;
  /** Zones, language, show-both and mission: what every element shows things in. */
  readonly display: Display;
  /** The activities that pass every filter (sectors, facets, search, "My programme"), in programme order. */
  readonly visible: readonly Activity[];
  /** Selected sector ids; empty means all. */
  readonly sectors: ReadonlySet<string>;
  readonly lockSectors: boolean;
  readonly groupBy: GroupBy;
  /** Ids of the activities in the visitor's own programme ("My programme"). */
  readonly favourites: ReadonlySet<string>;
  /** For each starred activity that overlaps other starred ones: those others, in time order. */
  readonly clashes: ReadonlyMap<string, readonly Activity[]>;
  /** What changed since the visitor's last visit, per activity id (new, moved, cancelled). */
  readonly changes: ReadonlyMap<string, ActivityChange>;
  /**
   * The search text, for highlighting matches: empty when not searching, and while the search's code (loaded on
   * demand) is not there, so the cards that get it can mark matches at once.
   */
  readonly query: string;
}

export const agendaContext = createContext<AgendaState | undefined>(Symbol('mission-agenda'));
