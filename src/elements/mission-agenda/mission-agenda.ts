import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { localZone, localZoneSoon, showBothOf, type Display, type UpdateSchedule } from '../../context/display.js';
import { HOLD_MS, personalCode, searchCode, searchLoad } from '../../io/chunks.js';
import { atMost, prefetch } from '../../io/lazy.js';
import { nextTask } from '../../io/next-task.js';
import { FeedController, type FeedSource } from '../../controllers/feed-controller.js';
import { FilterController } from '../../controllers/filter-controller.js';
import { LangController } from '../../controllers/lang-controller.js';
import { MediaController } from '../../controllers/media-controller.js';
import { PersonalProgrammeController } from '../../controllers/personal-programme-controller.js';
import { UrlSyncController } from '../../controllers/url-sync-controller.js';
import { toUrl, withMine, withSectors } from '../../core/agenda/filter-state.js';
import type { MergeMode } from '../../core/agenda/favourites.js';
import type { UrlState } from '../../core/agenda/url-state.js';
import type { Issue, Programme } from '../../core/feed/types.js';
import { loadCatalogues, resolveLocale, translator, type Translation } from '../../core/i18n/index.js';
import { prepareCounts } from '../../core/i18n/helpers.js';
import { keepIfSame, sameFields } from '../../core/memo.js';
import { dateKey, formatDay, formatMoment } from '../../core/time/format.js';
import { resolveDisplayZone } from '../../core/time/zones.js';
import { AgendaViewMemo, type AgendaView, type ProgrammeSearch } from '../../core/view/agenda-view.js';
import {
  MissionErrorEvent,
  MissionFilterChangeEvent,
  MissionLoadEvent,
  MissionTimeZoneChangeEvent,
} from '../../events.js';
import type { MissionFavouriteToggleEvent } from '../../events.js';
import type { FeedFailure, FeedFormat } from '../../io/feed-loader.js';
import { tokens } from '../../styles/shared.styles.js';
import { renderProgramme, type AgendaLayout, type ProgrammeActions, type ProgrammeProps } from './agenda-programme.js';
import { loadGrid } from '../mission-grid/mission-grid.load.js';
import { loadCardDetails } from '../mission-activity-card/mission-activity-card.js';
import { failureText, renderError, renderLoading } from './agenda-states.js';
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
const loadSearch = () => searchCode.load();
const loadPersonal = () => personalCode.load();
const NO_VIEW: AgendaView = { visible: [], facets: { types: [], cities: [], days: [] } };

/** Whether two feed sources read the same thing (the same value, text or URL). */
function sameSource(a: FeedSource, b: FeedSource | undefined): boolean {
  if (!b || a.kind !== b.kind) return false;
  if (a.kind === 'value') return b.kind === 'value' && a.value === b.value;
  if (a.kind === 'text') return b.kind === 'text' && a.text === b.text;
  if (a.kind === 'url') return b.kind === 'url' && a.url === b.url;
  return true;
}

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
 * @csspart view-switch - The list / timetable switch; also `view-option`.
 * @csspart grid - The timetable (`view="grid"`); its parts are forwarded as `grid-scroller`, `grid-columns`, `grid-column`, `grid-column-heading`, `grid-blocks`, `grid-block`, and its days and cards like the timeline's.
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

  /**
   * `list`: the programme day by day; `grid`: a timetable with rooms, sectors or cities as columns (on a phone the
   * list is shown). The visitor can switch between the two unless `no-toolbar` is set.
   */
  @property() view: AgendaLayout = 'list';

  /** @internal */
  @provide({ context: agendaContext }) @state() protected context?: AgendaState;

  /** @internal The visitor's choice of list or timetable (the `view` attribute until they choose). */
  @state() private layoutChoice?: AgendaLayout;
  /** @internal The grid's code: loaded on first use (the embed keeps it in a chunk of its own). */
  @state() private grid: 'no' | 'loading' | 'ready' | 'failed' = 'no';
  /** @internal */
  private gridLoad?: Promise<void>;
  /** @internal The visitor's zone choice: `event`, `local` or an IANA name. */
  @state() private zoneChoice = 'event';

  /** @internal */
  private readonly langs = new LangController(this);
  /** The feed source set before the first update, while the language's words were loading. */
  private earlySource?: FeedSource;
  /** @internal A phone-sized viewport: the timetable does not fit, the list is shown. */
  private readonly narrow = new MediaController(this, '(max-width: 599.98px)');
  /** @internal The visitor's filters. */
  private readonly filters = new FilterController(this, () => this.writeUrl());
  /** @internal */
  private readonly personal = new PersonalProgrammeController(this, {
    showMine: () => this.filters.set(withMine(this.filters.state, true), false),
  });
  /** @internal The search, once its code is there. */
  private search?: ProgrammeSearch;
  /** @internal The query the search's code was last asked for (see `searchLoad`). */
  private searchAskedFor?: string;
  /** @internal Code the visitor may soon use is fetched ahead once, after the first programme is on screen. */
  private prefetched = false;
  /** @internal The language whose counts were prepared while a feed was on its way (see `prepareCounts`). */
  private countsPrepared?: string;
  /** @internal */
  private readonly url = new UrlSyncController(this, {
    enabled: () => this.syncUrl,
    restore: (s) => this.restore(s),
  });
  /** @internal */
  private readonly views = new AgendaViewMemo();
  /** @internal A share code read from the URL, applied once the programme is there. */
  private pendingShare?: string;
  /** @internal True once the URL gave the state the page's attributes would otherwise set on the first update. */
  private restoredFromUrl = false;
  /** @internal The event the agenda is dispatching itself, if any. */
  private announcing?: Event;
  /** @internal */
  private filtered: AgendaView = NO_VIEW;
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
  }

  /**
   * Holds each update until the words of the agenda's language are there (French, Dutch and German are loaded on
   * first use). The first update's feed request starts at once all the same: the two load side by side. The first
   * update also waits for a task of its own: the task that evaluates the bundle and upgrades the element is long
   * enough on a phone (40–65 ms at a quarter of a desktop's speed) without the agenda's first render in it.
   * An update also waits for the code a shared link or change tracking needs (see `PersonalProgrammeController`),
   * and for the search's code when there is a query (once per query text: when it cannot load, the query is set
   * aside and the agenda says so).
   */
  protected override scheduleUpdate(): UpdateSchedule {
    const wait =
      loadCatalogues([this.lang, this.langs.inherited, this.loader.feed?.programme.mission.defaultLanguage]) ??
      this.personal.pending ??
      this.waitForSearch() ??
      (this.hasUpdated ? undefined : nextTask());
    if (!wait) return super.scheduleUpdate();
    if (!this.hasUpdated && !this.earlySource) this.loader.setSource((this.earlySource = this.source()));
    return wait.then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src') || changed.has('format') || !this.hasUpdated) {
      const source = this.source();
      // started before the words were there (`scheduleUpdate`), from the same properties: not started again
      if (!sameSource(source, this.earlySource) || this.hasUpdated) this.loader.setSource(source);
    }
    if (changed.has('refresh')) this.loader.refreshChanged();
    this.prepareGrid();
    // On the first update a state restored from the URL wins over the page's attributes.
    const fromUrl = this.restoredFromUrl && !this.hasUpdated;
    if (changed.has('sectors') && !(fromUrl && this.filters.state.sectors.size)) {
      this.filters.set(withSectors(this.filters.state, this.sectors), false);
    }
    if (changed.has('timeZone') && !(fromUrl && this.zoneChoice !== 'event'))
      this.zoneChoice = this.timeZone || 'event';

    const programme = this.loader.feed?.programme;
    const eventZone = programme?.mission.timeZone ?? 'UTC';
    // before the programme is there nothing shows a time (unless `local` is asked for): the visitor's zone is read
    // while the feed is on its way (see `localZoneSoon`)
    const local = programme || this.zoneChoice === 'local' ? localZone() : (localZoneSoon() ?? 'UTC');
    const display = (this.display = keepIfSame(this.display, {
      zone: resolveDisplayZone(this.zoneChoice, eventZone, local),
      eventZone,
      localZone: local,
      lang: resolveLocale([this.lang, this.langs.inherited, programme?.mission.defaultLanguage]),
      showBoth: showBothOf(this.showBoth),
      mission: programme?.mission,
      managed: true,
    }));
    if (!programme && this.countsPrepared !== display.lang) {
      const lang = (this.countsPrepared = display.lang);
      void nextTask().then(() => prepareCounts(lang));
    }
    const sectors = this.activeSectors;
    const groupBy = this.groupBy === 'mission-day' ? 'mission-day' : 'day';
    const f = this.filters.state;
    const ids = this.personal.shared ?? (f.mine ? this.personal.favourites : undefined);
    const code = searchCode.module;
    const search = f.query ? (this.search ??= code && new code.IndexedSearch()) : undefined;
    this.filtered = programme
      ? this.views.get({ programme, filters: f, sectors, ids, zone: display.zone, groupBy, lang: display.lang, search })
      : NO_VIEW;
    const next: AgendaState = {
      programme,
      display,
      visible: this.filtered.visible,
      sectors,
      lockSectors: this.lockSectors,
      groupBy,
      favourites: this.personal.favourites,
      clashes: this.personal.clashes(programme),
      changes: this.personal.diff?.changes ?? NO_CHANGES,
      // nothing to mark while the search's code is not there
      query: search ? f.query : '',
    };
    // Replace the context only when something in it changed: every consumer re-renders on a new object.
    if (!this.context || !sameFields(this.context, next)) this.context = next;
  }

  /**
   * @internal Loads the search's code when a query needs it (see `scheduleUpdate`). The update waits `HOLD_MS` at
   * most: after that it goes on without the query, and the search applies when its code comes.
   */
  private waitForSearch(): Promise<unknown> | undefined {
    const query = this.filters.state.query.trim();
    const load = searchLoad(query, this.searchAskedFor);
    if (!load) return undefined;
    this.searchAskedFor = query;
    void load.then((code) => code && this.requestUpdate());
    return atMost(load, HOLD_MS);
  }

  protected override updated(): void {
    if (this.prefetched || !this.loader.feed) return;
    this.prefetched = true;
    // once the first programme is on screen (every chunk of a long one): what a visitor may use next, the search and
    // the timetable when the toolbar offers them (the timetable on a screen wide enough for it)
    void this.updateComplete.then(() => {
      const toolbar = !this.noToolbar;
      const timetable = toolbar && !this.narrow.matches;
      prefetch([loadCardDetails, ...(toolbar ? [loadSearch] : []), loadPersonal, ...(timetable ? [loadGrid] : [])]);
    });
  }

  /** @internal The sectors that filter the timeline: the locked track, or the visitor's choice. */
  private get activeSectors(): ReadonlySet<string> {
    if (!this.lockSectors) return this.filters.state.sectors;
    if (this.locked?.from !== this.sectors) this.locked = { from: this.sectors, set: new Set(this.sectors) };
    return this.locked.set;
  }

  private source() {
    if (this.feed !== undefined && this.feed !== null) return { kind: 'value', value: this.feed } as const;
    if (this.src) return { kind: 'url', url: new URL(this.src, document.baseURI).href } as const;
    const script = this.querySelector(':scope > script[type="application/json"]');
    if (script) return { kind: 'text', text: script.textContent } as const;
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
    if (this.grid === 'loading') {
      await this.gridLoad;
      result = await super.getUpdateComplete();
    }
    const programme = this.renderRoot.querySelector<LitElement>('mission-timeline, mission-grid');
    return (programme ? await programme.updateComplete : true) && result;
  }

  protected override render() {
    const ctx = this.context;
    if (!ctx) return nothing;
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
            ? renderProgramme({
                programme: feed.programme,
                display: ctx.display,
                t,
                zoneChoice: this.zoneChoice,
                lockSectors: this.lockSectors,
                sectors: ctx.sectors,
                noToolbar: this.noToolbar,
                notice: this.notice(t),
                filters: this.filters.state,
                typed: this.filters.typed,
                view: this.filtered,
                personal: this.personal,
                actions: this.actions,
                ...this.layout(),
              })
            : renderLoading(t)
      }
      <slot class="fallback" ?hidden=${!!feed}></slot>
    </div>`;
  }

  /** @internal Starts loading the grid's code the first time a grid is wanted. */
  private prepareGrid(): void {
    const choice = this.layoutChoice ?? this.view;
    if (choice !== 'grid' || this.narrow.matches || this.grid !== 'no') return;
    this.grid = 'loading';
    this.gridLoad = loadGrid().then(
      () => {
        this.grid = 'ready';
      },
      (error: unknown) => {
        this.grid = 'failed';
        console.warn('<mission-agenda>: the timetable could not be loaded; showing the list.', error);
      },
    );
  }

  /** @internal What the programme is shown as, and the list / timetable switch. */
  private layout(): Pick<ProgrammeProps, 'layout' | 'layoutChoice' | 'layoutNotice'> {
    const choice = this.layoutChoice ?? (this.view === 'grid' ? 'grid' : 'list');
    const wanted = choice === 'grid' && !this.narrow.matches;
    const t = translator(this.display?.lang ?? 'en');
    return {
      layout: wanted && this.grid === 'ready' ? 'grid' : 'list',
      layoutChoice: this.noToolbar || this.narrow.matches ? undefined : choice,
      layoutNotice: wanted && this.grid === 'failed' ? t.gridUnavailable : '',
    };
  }

  /** @internal The "could not update", "offline copy" and "unavailable" notices, or empty. */
  private notice(t: Translation): string {
    const { stale, offline, loadedAt, feed } = this.loader;
    const refresh =
      (stale || offline) && loadedAt ? (offline ? t.offlineCopy : t.refreshFailed)(this.when(loadedAt)) : '';
    const cut = feed?.truncated;
    const size = cut
      ? t.programmeTruncated(cut.omitted, formatDay(cut.lastDay, this.display?.lang ?? 'en', 'long'))
      : '';
    const search =
      this.filters.state.query.trim() && !searchCode.module && searchCode.failed ? t.searchUnavailable : '';
    const personal = this.personal.unavailable ? t.personalUnavailable : '';
    return [refresh, size, search, personal].filter(Boolean).join(' ');
  }

  /** @internal What the visitor can ask of the programme, for its templates. */
  private readonly actions: ProgrammeActions = {
    zone: (choice) => this.chooseZone(choice),
    query: (typed) => this.filters.type(typed),
    setFilters: (next) => this.filters.set(next),
    clearFilters: () => this.clearFilters(),
    chooseShared: (mode) => this.chooseShared(mode),
    exportIcs: () =>
      this.withProgramme((p) => void this.personal.exportIcs(p, this.display?.lang ?? 'en', this.renderRoot)),
    share: () => this.withProgramme((p) => void this.personal.share(p, (code) => this.url.link({ share: code }))),
    when: (instant) => this.when(instant),
    layout: (view) => {
      this.layoutChoice = view;
      if (this.grid === 'failed') this.grid = 'no'; // try again
    },
  };

  /** @internal Runs `fn` with the programme on screen, if there is one. */
  private withProgramme(fn: (programme: Programme) => void): void {
    const programme = this.loader.feed?.programme;
    if (programme) fn(programme);
  }

  /** @internal A moment as notices write it: the time, with the day when it is not today. */
  private when(instant: number): string {
    const { zone, lang } = this.display ?? { zone: 'UTC', lang: 'en' };
    return formatMoment(instant, zone, lang, dateKey(Date.now(), zone));
  }

  private clearFilters(): void {
    const hadSectors = !this.lockSectors && this.filters.state.sectors.size > 0;
    this.filters.clear(this.lockSectors);
    if (hadSectors) this.announce(new MissionFilterChangeEvent({ sectors: [] }));
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

  private chooseShared(mode: MergeMode): void {
    this.withProgramme((programme) => {
      this.personal.chooseShared(programme, mode);
      this.filters.set(withMine(this.filters.state, true));
    });
  }

  /** @internal The sector filter, any element inside or the page asks for a sector selection. */
  private readonly handleFilterChange = (event: MissionFilterChangeEvent): void => {
    if (event === this.announcing || this.lockSectors) return;
    this.filters.set(withSectors(this.filters.state, event.detail.sectors));
  };

  /** @internal An element inside or the page asks for a display zone (`event`, `local` or an IANA name). */
  private readonly handleZoneRequest = (event: MissionTimeZoneChangeEvent): void => {
    if (event === this.announcing) return;
    this.zoneChoice = event.detail.timeZone || 'event';
    this.writeUrl();
  };

  /** @internal */
  private readonly handleFavouriteToggle = (event: MissionFavouriteToggleEvent): void => {
    this.withProgramme((programme) => this.personal.toggle(programme, event.detail.id, event.detail.starred));
  };

  private handleLoaded(programme: Programme, errors: readonly Issue[], warnings: readonly Issue[]): void {
    const share = this.pendingShare;
    this.pendingShare = undefined;
    if (share) this.url.removeShare();
    this.personal.load(programme, share, this.trackChanges || this.refresh > 0);
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
    this.filters.restore(state);
    if (state.timeZone) this.zoneChoice = state.timeZone;
  }

  private writeUrl(): void {
    this.url.write({ ...toUrl(this.filters.state), timeZone: this.zoneChoice });
  }
}
