import type { UrlState } from './url-state.js';

/** The facets of the toolbar, beside the sectors. */
export type FacetName = 'types' | 'cities' | 'days';

/**
 * Everything a visitor narrows the programme with. Immutable: every transition returns a new state, and a field
 * keeps its identity when it did not change (consumers compare by identity).
 */
export interface FilterState {
  /** The visitor's sector selection (empty: all). */
  readonly sectors: ReadonlySet<string>;
  readonly facets: Readonly<Record<FacetName, ReadonlySet<string>>>;
  /** The search text the programme is filtered by. */
  readonly query: string;
  /** Only the visitor's own programme. */
  readonly mine: boolean;
}

const NONE: ReadonlySet<string> = new Set();
const NO_FACETS: FilterState['facets'] = { types: NONE, cities: NONE, days: NONE };

/** No filter at all. */
export const EMPTY_FILTERS: FilterState = { sectors: NONE, facets: NO_FACETS, query: '', mine: false };

/** The state with the sector selection `sectors`. */
export function withSectors(state: FilterState, sectors: Iterable<string>): FilterState {
  return { ...state, sectors: new Set(sectors) };
}

/** The state with `value` of `facet` switched on or off. */
export function withFacet(state: FilterState, facet: FacetName, value: string, on: boolean): FilterState {
  if (state.facets[facet].has(value) === on) return state;
  const next = new Set(state.facets[facet]);
  if (on) next.add(value);
  else next.delete(value);
  return { ...state, facets: { ...state.facets, [facet]: next } };
}

/** The state searching for `query`. */
export function withQuery(state: FilterState, query: string): FilterState {
  return state.query === query ? state : { ...state, query };
}

/** The state showing only (or no longer only) the visitor's own programme. */
export function withMine(state: FilterState, mine: boolean): FilterState {
  return state.mine === mine ? state : { ...state, mine };
}

/** Every visitor filter cleared; with a locked track the sectors are the page's and stay. */
export function cleared(state: FilterState, keepSectors: boolean): FilterState {
  return keepSectors ? { ...EMPTY_FILTERS, sectors: state.sectors } : EMPTY_FILTERS;
}

/** True when the visitor narrowed the programme (a locked track's sectors are the page's and do not count). */
export function hasVisitorFilters(state: FilterState, sectorsLocked: boolean): boolean {
  const f = state.facets;
  return (
    (!sectorsLocked && state.sectors.size > 0) ||
    f.types.size + f.cities.size + f.days.size > 0 ||
    state.query.trim() !== '' ||
    state.mine
  );
}

/** The state a shared link restores (what the link does not say stays as in `state`). */
export function fromUrl(state: FilterState, url: UrlState): FilterState {
  return {
    sectors: url.sectors ? new Set(url.sectors) : state.sectors,
    facets: { types: new Set(url.types), cities: new Set(url.cities), days: new Set(url.days) },
    query: url.query ?? '',
    mine: url.mine ?? false,
  };
}

/** The filter part of a link's state. */
export function toUrl(state: FilterState): UrlState {
  return {
    sectors: [...state.sectors],
    types: [...state.facets.types],
    cities: [...state.facets.cities],
    days: [...state.facets.days],
    query: state.query,
    mine: state.mine,
  };
}
