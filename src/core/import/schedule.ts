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
  readonly days: readonly { readonly date?: unknown; readonly dayStart?: unknown }[];
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

/** Gives out ids that stay unique: `main`, then `main-2`, `main-3` for other names with the same slug. */
export class IdRegistry<T> {
  private readonly byKey = new Map<string, T>();
  private readonly taken = new Set<string>();
  readonly items: T[] = [];

  /** The item registered under `key`, made with a fresh id derived from `wanted` the first time. */
  get(key: string, wanted: string, make: (id: string) => T): T {
    let item = this.byKey.get(key);
    if (item === undefined) {
      const base = wanted || `item-${this.items.length + 1}`;
      let id = base;
      for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
      this.taken.add(id);
      item = make(id);
      this.byKey.set(key, item);
      this.items.push(item);
    }
    return item;
  }

  /** The item registered under `key`, if any. */
  find(key: string): T | undefined {
    return this.byKey.get(key);
  }
}
