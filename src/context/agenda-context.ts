import { createContext } from '@lit/context';
import type { Activity, Programme } from '../core/feed/types.js';
import type { ActivityChange } from '../core/agenda/changes.js';

import type { GroupBy, ShowBoth } from '../core/view/options.js';

export type { GroupBy, ShowBoth };

/**
 * What `<mission-agenda>` shares with the elements inside it. Replaced (never mutated) on every change,
 * so consumers re-render exactly when something changed. Children ask for changes with events
 * (`mission-filter-change`, `mission-time-zone-change`); the agenda listens and provides a new state.
 */
export interface AgendaState {
  readonly programme?: Programme;
  /** Resolved IANA zone all times are shown in. */
  readonly displayZone: string;
  /** The mission's own zone ("event time"). */
  readonly eventZone: string;
  /** The visitor's browser zone ("your time"). */
  readonly localZone: string;
  /** UI and content locale: a BCP 47 tag of a supported language (`en`, `en-GB`, `fr-BE`, `nl`, `de`), kept whole for Intl. */
  readonly lang: string;
  /** Selected sector ids; empty means all. */
  readonly sectors: ReadonlySet<string>;
  readonly lockSectors: boolean;
  readonly groupBy: GroupBy;
  readonly showBoth: ShowBoth;
  /** Ids of the activities in the visitor's own programme ("My programme"). */
  readonly favourites: ReadonlySet<string>;
  /** For each starred activity that overlaps other starred ones: those others, in time order. */
  readonly clashes: ReadonlyMap<string, readonly Activity[]>;
  /** What changed since the visitor's last visit, per activity id (new, moved, cancelled). */
  readonly changes: ReadonlyMap<string, ActivityChange>;
  /** The search text, for highlighting matches (empty when not searching). */
  readonly query: string;
}

export const agendaContext = createContext<AgendaState | undefined>(Symbol('mission-agenda'));
