import { activityCity } from '../feed/activities.js';
import type { Activity } from '../feed/types.js';

/**
 * What the visitor (or the page) narrowed the programme to.
 * Facets combine with AND; the values inside one facet combine with OR; an absent or empty set means "no constraint".
 */
export interface ActivityFilter {
  /** Sector ids: an activity passes when it has at least one of them (an activity without sectors never does). */
  readonly sectors?: ReadonlySet<string>;
  /** Activity types (`b2b`, `seminar`, …). */
  readonly types?: ReadonlySet<string>;
  /** Location ids (the activity's location, else its venue's city). */
  readonly locations?: ReadonlySet<string>;
  /** Day keys, as computed by `FilterOptions.dayOf`. */
  readonly days?: ReadonlySet<string>;
  /** Activity ids. */
  readonly ids?: ReadonlySet<string>;
  /** Any further condition (e.g. a text search). */
  readonly match?: (a: Activity) => boolean;
}

export interface FilterOptions {
  /** Day key of an activity (e.g. `activityDay` from `group.ts`); needed only when the `days` facet is used. */
  readonly dayOf?: (a: Activity) => string;
}

/** Counts per value of each facet; see `facetCounts`. */
export interface FacetCounts {
  readonly sectors: ReadonlyMap<string, number>;
  readonly types: ReadonlyMap<string, number>;
  readonly locations: ReadonlyMap<string, number>;
  readonly days: ReadonlyMap<string, number>;
}

type Facet = keyof FacetCounts;
const FACETS: readonly Facet[] = ['sectors', 'types', 'locations', 'days'];

/** The id of the city an activity takes place in: its location, else its venue's location. */
export function activityLocationId(a: Activity): string | undefined {
  return activityCity(a)?.id;
}

function valuesOf(a: Activity, facet: Facet, opts: FilterOptions): string[] {
  switch (facet) {
    case 'sectors':
      return a.sectors.map((s) => s.id);
    case 'types':
      return [a.type];
    case 'locations': {
      const id = activityLocationId(a);
      return id === undefined ? [] : [id];
    }
    case 'days':
      if (!opts.dayOf) throw new TypeError('The days facet needs a dayOf option.');
      return [opts.dayOf(a)];
  }
}

function active(set: ReadonlySet<string> | undefined): set is ReadonlySet<string> {
  return set !== undefined && set.size > 0;
}

/** Whether `a` passes every constraint of `filter` except the facet `skip`. */
function passes(a: Activity, filter: ActivityFilter, opts: FilterOptions, skip?: Facet): boolean {
  for (const facet of FACETS) {
    const set = filter[facet];
    if (facet === skip || !active(set)) continue;
    if (!valuesOf(a, facet, opts).some((v) => set.has(v))) return false;
  }
  if (active(filter.ids) && !filter.ids.has(a.id)) return false;
  return !filter.match || filter.match(a);
}

/**
 * The activities that pass `filter`, in their original order.
 * @throws TypeError when `filter.days` is non-empty and `opts.dayOf` is missing.
 */
export function filterActivities(
  list: readonly Activity[],
  filter: ActivityFilter,
  opts: FilterOptions = {},
): Activity[] {
  return list.filter((a) => passes(a, filter, opts));
}

/**
 * Faceted-search counts: for each facet, how many activities would pass if that facet's value were selected,
 * i.e. counted with every OTHER constraint (including `ids` and `match`) applied and this facet's own selection ignored.
 * An activity counts once for each of its sectors. Every value that occurs in `list` is present, with 0 when the other
 * facets exclude all its activities, so a UI can show it as unavailable rather than let it vanish.
 * The `days` facet is counted only when `opts.dayOf` is given (else it is empty).
 */
export function facetCounts(list: readonly Activity[], filter: ActivityFilter, opts: FilterOptions = {}): FacetCounts {
  const result = {
    sectors: new Map<string, number>(),
    types: new Map<string, number>(),
    locations: new Map<string, number>(),
    days: new Map<string, number>(),
  };
  for (const facet of FACETS) {
    if (facet === 'days' && !opts.dayOf) continue;
    const counts: Map<string, number> = result[facet];
    for (const a of list) {
      const ok = passes(a, filter, opts, facet);
      for (const v of valuesOf(a, facet, opts)) counts.set(v, (counts.get(v) ?? 0) + (ok ? 1 : 0));
    }
  }
  return result;
}

/** How many activities of `list` carry each sector id (no filter applied). */
export function sectorCounts(list: readonly Activity[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of list) for (const s of a.sectors) counts.set(s.id, (counts.get(s.id) ?? 0) + 1);
  return counts;
}
