import { html, nothing } from 'lit';
import type { Display } from '../../context/display.js';
import type { PersonalProgrammeController } from '../../controllers/personal-programme-controller.js';
import * as filters from '../../core/agenda/filter-state.js';
import type { MergeMode } from '../../core/agenda/favourites.js';
import { pickText } from '../../core/feed/text.js';
import type { Programme } from '../../core/feed/types.js';
import type { Translation } from '../../core/i18n/index.js';
import { personalCode } from '../../io/chunks.js';
import { formatDateRange } from '../../core/time/format.js';
import type { AgendaView } from '../../core/view/agenda-view.js';
import { zoneOptions } from '../../core/view/zone-options.js';
import {
  AGENDA_CONTACT_EXPORTS,
  AGENDA_FILTER_EXPORTS,
  AGENDA_GRID_EXPORTS,
  AGENDA_TIMELINE_EXPORTS,
} from '../parts.js';
import { renderHeader } from './agenda-header.js';
import { renderEmpty } from './agenda-states.js';
import { renderToolbar } from './agenda-toolbar.js';

/** What the visitor can ask of a loaded agenda. */
export interface ProgrammeActions {
  readonly zone: (choice: string) => void;
  readonly query: (typed: string) => void;
  readonly setFilters: (next: filters.FilterState) => void;
  readonly clearFilters: () => void;
  readonly chooseShared: (mode: MergeMode) => void;
  readonly exportIcs: () => void;
  readonly share: () => void;
  /** The visitor picks the list or the timetable. */
  readonly layout: (view: AgendaLayout) => void;
  /** A moment as notices write it: the time, with the day when it is not today. */
  readonly when: (instant: number) => string;
}

/** How the programme is laid out: a list of days, or a timetable grid. */
export type AgendaLayout = 'list' | 'grid';

/** Everything a loaded agenda shows. */
export interface ProgrammeProps {
  readonly programme: Programme;
  readonly display: Display;
  readonly t: Translation;
  /** The zone choice in force: `event`, `local` or an IANA name. */
  readonly zoneChoice: string;
  readonly lockSectors: boolean;
  /** The sectors in force: the locked track, or the visitor's choice. */
  readonly sectors: ReadonlySet<string>;
  readonly noToolbar: boolean;
  /** The "could not update" / "offline copy" notice, or empty. */
  readonly notice: string;
  readonly filters: filters.FilterState;
  /** The search text as typed. */
  readonly typed: string;
  readonly view: AgendaView;
  readonly personal: PersonalProgrammeController;
  readonly actions: ProgrammeActions;
  /** What the programme is shown as now (the grid only once its code is there). */
  readonly layout: AgendaLayout;
  /** The visitor's choice shown by the list / timetable switch; undefined: no switch (a phone, or no toolbar). */
  readonly layoutChoice?: AgendaLayout;
  /** Why the grid was asked for but is not shown, if it failed. */
  readonly layoutNotice: string;
}

/** The agenda with its programme: header, sector filter, notices, toolbar, banners, timeline (or why empty), contacts. */
export function renderProgramme(p: ProgrammeProps) {
  const { programme, t, personal, actions } = p;
  const { mission } = programme;
  const { lang } = p.display;
  // a shared programme and changes are found by the code that also draws their banners
  const banners = personalCode.module;
  return html`${renderHeader({
      t,
      title: pickText(mission.title, lang, mission.defaultLanguage),
      dates: mission.startDate && mission.endDate ? formatDateRange(mission.startDate, mission.endDate, lang) : '',
      zones: zoneOptions(programme, { ...p.display, choice: p.zoneChoice }, t),
      onZone: actions.zone,
    })}
    ${p.notice ? html`<p part="notice" class="notice" role="status">${p.notice}</p>` : nothing}
    ${p.noToolbar ? sectorFilter(p) : toolbar(p)}
    ${
      personal.shared && banners
        ? banners.renderSharedPrompt({ t, count: personal.shared.length, onChoose: actions.chooseShared })
        : nothing
    }
    ${
      personal.diff && banners
        ? banners.renderChanges({
            t,
            changes: personal.diff.changes,
            removed: personal.diff.removed,
            byId: new Map(programme.activities.map((a) => [a.id, a])),
            title: (a) => pickText(a.title, lang, mission.defaultLanguage),
            when: actions.when,
            onDismiss: () => personal.dismissChanges(programme),
          })
        : nothing
    }
    ${p.layoutChoice ? layoutSwitch(p.layoutChoice, t, actions.layout) : nothing}
    ${p.layoutNotice ? html`<p part="notice" class="notice" role="status">${p.layoutNotice}</p>` : nothing}
    <section class="programme" aria-label=${t.programme}>
      ${
        !p.view.visible.length
          ? renderEmpty(emptyMessage(p), t, canReset(p) ? actions.clearFilters : undefined)
          : p.layout === 'grid'
            ? html`<mission-grid part="grid" exportparts=${AGENDA_GRID_EXPORTS}></mission-grid>`
            : html`<mission-timeline part="timeline" exportparts=${AGENDA_TIMELINE_EXPORTS}></mission-timeline>`
      }
    </section>
    ${
      mission.contacts.length
        ? html`<section part="contacts" class="contacts" aria-labelledby="contacts-heading">
            <h2 id="contacts-heading">${t.contacts}</h2>
            <mission-contact-block
              .contacts=${mission.contacts}
              exportparts=${AGENDA_CONTACT_EXPORTS}
            ></mission-contact-block>
          </section>`
        : nothing
    }`;
}

/** The list / timetable switch. */
function layoutSwitch(current: AgendaLayout, t: Translation, choose: (view: AgendaLayout) => void) {
  const options: readonly [AgendaLayout, string][] = [
    ['list', t.viewList],
    ['grid', t.viewGrid],
  ];
  return html`<fieldset part="view-switch" class="zone-switch view-switch">
    <legend>${t.viewLabel}</legend>
    ${options.map(
      ([value, label]) =>
        html`<label part="view-option" class="zone-option">
          <input
            type="radio"
            name="view"
            .value=${value}
            .checked=${value === current}
            @change=${() => choose(value)}
          />
          <span>${label}</span>
        </label>`,
    )}
  </fieldset>`;
}

/** Why nothing is shown: an empty programme, an empty "My programme", no search results, or filters. */
function emptyMessage({ programme, filters: f, personal, t }: ProgrammeProps): string {
  const query = f.query.trim();
  if (!programme.activities.length) return t.emptyProgramme;
  if (f.mine && !personal.favourites.size && !personal.shared) return t.myProgrammeEmpty;
  return query ? t.noResults(query) : t.emptyFiltered;
}

/** True when the visitor's own filters hide something (a locked track is the page's choice, not theirs). */
function canReset({ programme, filters: f, lockSectors }: ProgrammeProps): boolean {
  return programme.activities.length > 0 && filters.hasVisitorFilters(f, lockSectors);
}

function sectorFilter(p: ProgrammeProps) {
  return p.lockSectors
    ? nothing
    : html`<mission-sector-filter part="filter" exportparts=${AGENDA_FILTER_EXPORTS}></mission-sector-filter>`;
}

/** The activities of the locked track (what the visitor can reach), else of the whole programme. */
function reachable({ programme, lockSectors, sectors }: ProgrammeProps): number {
  if (!lockSectors || !sectors.size) return programme.activities.length;
  return programme.activities.filter((a) => a.sectors.some((s) => sectors.has(s.id))).length;
}

function toolbar(p: ProgrammeProps) {
  const { t, personal, actions, filters: f } = p;
  const facets = f.facets.types.size + f.facets.cities.size + f.facets.days.size;
  return renderToolbar({
    t,
    lang: p.display.lang,
    query: p.typed,
    facets: p.view.facets,
    filtersActive: filters.hasVisitorFilters(f, p.lockSectors),
    mine: f.mine,
    favouriteCount: personal.favourites.size,
    shown: p.view.visible.length,
    total: reachable(p),
    track: p.lockSectors && p.sectors.size > 0,
    activeCount: (p.lockSectors ? 0 : f.sectors.size) + facets + (f.mine ? 1 : 0),
    sectorFilter: sectorFilter(p),
    shareStatus: personal.shareCopied ? t.linkCopied : '',
    shareUrl: personal.shareUrl,
    onQuery: actions.query,
    onFacet: (facet, value, on) => actions.setFilters(filters.withFacet(f, facet, value, on)),
    onClearFilters: actions.clearFilters,
    onMine: (on) => actions.setFilters(filters.withMine(f, on)),
    onExport: actions.exportIcs,
    onShare: actions.share,
  });
}
