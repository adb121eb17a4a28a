import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { localZone, showBothOf, type Display } from '../../context/display.js';
import { FeedController } from '../../controllers/feed-controller.js';
import { LangController } from '../../controllers/lang-controller.js';
import { PersonalProgrammeController } from '../../controllers/personal-programme-controller.js';
import { UrlSyncController } from '../../controllers/url-sync-controller.js';
import * as filters from '../../core/agenda/filter-state.js';
import type { UrlState } from '../../core/agenda/url-state.js';
import { pickText } from '../../core/feed/text.js';
import type { Issue, Programme } from '../../core/feed/types.js';
import { resolveLocale, translator, type Translation } from '../../core/i18n/index.js';
import { keepIfSame, sameFields, sameList } from '../../core/memo.js';
import { dateKey, formatDateRange, formatMoment } from '../../core/time/format.js';
import { resolveDisplayZone } from '../../core/time/zones.js';
import { agendaView, SearchCache, type AgendaView } from '../../core/view/agenda-view.js';
import { zoneOptions } from '../../core/view/zone-options.js';
import {
  MissionErrorEvent,
  MissionFilterChangeEvent,
  MissionLoadEvent,
  MissionTimeZoneChangeEvent,
} from '../../events.js';
import type { MissionFavouriteToggleEvent } from '../../events.js';
import type { FeedFailure, FeedFormat } from '../../io/feed-loader.js';
import { tokens } from '../../styles/shared.styles.js';
import { AGENDA_CONTACT_EXPORTS, AGENDA_FILTER_EXPORTS, AGENDA_TIMELINE_EXPORTS } from '../parts.js';
import { renderChanges, renderSharedPrompt } from './agenda-banners.js';
import { renderHeader } from './agenda-header.js';
import { failureText, renderEmpty, renderError, renderLoading } from './agenda-states.js';
import { renderToolbar } from './agenda-toolbar.js';
import { agendaStyles } from './mission-agenda.styles.js';

/** Comma-separated attribute ⇄ string array. */
const listConverter = {
  fromAttribute: (value: string | null) =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  toAttribute: (value: readonly string[]) => value.join(','),
};

const NO_CHANGES: AgendaState['changes'] = new Map();
const NO_VIEW: AgendaView = { visible: [], facets: { types: [], cities: [], days: [] } };

/**
 * The programme of an economic or trade mission, from a JSON feed, in the right time zone.
 * Loads and validates the feed, owns the display zone, language and sector selection, and shares them with
 * the elements inside it through context.
 *
 * The feed comes from the `feed` property, else from `src`, else from a child `<script type="application/json">`.
 *
 * @summary The whole agenda: header, time-zone switch, sector filter, timeline and contacts.
 * @tag mission-agenda
 *
 * @slot - A `<script type="application/json">` holding the feed (for pages that cannot host a file), and the page's own fallback (e.g. a link to a PDF programme): shown until the programme is rendered, and beside an error; before the script runs, the browser shows it as it is.
 * @slot header-end - Extra content at the end of the header (e.g. a print button of the page's own).
 *
 * @csspart base - The agenda's outer wrapper.
 * @csspart header - The header with the mission title, dates and the time-zone switch.
 * @csspart mission-title - The mission title.
 * @csspart dates - The mission dates.
 * @csspart zone-switch - The event time / your time switch.
 * @csspart zone-option - One option of the switch.
 * @csspart filter - The sector filter.
 * @csspart notice - The "could not update" notice shown when a refresh fails.
 * @csspart timeline - The timeline.
 * @csspart contacts - The contacts section.
 * @csspart loading - The loading state.
 * @csspart empty - The empty state.
 * @csspart reset - The "Show all" button of the empty state.
 * @csspart error - The error panel (`role="alert"`).
 * @csspart retry - The "Try again" button of the error panel.
 * @csspart toolbar - The search, facets and "My programme" bar.
 * @csspart search - The search box.
 * @csspart facet - A facet (`<details>`, `data-facet` = `types`, `cities` or `days`).
 * @csspart clear-filters - The "Clear filters" button of the toolbar.
 * @csspart my-programme - The "My programme" toggle.
 * @csspart export - The button that downloads the starred activities as a calendar file.
 * @csspart share - The button that makes a link to the starred activities.
 * @csspart result-count - The "n of m activities" line.
 * @csspart changes - The banner listing what changed since the last visit.
 * @csspart dismiss - The banner's dismiss button.
 * @csspart shared - The prompt shown when a shared programme arrives.
 * @csspart filter-group - The sector filter's group; also `filter-reset`, `filter-sector`, `filter-sector-dot`, `filter-sector-name`, `filter-sector-count`.
 * @csspart contacts-contact - A contact of the contacts section; also `contacts-list`, `contacts-name`, `contacts-role`, `contacts-organisation`, `contacts-phone`, `contacts-email`, `contacts-url`.
 * @csspart day - A day of the timeline (`data-date` = `YYYY-MM-DD`); also `day-heading`, `day-list`, `parallel`, `parallel-label`, `now-marker`, `offset-note`.
 * @csspart card - An activity card; also its `start` and `end` times, and every other part of the card prefixed `card-` (`card-title`, `card-time`, `card-star`, `card-clash`, `card-change`, `card-mark`, `card-other-shift`, `card-contact-name`, …).
 *
 * @cssprop [--mission-font-family=system-ui] - Font of every element.
 * @cssprop [--mission-color-text=#1b2330] - Text colour.
 * @cssprop [--mission-color-muted=#505a69] - Secondary text colour.
 * @cssprop [--mission-color-surface=#ffffff] - Background of cards and panels.
 * @cssprop [--mission-color-surface-raised=#f4f6f9] - Background of the header, chips and skeletons.
 * @cssprop [--mission-color-border=#cfd6df] - Borders.
 * @cssprop [--mission-color-accent=#0b5cad] - Links, selected controls, focus ring.
 * @cssprop [--mission-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--mission-color-danger=#b3261e] - Errors and cancelled activities.
 * @cssprop [--mission-color-warning=#7a4a00] - Tentative activities and notices.
 * @cssprop [--mission-color-now=#c2410c] - The "now" marker.
 * @cssprop [--mission-radius=0.5rem] - Corner radius.
 * @cssprop [--mission-space=1rem] - Base spacing.
 *
 * @fires {MissionLoadEvent} mission-load - A feed was loaded and validated (also after a refresh that changed it).
 * @fires {MissionErrorEvent} mission-error - The feed cannot be fetched, is not JSON, or is unusable as a whole.
 * @fires {MissionFilterChangeEvent} mission-filter-change - The visitor changed the sector selection.
 * @fires {MissionTimeZoneChangeEvent} mission-time-zone-change - The display zone changed. An element inside the agenda may dispatch it to ask for a zone (`event`, `local` or an IANA name).
 */
export class MissionAgenda extends LitElement {
  static override styles = [tokens, agendaStyles];

  /** URL of the JSON feed (fetched with CORS, without credentials). */
  @property() src = '';

  /** A feed object given directly; wins over `src`. */
  @property({ attribute: false }) feed?: unknown;

  /** `event` (the mission's zone), `local` (the visitor's zone) or an IANA zone name. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';

  /** UI and content language; else the nearest ancestor's `lang`, else the feed's default language. */
  @property() override lang = '';

  /** Sector ids preselected in the filter (attribute: comma-separated). */
  @property({ converter: listConverter }) sectors: string[] = [];

  /** Show only `sectors` and hide the filter (a chamber's own track). */
  @property({ type: Boolean, attribute: 'lock-sectors' }) lockSectors = false;

  /**
   * Seconds between re-fetches of `src`; 0 = never. At least 15 and at most a day (86,400): other values are clamped,
   * with a console warning. The last good programme stays on screen on failure.
   */
  @property({ type: Number }) refresh = 0;

  /** Seconds before a feed request is abandoned (at most a day). */
  @property({ type: Number }) timeout = 15;

  /** `day`: days in the display zone; `mission-day`: the mission's own days, with "+1 day" badges. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'day';

  /** `auto`: also show the visitor's time when it differs; `always`; `never`. */
  @property({ attribute: 'show-both' }) showBoth: ShowBoth = 'auto';

  /** Reflect the sector and time-zone choices in the page URL, and restore them from it. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Keep the last good feed of `src` in localStorage and show it, marked as an offline copy, when loading fails. */
  @property({ type: Boolean, attribute: 'offline-copy' }) offlineCopy = false;

  /**
   * Remember what the visitor saw and, on the next visit or refresh, mark new, moved and cancelled activities
   * (kept per mission in localStorage). On by default when `refresh` is set.
   */
  @property({ type: Boolean, attribute: 'track-changes' }) trackChanges = false;

  /** Hide the search box, the type/city/day facets and the "My programme" controls. */
  @property({ type: Boolean, attribute: 'no-toolbar' }) noToolbar = false;

  /**
   * What `src`, `feed` or the inline script holds: `auto` (detected from the content), `mission` (this library's
   * feed), `frab-json` (c3voc/frab `schedule.json`, as exported by pretalx and frab) or `frab-xml` (Pentabarf/frab
   * `schedule.xml`).
   */
  @property() format: FeedFormat = 'auto';

  /**
   * IANA zone of a conference schedule whose times carry neither an offset nor a zone (old frab XML). Without it such
   * times are read in UTC, with a warning.
   */
  @property({ attribute: 'event-zone' }) eventZone = '';

  /** @internal */
  @provide({ context: agendaContext }) @state() protected context?: AgendaState;

  /** @internal The visitor's filters. */
  @state() private filters: filters.FilterState = filters.EMPTY_FILTERS;
  /** @internal The search text as typed (the filters follow it after a short pause). */
  @state() private typed = '';
  /** @internal The visitor's zone choice: `event`, `local` or an IANA name. */
  @state() private zoneChoice = 'event';

  /** @internal */
  private readonly langs = new LangController(this);
  /** @internal */
  private readonly personal = new PersonalProgrammeController(this);
  /** @internal */
  private readonly url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    restore: (s) => this.restore(s),
  });
  /** @internal */
  private readonly search = new SearchCache();
  /** @internal A share code read from the URL, applied once the programme is there. */
  private pendingShare?: string;
  /** @internal True once the URL gave the state the page's attributes would otherwise set on the first update. */
  private restoredFromUrl = false;
  /** @internal The event the agenda is dispatching itself, if any. */
  private announcing?: Event;
  /** @internal */
  private queryTimer?: ReturnType<typeof setTimeout>;
  /** @internal */
  private view: AgendaView = NO_VIEW;
  /** @internal What `view` was computed from. */
  private viewInputs?: readonly unknown[];
  /** @internal */
  private display?: Display;
  /** @internal The locked sectors as a set, kept while the `sectors` array is the same. */
  private locked?: { from: readonly string[]; set: ReadonlySet<string> };
  /** @internal */
  private readonly loader = new FeedController(this, {
    timeout: () => (this.timeout > 0 ? this.timeout * 1000 : 15_000),
    refresh: () => this.refresh,
    format: () => this.format,
    eventZone: () => this.eventZone,
    offlineCopy: () => this.offlineCopy,
    loaded: (feed) => this.handleLoaded(feed.programme, feed.errors, feed.warnings),
    failed: (failure, errors, stale) => this.handleFailed(failure, errors, stale),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mission-filter-change', this.handleFilterChange);
    this.addEventListener('mission-time-zone-change', this.handleZoneRequest);
    this.addEventListener('mission-favourite-toggle', this.handleFavouriteToggle);
    this.pendingShare = this.url.read().share;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('mission-filter-change', this.handleFilterChange);
    this.removeEventListener('mission-time-zone-change', this.handleZoneRequest);
    this.removeEventListener('mission-favourite-toggle', this.handleFavouriteToggle);
    clearTimeout(this.queryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src') || changed.has('format') || !this.hasUpdated) {
      this.loader.setSource(this.source());
    }
    if (changed.has('refresh')) this.loader.refreshChanged();
    // On the first update a state restored from the URL wins over the page's attributes.
    const fromUrl = this.restoredFromUrl && !this.hasUpdated;
    if (changed.has('sectors') && !(fromUrl && this.filters.sectors.size)) {
      this.filters = filters.withSectors(this.filters, this.sectors);
    }
    if (changed.has('timeZone') && !(fromUrl && this.zoneChoice !== 'event'))
      this.zoneChoice = this.timeZone || 'event';

    const programme = this.loader.feed?.programme;
    const eventZone = programme?.mission.timeZone ?? 'UTC';
    const local = localZone();
    const display = (this.display = keepIfSame(this.display, {
      zone: resolveDisplayZone(this.zoneChoice, eventZone, local),
      eventZone,
      localZone: local,
      lang: resolveLocale([this.lang, this.langs.inherited, programme?.mission.defaultLanguage]),
      showBoth: showBothOf(this.showBoth),
      mission: programme?.mission,
      managed: true,
    }));
    const sectors = this.activeSectors;
    const groupBy = this.groupBy === 'mission-day' ? 'mission-day' : 'day';
    this.view = this.buildView(programme, display, sectors, groupBy);
    const next: AgendaState = {
      programme,
      display,
      visible: this.view.visible,
      sectors,
      lockSectors: this.lockSectors,
      groupBy,
      favourites: this.personal.favourites,
      clashes: this.personal.clashes(programme),
      changes: this.personal.diff?.changes ?? NO_CHANGES,
      query: this.filters.query,
    };
    // Replace the context only when something in it changed: every consumer re-renders on a new object.
    if (!this.context || !sameFields(this.context, next)) this.context = next;
  }

  /** @internal The filtered activities and facets; recomputed only when one of their inputs changed. */
  private buildView(programme: Programme | undefined, d: Display, sectors: ReadonlySet<string>, groupBy: GroupBy) {
    if (!programme) return NO_VIEW;
    const f = this.filters;
    const ids = this.personal.shared ?? (f.mine ? this.personal.favourites : undefined);
    const inputs = [programme, sectors, f.facets, f.query, ids, d.zone, groupBy, d.lang];
    if (sameList(this.viewInputs, inputs)) return this.view;
    this.viewInputs = inputs;
    return agendaView(
      programme,
      { sectors, ...f.facets, query: f.query, ids: ids && new Set(ids) },
      { zone: d.zone, mode: groupBy, missionZone: programme.mission.timeZone, dayChange: programme.mission.dayChange },
      d.lang,
      this.search,
    );
  }

  /** @internal The sectors that filter the timeline: the locked track, or the visitor's choice. */
  private get activeSectors(): ReadonlySet<string> {
    if (!this.lockSectors) return this.filters.sectors;
    if (this.locked?.from !== this.sectors) this.locked = { from: this.sectors, set: new Set(this.sectors) };
    return this.locked.set;
  }

  private source() {
    if (this.feed !== undefined && this.feed !== null) return { kind: 'value', value: this.feed } as const;
    if (this.src) return { kind: 'url', url: new URL(this.src, document.baseURI).href } as const;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'text', text: script.textContent ?? '' } as const;
    return { kind: 'none' } as const;
  }

  /**
   * Resolves once the agenda and its timeline show the latest change (a new feed, zone, filter or language),
   * including every chunk of a long first render. A feed given as `feed` or inline is read in a task of its own.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.loader.reading) {
      await this.loader.read();
      result = await super.getUpdateComplete();
    }
    const timeline = this.renderRoot.querySelector<LitElement>('mission-timeline');
    return (timeline ? await timeline.updateComplete : true) && result;
  }

  protected override render() {
    const ctx = this.context!;
    const t = translator(ctx.display.lang);
    const { status, feed, failure } = this.loader;
    const failed = status === 'error' && !feed;
    return html`<div part="base" class="base" lang=${ctx.display.lang}>
      ${
        failed
          ? renderError(t, failure ? failureText(failure.failure, t) : t.errorFetch, failure?.errors ?? [], () =>
              this.loader.retry(),
            )
          : feed
            ? this.renderProgramme(feed.programme, ctx, t)
            : renderLoading(t)
      }
      <slot class="fallback" ?hidden=${!!feed}></slot>
    </div>`;
  }

  private renderProgramme(programme: Programme, ctx: AgendaState, t: Translation) {
    const { mission } = programme;
    const { lang } = ctx.display;
    const personal = this.personal;
    return html`${renderHeader({
        t,
        title: pickText(mission.title, lang, mission.defaultLanguage),
        dates: mission.startDate && mission.endDate ? formatDateRange(mission.startDate, mission.endDate, lang) : '',
        zones: zoneOptions(programme, { ...ctx.display, choice: this.zoneChoice }, t),
        onZone: (choice) => this.chooseZone(choice),
      })}
      ${
        this.lockSectors
          ? nothing
          : html`<mission-sector-filter part="filter" exportparts=${AGENDA_FILTER_EXPORTS}></mission-sector-filter>`
      }
      ${
        (this.loader.stale || this.loader.offline) && this.loader.loadedAt
          ? html`<p part="notice" class="notice" role="status">
              ${(this.loader.offline ? t.offlineCopy : t.refreshFailed)(this.when(this.loader.loadedAt))}
            </p>`
          : nothing
      }
      ${this.noToolbar ? nothing : this.renderToolbar(programme, t)}
      ${
        personal.shared
          ? renderSharedPrompt({ t, count: personal.shared.length, onChoose: (m) => this.chooseShared(m) })
          : nothing
      }
      ${
        personal.diff
          ? renderChanges({
              t,
              changes: personal.diff.changes,
              removed: personal.diff.removed,
              byId: new Map(programme.activities.map((a) => [a.id, a])),
              title: (a) => pickText(a.title, lang, mission.defaultLanguage),
              when: (instant) => this.when(instant),
              onDismiss: () => personal.dismissChanges(programme),
            })
          : nothing
      }
      <section class="programme" aria-label=${t.programme}>
        ${
          this.view.visible.length
            ? html`<mission-timeline part="timeline" exportparts=${AGENDA_TIMELINE_EXPORTS}></mission-timeline>`
            : renderEmpty(
                this.emptyMessage(programme, t),
                t,
                this.canReset(programme) ? () => this.clearFilters() : undefined,
              )
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

  private emptyMessage(programme: Programme, t: Translation): string {
    const query = this.filters.query.trim();
    if (!programme.activities.length) return t.emptyProgramme;
    if (this.filters.mine && !this.personal.favourites.size && !this.personal.shared) return t.myProgrammeEmpty;
    return query ? t.noResults(query) : t.emptyFiltered;
  }

  private canReset(programme: Programme): boolean {
    return programme.activities.length > 0 && filters.hasVisitorFilters(this.filters, this.lockSectors);
  }

  private renderToolbar(programme: Programme, t: Translation) {
    const personal = this.personal;
    return renderToolbar({
      t,
      lang: this.context!.display.lang,
      query: this.typed,
      facets: this.view.facets,
      filtersActive: filters.hasVisitorFilters(this.filters, this.lockSectors),
      mine: this.filters.mine,
      favouriteCount: personal.favourites.size,
      shown: this.view.visible.length,
      total: programme.activities.length,
      shareStatus: personal.shareCopied ? t.linkCopied : '',
      shareUrl: personal.shareUrl,
      onQuery: (q) => this.typeQuery(q),
      onFacet: (facet, value, on) => this.setFilters(filters.withFacet(this.filters, facet, value, on)),
      onClearFilters: () => this.clearFilters(),
      onMine: (on) => this.setFilters(filters.withMine(this.filters, on)),
      onExport: () => personal.exportIcs(programme, this.context!.display.lang, this.renderRoot),
      onShare: () => personal.share(programme, (code) => this.url.link({ share: code })),
    });
  }

  /** @internal A moment as notices write it: the time, with the day when it is not today. */
  private when(instant: number): string {
    const { zone, lang } = this.context!.display;
    return formatMoment(instant, zone, lang, dateKey(Date.now(), zone));
  }

  /** @internal Applies the visitor's filters and writes them into the URL. */
  private setFilters(next: filters.FilterState): void {
    this.filters = next;
    this.writeUrl();
  }

  private clearFilters(): void {
    const hadSectors = !this.lockSectors && this.filters.sectors.size > 0;
    clearTimeout(this.queryTimer);
    this.typed = '';
    this.setFilters(filters.cleared(this.filters, this.lockSectors));
    if (hadSectors) this.announce(new MissionFilterChangeEvent({ sectors: [] }));
  }

  /** Filters as the visitor types, after a pause short enough to feel live and long enough to skip keystrokes. */
  private typeQuery(query: string): void {
    this.typed = query;
    clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => this.setFilters(filters.withQuery(this.filters, this.typed)), 150);
  }

  private chooseZone(choice: string): void {
    this.zoneChoice = choice;
    this.writeUrl();
    const eventZone = this.loader.feed?.programme.mission.timeZone ?? 'UTC';
    this.announce(new MissionTimeZoneChangeEvent({ timeZone: resolveDisplayZone(choice, eventZone, localZone()) }));
  }

  /** @internal Tells the page about a change the agenda made (its own listeners skip it: it is news, not a request). */
  private announce(event: Event): void {
    this.announcing = event;
    try {
      this.dispatchEvent(event);
    } finally {
      this.announcing = undefined;
    }
  }

  private chooseShared(mode: Parameters<PersonalProgrammeController['chooseShared']>[1]): void {
    const programme = this.loader.feed?.programme;
    if (!programme) return;
    this.personal.chooseShared(programme, mode);
    this.setFilters(filters.withMine(this.filters, true));
  }

  /** @internal The sector filter, any element inside or the page asks for a sector selection. */
  private readonly handleFilterChange = (event: MissionFilterChangeEvent): void => {
    if (event === this.announcing || this.lockSectors) return;
    this.setFilters(filters.withSectors(this.filters, event.detail.sectors));
  };

  /** @internal An element inside or the page asks for a display zone (`event`, `local` or an IANA name). */
  private readonly handleZoneRequest = (event: MissionTimeZoneChangeEvent): void => {
    if (event === this.announcing) return;
    this.zoneChoice = event.detail.timeZone || 'event';
    this.writeUrl();
  };

  /** @internal */
  private readonly handleFavouriteToggle = (event: MissionFavouriteToggleEvent): void => {
    const programme = this.loader.feed?.programme;
    if (programme) this.personal.toggle(programme, event.detail.id, event.detail.starred);
  };

  private handleLoaded(programme: Programme, errors: readonly Issue[], warnings: readonly Issue[]): void {
    const share = this.pendingShare;
    this.pendingShare = undefined;
    if (share) this.url.removeShare();
    if (this.personal.load(programme, share, this.trackChanges || this.refresh > 0)) {
      this.filters = filters.withMine(this.filters, true);
    }
    if (errors.length || warnings.length) {
      console.warn(`<mission-agenda>: ${errors.length} item(s) skipped, ${warnings.length} warning(s) in the feed.`, {
        errors,
        warnings,
      });
    }
    this.dispatchEvent(new MissionLoadEvent({ activityCount: programme.activities.length, errors, warnings }));
  }

  private handleFailed(failure: FeedFailure, errors: readonly Issue[], stale: boolean): void {
    const message = failureText(failure, translator(this.context?.display.lang ?? 'en'));
    console.warn(`<mission-agenda>: ${message}${stale ? ' (showing the last good programme)' : ''}`, errors);
    this.dispatchEvent(new MissionErrorEvent({ message, errors }));
  }

  /** @internal Applies a state read from the URL. */
  private restore(state: UrlState): void {
    this.restoredFromUrl = true;
    this.filters = filters.fromUrl(this.filters, state);
    this.typed = this.filters.query;
    if (state.timeZone) this.zoneChoice = state.timeZone;
  }

  private writeUrl(): void {
    this.url.write({ ...filters.toUrl(this.filters), timeZone: this.zoneChoice });
  }
}
