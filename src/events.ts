import type { Issue } from './core/feed/types.js';

/** Detail of `mission-load`. */
export interface MissionLoadDetail {
  /** Activities kept after validation. */
  readonly activityCount: number;
  /** Items that were skipped, each with its JSON path. */
  readonly errors: readonly Issue[];
  /** Items kept with a caveat. */
  readonly warnings: readonly Issue[];
}

/** Detail of `mission-error`. */
export interface MissionErrorDetail {
  /** A plain sentence for the visitor and the developer. */
  readonly message: string;
  readonly errors: readonly Issue[];
}

/** Detail of `mission-filter-change`. */
export interface MissionFilterChangeDetail {
  /** Selected sector ids; empty means all sectors. */
  readonly sectors: readonly string[];
}

/** Detail of `mission-time-zone-change`. */
export interface MissionTimeZoneChangeDetail {
  /** The resolved IANA name of the new display zone. */
  readonly timeZone: string;
}

/** Detail of `mission-favourite-toggle`. */
export interface MissionFavouriteToggleDetail {
  /** The activity's id. */
  readonly id: string;
  /** True when the activity was added to the visitor's programme, false when removed. */
  readonly starred: boolean;
}

const init = { bubbles: true, composed: true } as const;

/** A feed was loaded and validated (also after a refresh that changed it). */
export class MissionLoadEvent extends CustomEvent<MissionLoadDetail> {
  constructor(detail: MissionLoadDetail) {
    super('mission-load', { ...init, detail });
  }
}

/** The feed could not be fetched, is not JSON, or is unusable as a whole. */
export class MissionErrorEvent extends CustomEvent<MissionErrorDetail> {
  constructor(detail: MissionErrorDetail) {
    super('mission-error', { ...init, detail });
  }
}

/** The visitor changed the sector selection. */
export class MissionFilterChangeEvent extends CustomEvent<MissionFilterChangeDetail> {
  constructor(detail: MissionFilterChangeDetail) {
    super('mission-filter-change', { ...init, detail: { sectors: [...detail.sectors] } });
  }
}

/** The display zone changed (the visitor switched between event time and their own time). */
export class MissionTimeZoneChangeEvent extends CustomEvent<MissionTimeZoneChangeDetail> {
  constructor(detail: MissionTimeZoneChangeDetail) {
    super('mission-time-zone-change', { ...init, detail });
  }
}

/** The visitor starred or unstarred an activity ("My programme"). */
export class MissionFavouriteToggleEvent extends CustomEvent<MissionFavouriteToggleDetail> {
  constructor(detail: MissionFavouriteToggleDetail) {
    super('mission-favourite-toggle', { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mission-load': MissionLoadEvent;
    'mission-error': MissionErrorEvent;
    'mission-filter-change': MissionFilterChangeEvent;
    'mission-time-zone-change': MissionTimeZoneChangeEvent;
    'mission-favourite-toggle': MissionFavouriteToggleEvent;
  }
}
