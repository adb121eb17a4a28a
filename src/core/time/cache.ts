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
 * Results per (zone, instant), for the hot paths: a programme shares start times between many activities, and the
 * resolver probes the same instants again and again. Bounded: a zone's table is dropped when it grows too big.
 */
export class ZoneMemo<T> {
  private readonly zones = new Map<string, Map<number, T>>();

  constructor(
    private readonly compute: (instant: number, zone: string) => T,
    private readonly limit = 50_000,
  ) {}

  get(instant: number, zone: string): T {
    let table = this.zones.get(zone);
    if (!table) this.zones.set(zone, (table = new Map()));
    let value = table.get(instant);
    if (value === undefined) {
      if (table.size >= this.limit) table.clear();
      value = this.compute(instant, zone);
      table.set(instant, value);
    }
    return value;
  }
}
