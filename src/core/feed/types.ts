/**
 * The normalised programme: what the validator makes of an untrusted feed, and all the elements ever see.
 * Instants are epoch milliseconds; zones are validated IANA names; texts are localised maps; URLs are safe.
 */

/** A problem in the feed, located by a JSON path such as `activities[12].start`. */
export interface Issue {
  readonly path: string;
  readonly message: string;
}

/**
 * A text in one or more languages, keyed by lowercase language tag (`en`, `fr`, `nl-be`).
 * A plain string in the feed is stored under the key `und` (undetermined language).
 */
export type LocalizedText = Readonly<Record<string, string>>;

export const ACTIVITY_TYPES = ['b2b', 'seminar', 'visit', 'networking', 'official', 'reception', 'other'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_STATUSES = ['confirmed', 'tentative', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export interface Location {
  readonly id: string;
  readonly name: LocalizedText;
  /** IANA zone of the city; activities there default to it. */
  readonly timeZone: string;
}

export interface Venue {
  readonly id: string;
  readonly name: LocalizedText;
  readonly address?: LocalizedText;
  /** The venue's city, resolved. */
  readonly location?: Location;
  /** http(s) only. */
  readonly url?: string;
}

export interface Sector {
  readonly id: string;
  readonly name: LocalizedText;
  /** `#rrggbb`, validated; absent when the feed gave none or an invalid one. */
  readonly color?: string;
}

export interface Contact {
  readonly id: string;
  readonly name: string;
  readonly role?: LocalizedText;
  readonly organisation?: LocalizedText;
  /** Phone numbers as written in the feed (shown as is; `tel:` links are normalised to E.164). */
  readonly phones: readonly string[];
  readonly email?: string;
  /** http(s) only. */
  readonly url?: string;
}

export interface Activity {
  readonly id: string;
  readonly title: LocalizedText;
  readonly type: ActivityType;
  /** Epoch milliseconds. */
  readonly start: number;
  /** Epoch milliseconds, strictly after `start`. */
  readonly end: number;
  /** The zone the activity's wall times were resolved in (activity → location → venue's location → mission). */
  readonly timeZone: string;
  readonly location?: Location;
  readonly venue?: Venue;
  readonly sectors: readonly Sector[];
  readonly description?: LocalizedText;
  readonly contacts: readonly Contact[];
  /** http(s)/mailto/tel only. */
  readonly url?: string;
  readonly status: ActivityStatus;
  /**
   * `YYYY-MM-DD`: the mission day the activity belongs to under `group-by="mission-day"`, when the feed names it (an
   * imported conference schedule lists each event under its day); else that day follows from the start and the
   * mission's `dayChange`.
   */
  readonly missionDay?: string;
}

export interface Mission {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Default zone of the mission (IANA). */
  readonly timeZone: string;
  /** `YYYY-MM-DD`, in the mission zone. */
  readonly startDate?: string;
  readonly endDate?: string;
  /** Lowercase language tag, e.g. `en`. */
  readonly defaultLanguage: string;
  /** Languages the feed offers, in the feed's order (from `languages`, else gathered from its texts). */
  readonly languages: readonly string[];
  /** `HH:mm`: under `group-by="mission-day"`, times before it belong to the previous mission day. Default `00:00`. */
  readonly dayChange: string;
  readonly url?: string;
  readonly contacts: readonly Contact[];
}

export interface Programme {
  readonly mission: Mission;
  readonly locations: readonly Location[];
  readonly venues: readonly Venue[];
  readonly sectors: readonly Sector[];
  readonly contacts: readonly Contact[];
  /** Valid activities in chronological order (start, then end, then id). */
  readonly activities: readonly Activity[];
}

export interface ParseResult {
  /** Absent only when the feed is unusable as a whole; `errors[0]` then says why. */
  readonly programme?: Programme;
  /** Items that were skipped (or the reason the whole feed was refused). */
  readonly errors: readonly Issue[];
  /** Items kept with a caveat (ambiguous wall time, offset disagreeing with its zone, …). */
  readonly warnings: readonly Issue[];
}
