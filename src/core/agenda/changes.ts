import { ACTIVITY_STATUSES, type ActivityStatus, type Programme } from '../feed/types.js';

/**
 * Change awareness: a compact snapshot of the programme a visitor last saw (callers store it), and what changed since —
 * new activities, moved ones, cancelled ones and ones that disappeared.
 */

/** Most activities a fingerprint keeps (the earliest ones); longest id kept. */
export const MAX_FINGERPRINT_ACTIVITIES = 5_000;
const MAX_ID_LENGTH = 200;

/** What a visitor saw: for each activity id, `[start, end, status]` (epoch ms). JSON-serialisable. */
export interface Fingerprint {
  readonly v: 1;
  /** When it was taken (epoch ms), as the caller passed it. */
  readonly at?: number;
  /** Set when the programme had more activities than were kept; new ones are then not reported. */
  readonly partial?: true;
  readonly activities: Readonly<Record<string, readonly [number, number, ActivityStatus]>>;
}

export type ActivityChange =
  | { readonly kind: 'new' }
  | { readonly kind: 'moved'; readonly from: { readonly start: number; readonly end: number } }
  | { readonly kind: 'cancelled' };

/** An activity that was in the previous programme (and not cancelled there) but is gone. */
export interface RemovedActivity {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

export interface ProgrammeDiff {
  /** Per current activity id, what changed; unchanged activities are absent. */
  readonly changes: Map<string, ActivityChange>;
  /** Activities that disappeared, chronologically (by their old start). */
  readonly removed: RemovedActivity[];
}

/** The storage key of a mission's last seen fingerprint. */
export function changesKey(missionId: string): string {
  return `mission-agenda:changes:${missionId}`;
}

type Entry = readonly [number, number, ActivityStatus];

/** A fresh record without a prototype, so an id such as `__proto__` is an ordinary key. */
function record(): Record<string, Entry> {
  return Object.create(null) as Record<string, Entry>;
}

/**
 * The fingerprint of `programme`: start, end and status of its first 5,000 activities (ids over 200 characters are
 * left out). `at` is stored as given (pass `now`).
 */
export function fingerprint(programme: Programme, at?: number): Fingerprint {
  const activities = record();
  let count = 0;
  for (const a of programme.activities) {
    if (a.id.length > MAX_ID_LENGTH) continue;
    if (count++ >= MAX_FINGERPRINT_ACTIVITIES) {
      return { v: 1, ...(at === undefined ? {} : { at }), partial: true, activities };
    }
    activities[a.id] = [a.start, a.end, a.status];
  }
  return { v: 1, ...(at === undefined ? {} : { at }), activities };
}

function isEntry(value: unknown): value is Entry {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    Number.isFinite(value[0]) &&
    Number.isFinite(value[1]) &&
    (ACTIVITY_STATUSES as readonly unknown[]).includes(value[2])
  );
}

/**
 * The fingerprint stored as `raw` (`JSON.stringify(fingerprint(…))`). Tolerant: anything unparsable or of another
 * version gives `undefined`; malformed entries are dropped; at most 5,000 entries are kept.
 */
export function readFingerprint(raw: string | null): Fingerprint | undefined {
  if (!raw) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { v, at, partial, activities: stored } = value as Record<string, unknown>;
  if (v !== 1 || typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const activities = record();
  let count = 0;
  for (const [id, entry] of Object.entries(stored)) {
    if (count >= MAX_FINGERPRINT_ACTIVITIES) break;
    if (id.length > MAX_ID_LENGTH || !isEntry(entry)) continue;
    activities[id] = [entry[0], entry[1], entry[2]];
    count++;
  }
  return {
    v: 1,
    ...(Number.isFinite(at) ? { at: at as number } : {}),
    ...(partial === true ? { partial } : {}),
    activities,
  };
}

/**
 * What changed between the `previous` fingerprint and the `current` programme. Without a previous one, nothing did.
 * - `new`: an id the previous one did not have (not reported for an activity that is already cancelled, nor when the
 *   previous fingerprint was partial);
 * - `cancelled`: cancelled now, not before (wins over a move);
 * - `moved`: start or end differs, and the activity is not cancelled now (`from` holds the old times).
 * Activities gone since, unless already cancelled before, are listed in `removed`.
 */
export function diffProgrammes(previous: Fingerprint | undefined, current: Programme): ProgrammeDiff {
  const changes = new Map<string, ActivityChange>();
  const removed: RemovedActivity[] = [];
  if (!previous) return { changes, removed };
  const seen = new Set<string>();
  for (const a of current.activities) {
    seen.add(a.id);
    const before = Object.hasOwn(previous.activities, a.id) ? previous.activities[a.id] : undefined;
    const cancelled = a.status === 'cancelled';
    if (!before) {
      if (!cancelled && !previous.partial && a.id.length <= MAX_ID_LENGTH) changes.set(a.id, { kind: 'new' });
    } else if (cancelled) {
      if (before[2] !== 'cancelled') changes.set(a.id, { kind: 'cancelled' });
    } else if (before[0] !== a.start || before[1] !== a.end) {
      changes.set(a.id, { kind: 'moved', from: { start: before[0], end: before[1] } });
    }
  }
  for (const [id, [start, end, status]] of Object.entries(previous.activities)) {
    if (!seen.has(id) && status !== 'cancelled') removed.push({ id, start, end });
  }
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  return { changes, removed };
}
