import { activityDay, type GroupMode, type GroupOptions } from '../agenda/group.js';
import type { FilterState } from '../agenda/filter-state.js';
import { sameList } from '../memo.js';
import { facetCounts, filterActivities, type ActivityFilter } from '../agenda/filter.js';
import type { Activity, Programme } from '../feed/types.js';
import { pickText } from '../feed/text.js';
import { ACTIVITY_TYPE_TERMS, translator } from '../i18n/index.js';
import { formatDay } from '../time/format.js';

/** One value of a facet, as the toolbar shows it. */
export interface FacetOption {
  readonly value: string;
  readonly label: string;
  readonly count: number;
  readonly selected: boolean;
}

import type { FacetName } from '../agenda/filter-state.js';

export type { FacetName };

/** Everything the visitor (or the page) narrowed the programme to. */
export interface AgendaFilters {
  readonly sectors: ReadonlySet<string>;
  readonly types: ReadonlySet<string>;
  readonly cities: ReadonlySet<string>;
  readonly days: ReadonlySet<string>;
  readonly query: string;
  /** Only these ids ("My programme", or a shared programme being previewed); undefined = all. */
  readonly ids?: ReadonlySet<string>;
}

export interface AgendaView {
  readonly visible: readonly Activity[];
  readonly facets: Readonly<Record<FacetName, readonly FacetOption[]>>;
}

/**
 * Finds the activities a search query matches. The search's code is loaded on demand (`chunks/search.ts`): until it
 * is there, a view ignores the query.
 */
export interface ProgrammeSearch {
  /** The ids of the activities matching every term of `query`; undefined for a query without terms. */
  matches(programme: Programme, lang: string, query: string): ReadonlySet<string> | undefined;
}

/** Day keys per grouping, remembered per activity: facet counts ask for every activity's day on every change. */
const days = new Map<string, WeakMap<Activity, string>>();

function dayOf(group: GroupOptions): (a: Activity) => string {
  const key = `${group.zone}|${group.mode}|${group.missionZone}|${group.dayChange}`;
  let table = days.get(key);
  if (!table) days.set(key, (table = new WeakMap()));
  return (a) => {
    let day = table.get(a);
    if (day === undefined) table.set(a, (day = activityDay(a, group)));
    return day;
  };
}

/** The activities that pass every filter, and the facet values with counts (each counted under the other filters). */
export function agendaView(
  programme: Programme,
  filters: AgendaFilters,
  group: GroupOptions,
  lang: string,
  search?: ProgrammeSearch,
): AgendaView {
  const matches = filters.query.trim() && search ? search.matches(programme, lang, filters.query) : undefined;
  const only = filters.ids;
  const ids = matches && only ? new Set([...matches].filter((id) => only.has(id))) : (matches ?? only);
  const filter: ActivityFilter = {
    sectors: filters.sectors,
    types: filters.types,
    locations: filters.cities,
    days: filters.days,
    ids,
  };
  const options = { dayOf: dayOf(group) };
  const unfiltered = !filters.sectors.size && !filters.types.size && !filters.cities.size && !filters.days.size && !ids;
  // An empty id set ("My programme" with no stars yet) means nothing, not everything.
  const visible = unfiltered
    ? programme.activities
    : ids?.size === 0
      ? []
      : filterActivities(programme.activities, filter, options);
  const counts = facetCounts(programme.activities, filter, options);
  const t = translator(lang);
  const defaultLang = programme.mission.defaultLanguage;
  const cities = new Map(programme.locations.map((l) => [l.id, pickText(l.name, lang, defaultLang)]));
  const option = (facet: FacetName, selected: ReadonlySet<string>, label: (v: string) => string) =>
    ([...counts[facet === 'cities' ? 'locations' : facet]] as [string, number][]).map(([value, count]) => ({
      value,
      label: label(value),
      count,
      selected: selected.has(value),
    }));
  return {
    visible,
    facets: {
      types: option('types', filters.types, (v) =>
        v in ACTIVITY_TYPE_TERMS ? t[ACTIVITY_TYPE_TERMS[v as Activity['type']]] : v,
      ),
      cities: option('cities', filters.cities, (v) => cities.get(v) ?? v),
      days: option('days', filters.days, (v) => formatDay(v, lang, 'short')).sort((a, b) =>
        a.value.localeCompare(b.value),
      ),
    },
  };
}

/** What an agenda's view is computed from. */
export interface AgendaViewInput {
  readonly programme: Programme;
  readonly filters: FilterState;
  /** The sectors in force: the locked track, or the visitor's selection. */
  readonly sectors: ReadonlySet<string>;
  /** Only these ids ("My programme" or a shared programme); undefined: all. */
  readonly ids?: Iterable<string>;
  readonly zone: string;
  readonly groupBy: GroupMode;
  readonly lang: string;
  /** The search, once its code is there (a query is ignored until then). */
  readonly search?: ProgrammeSearch;
}

/** An agenda's view, recomputed only when one of its inputs changed (typing and re-renders reuse it). */
export class AgendaViewMemo {
  private inputs?: readonly unknown[];
  private view?: AgendaView;

  get(i: AgendaViewInput): AgendaView {
    const f = i.filters;
    const inputs = [i.programme, i.sectors, f.facets, f.query, i.ids, i.zone, i.groupBy, i.lang, i.search];
    if (this.view && sameList(this.inputs, inputs)) return this.view;
    this.inputs = inputs;
    const { mission } = i.programme;
    return (this.view = agendaView(
      i.programme,
      { sectors: i.sectors, ...f.facets, query: f.query, ids: i.ids && new Set(i.ids) },
      { zone: i.zone, mode: i.groupBy, missionZone: mission.timeZone, dayChange: mission.dayChange },
      i.lang,
      i.search,
    ));
  }
}
