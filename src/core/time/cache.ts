import { CACHE_BOUNDS } from '../caches.js';

/** Intl.DateTimeFormat instances are slow to build: one per distinct (locale, options) pair, kept for the page's life. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // the key without JSON.stringify: this runs for every time, day and zone name written
  let key = locale;
  for (const name in options) key += `|${name}=${options[name as keyof Intl.DateTimeFormatOptions] as string}`;
  let dtf = formatters.get(key);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, dtf);
  }
  return dtf;
}

/**
 * A bounded memo of `key → value`, for texts many cards and labels share (zone names, places, day headings): each is
 * made once. Emptied when it grows past `max` entries.
 */
export function memo<T>(max: number): (key: string, make: () => T) => T {
  let map = new Map<string, T>();
  return (key, make) => {
    let value = map.get(key);
    if (value === undefined) {
      if (map.size >= max) map = new Map();
      map.set(key, (value = make()));
    }
    return value;
  };
}

/**
 * Values per (key, instant), keyed by a short context (a zone; a language and a zone) and then the instant itself (or
 * the feed's own text of one), so no key string is built and kept per instant: a programme shares start times
 * between many activities, and a zone or language switch formats them all again. Bounded: a key's table is emptied
 * when it grows past `limit`.
 */
export class InstantMemo<T, I extends number | string = number> {
  private readonly tables = new Map<string, Map<I, T>>();

  constructor(private readonly limit: number = CACHE_BOUNDS.INSTANTS_PER_ZONE) {}

  get(key: string, instant: I, make: () => T): T {
    let table = this.tables.get(key);
    if (!table) this.tables.set(key, (table = new Map<I, T>()));
    let value = table.get(instant);
    if (value === undefined) {
      if (table.size >= this.limit) table.clear();
      table.set(instant, (value = make()));
    }
    return value;
  }
}

/** An {@link InstantMemo} per zone with one computation, for the resolver's hot paths (offsets, wall times). */
export class ZoneMemo<T> {
  private readonly memo: InstantMemo<T>;

  constructor(
    private readonly compute: (instant: number, zone: string) => T,
    limit: number = CACHE_BOUNDS.INSTANTS_PER_ZONE,
  ) {
    this.memo = new InstantMemo(limit);
  }

  get(instant: number, zone: string): T {
    return this.memo.get(zone, instant, () => this.compute(instant, zone));
  }
}
