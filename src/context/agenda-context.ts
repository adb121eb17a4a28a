import { createContext } from '@lit/context';
import type { Programme } from '../core/feed/types.js';

export type GroupBy = 'day' | 'mission-day';
export type ShowBoth = 'auto' | 'always' | 'never';

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
}

export const agendaContext = createContext<AgendaState | undefined>(Symbol('mission-agenda'));
