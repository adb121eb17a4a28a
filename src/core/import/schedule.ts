/**
 * The common shape of a frab-style schedule, read from `schedule.json` or `schedule.xml` before it becomes a feed.
 * Values stay `unknown` as found in the document; the converter decides what is usable. `path` locates an item in
 * the source document for messages (`schedule.conference.days[0].rooms["Curie"][2]`, `/schedule/day[1]/…`).
 */

export interface FrabPerson {
  readonly id?: unknown;
  readonly name?: unknown;
}

export interface FrabEvent {
  readonly path: string;
  /** The index in `FrabSchedule.days` of the schedule day the event is listed under. */
  readonly dayIndex: number;
  /** The date of the schedule day the event is listed under (`YYYY-MM-DD`). */
  readonly dayDate?: unknown;
  readonly room?: unknown;
  readonly guid?: unknown;
  readonly id?: unknown;
  readonly date?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly duration?: unknown;
  readonly title?: unknown;
  readonly subtitle?: unknown;
  readonly abstract?: unknown;
  readonly description?: unknown;
  readonly track?: unknown;
  readonly trackSlug?: unknown;
  readonly type?: unknown;
  readonly url?: unknown;
  readonly persons: readonly FrabPerson[];
}

export interface FrabNamed {
  readonly name?: unknown;
  readonly slug?: unknown;
  readonly color?: unknown;
}

/** A schedule day: its date, and the span it covers (frab's `day_start`/`day_end`, Pentabarf's `start`/`end`). */
export interface FrabDay {
  readonly date?: unknown;
  readonly dayStart?: unknown;
  readonly dayEnd?: unknown;
}

export interface FrabSchedule {
  readonly conference: {
    readonly path: string;
    readonly title?: unknown;
    readonly acronym?: unknown;
    readonly start?: unknown;
    readonly end?: unknown;
    readonly timeZone?: unknown;
    readonly dayChange?: unknown;
    readonly url?: unknown;
    readonly baseUrl?: unknown;
  };
  readonly tracks: readonly FrabNamed[];
  readonly rooms: readonly FrabNamed[];
  readonly days: readonly FrabDay[];
  readonly events: readonly FrabEvent[];
}

/** A trimmed non-empty string, or a finite number as text; otherwise `undefined`. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** `Ethics, Society & Politics` → `ethics-society-politics`; accents dropped; `''` when nothing usable is left. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/**
 * Gives out ids that stay unique: `main`, then `main-2`, `main-3` for other names with the same slug. Each id costs
 * amortised constant time, however many names share a slug (the next suffix to try is kept per slug).
 */
export class IdRegistry<T> {
  private readonly byKey = new Map<string, T>();
  private readonly taken = new Set<string>();
  private readonly nextSuffix = new Map<string, number>();
  readonly items: T[] = [];

  /**
   * The item registered under `key`, made the first time with a fresh id derived from `wanted()` (asked for only
   * then: deriving a slug from a long name for every repeated reference would cost more than the whole document).
   */
  get(key: string, wanted: () => string, make: (id: string) => T): T {
    let item = this.byKey.get(key);
    if (item === undefined) {
      item = make(this.allocate(wanted() || `item-${this.items.length + 1}`));
      this.byKey.set(key, item);
      this.items.push(item);
    }
    return item;
  }

  /** The item registered under `key`, if any. */
  find(key: string): T | undefined {
    return this.byKey.get(key);
  }

  /** Marks `id` as used (an id the document gives itself), so no derived id takes it. */
  reserve(id: string): void {
    this.taken.add(id);
  }

  /** A fresh id: `base` when it is free, else the first free `base-N`, searching on from the last one given. */
  allocate(base: string): string {
    let id = base;
    if (this.taken.has(id)) {
      let n = this.nextSuffix.get(base) ?? 2;
      while (this.taken.has((id = `${base}-${n}`))) n++;
      this.nextSuffix.set(base, n + 1);
    }
    this.taken.add(id);
    return id;
  }
}
