import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedFailure, FeedFormat } from '../../io/feed-loader.js';
import { LangController } from '../../controllers/lang-controller.js';
import type { Issue, Programme } from '../../core/feed/types.js';
import { pickText } from '../../core/feed/text.js';
import { readUrlState, urlNamespace, writeUrlState, type UrlState } from '../../core/agenda/url-state.js';
import { clashes, decodeShare, encodeShare, mergeShared, type MergeMode } from '../../core/agenda/favourites.js';
import { diffProgrammes, fingerprint, type ProgrammeDiff } from '../../core/agenda/changes.js';
import { toIcs, icsFileName } from '../../core/calendar/ics.js';
import { resolveLocale, translator, type Translation } from '../../core/i18n/index.js';
import { resolveDisplayZone } from '../../core/time/zones.js';
import { formatDateRange, formatDay, formatTime, formatZoneName, dateKey } from '../../core/time/format.js';
import {
  MissionErrorEvent,
  MissionFilterChangeEvent,
  MissionLoadEvent,
  MissionTimeZoneChangeEvent,
  type MissionFavouriteToggleEvent,
} from '../../events.js';
import { PersonalStore } from '../../io/personal-store.js';
import { agendaView, SearchCache, type AgendaView, type FacetName } from '../../core/view/agenda-view.js';
import { renderToolbar } from './agenda-toolbar.js';
import { renderChanges, renderSharedPrompt } from './agenda-banners.js';
import { tokens } from '../../styles/shared.styles.js';
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

const NO_CLASHES: AgendaState['clashes'] = new Map();
const NO_CHANGES: AgendaState['changes'] = new Map();

/** The city part of an IANA zone name: `Europe/Brussels` → `Brussels`. */
function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replaceAll('_', ' ');
}

/** Parts of the timeline (and of the cards inside it) that the agenda forwards, e.g. `mission-agenda::part(card-title)`. */
const FORWARDED_PARTS = [
  'day',
  'day-heading',
  'list: day-list',
  'parallel',
  'parallel-label',
  'now-marker',
  'offset-note',
  'card',
  'start',
  'end',
  ...[
    'time',
    'zone',
    'day-shift',
    'highlight',
    'other-time',
    'title',
    'type',
    'status',
    'place',
    'venue',
    'address',
    'map-link',
    'sectors',
    'sector',
    'details-toggle',
    'details',
    'description',
    'link',
    'actions',
    'calendar-link',
    'close',
    'contact',
    'contact-name',
    'contact-role',
    'contact-organisation',
    'contact-phone',
    'contact-email',
  ].map((p) => `card-${p}`),
].join(', ');

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
 * @slot - A `<script type="application/json">` holding the feed (for pages that cannot host a file). Nothing else is shown.
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
 * @csspart day - A day of the timeline (`data-date` = `YYYY-MM-DD`); also `day-heading`, `day-list`, `parallel`, `parallel-label`, `now-marker`, `offset-note`.
 * @csspart card - An activity card; also its `start` and `end` times, and `card-title`, `card-time`, `card-type`, `card-status`, `card-place`, `card-sector`, `card-details`, … (every part of the card, prefixed).
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
 * @fires {MissionTimeZoneChangeEvent} mission-time-zone-change - The display zone changed.
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

  /** Seconds between re-fetches of `src`; 0 = never. The last good programme stays on screen on failure. */
  @property({ type: Number }) refresh = 0;

  /** Seconds before a feed request is abandoned. */
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

  /** @internal */
  @provide({ context: agendaContext }) @state() protected context?: AgendaState;

  /** @internal The search text as typed. */
  @state() private query = '';
  /** @internal The search text the timeline is filtered by (follows `query` after a short pause). */
  @state() private appliedQuery = '';
  /** @internal */
  @state() private facetSelection: Readonly<Record<FacetName, ReadonlySet<string>>> = {
    types: new Set(),
    cities: new Set(),
    days: new Set(),
  };
  /** @internal Show only the visitor's own programme. */
  @state() private mine = false;
  /** @internal Starred activity ids. */
  @state() private favourites: ReadonlySet<string> = new Set();
  /** @internal A shared programme waiting for the visitor's decision. */
  @state() private shared?: readonly string[];
  /** @internal What changed since the last acknowledged version. */
  @state() private diff?: ProgrammeDiff;
  /** @internal */
  @state() private shareStatus = '';
  /** @internal */
  @state() private shareUrl = '';

  /** @internal The visitor's sector selection. */
  @state() private selected: ReadonlySet<string> = new Set();

  /** @internal The visitor's zone choice: `event`, `local` or an IANA name. */
  @state() private zoneChoice = 'event';

  /** @internal */
  private readonly localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  /** @internal */
  private readonly langs = new LangController(this);
  /** @internal */
  private readonly store = new PersonalStore();
  /** @internal */
  private readonly search = new SearchCache();
  /** @internal A share code read from the URL, applied once the programme is there. */
  private pendingShare?: string;
  /** @internal */
  private queryTimer?: ReturnType<typeof setTimeout>;
  /** @internal */
  private view: AgendaView = { visible: [], facets: { types: [], cities: [], days: [] } };
  /** @internal What `view` was computed from. */
  private viewInputs?: readonly unknown[];
  /** @internal The locked sectors as a set, kept while the `sectors` array is the same. */
  private locked?: { from: readonly string[]; set: ReadonlySet<string> };
  /** @internal */
  private clashMemo?: { programme: Programme; favourites: ReadonlySet<string>; clashes: AgendaState['clashes'] };
  /** @internal */
  private readonly loader = new FeedController(this, {
    timeout: () => (this.timeout > 0 ? this.timeout * 1000 : 15_000),
    refresh: () => this.refresh,
    format: () => this.format,
    offlineCopy: () => this.offlineCopy,
    loaded: (feed) => this.handleLoaded(feed.programme, feed.errors, feed.warnings),
    failed: (failure, errors, stale) => this.handleFailed(failure, errors, stale),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mission-filter-change', this.handleFilterChange);
    this.addEventListener('mission-favourite-toggle', this.handleFavouriteToggle);
    this.pendingShare = readUrlState(location.search, urlNamespace(this.id)).share;
    if (this.syncUrl) {
      this.restoreFromUrl();
      window.addEventListener('popstate', this.handlePopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('mission-filter-change', this.handleFilterChange);
    this.removeEventListener('mission-favourite-toggle', this.handleFavouriteToggle);
    window.removeEventListener('popstate', this.handlePopState);
    clearTimeout(this.queryTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src') || changed.has('format') || !this.hasUpdated) {
      this.loader.setSource(this.source());
    }
    if (changed.has('refresh')) this.loader.refreshChanged();
    if (changed.has('sectors') && !(this.syncUrl && !this.hasUpdated && this.selected.size)) {
      this.selected = new Set(this.sectors);
    }
    if (changed.has('timeZone') && !(this.syncUrl && !this.hasUpdated && this.zoneChoice !== 'event')) {
      this.zoneChoice = this.timeZone || 'event';
    }
    const next = this.buildContext();
    // Replace the context only when something in it changed: every consumer re-renders on a new object.
    const prev = this.context;
    if (!prev || (Object.keys(next) as (keyof AgendaState)[]).some((k) => next[k] !== prev[k])) this.context = next;
    this.view = this.buildView(this.context!);
  }

  /** @internal The filtered activities and facets; recomputed only when one of their inputs changed. */
  private buildView(ctx: AgendaState): AgendaView {
    const { programme, displayZone, groupBy, lang } = ctx;
    if (!programme) return { visible: [], facets: { types: [], cities: [], days: [] } };
    const ids = this.shared ?? (this.mine ? this.favourites : undefined);
    const inputs = [programme, ctx.sectors, this.facetSelection, this.appliedQuery, ids, displayZone, groupBy, lang];
    if (this.viewInputs?.every((v, i) => v === inputs[i])) return this.view;
    this.viewInputs = inputs;
    return agendaView(
      programme,
      {
        sectors: ctx.sectors,
        ...this.facetSelection,
        query: this.appliedQuery,
        ids: ids && !(ids instanceof Set) ? new Set(ids) : (ids as ReadonlySet<string> | undefined),
      },
      {
        zone: displayZone,
        mode: groupBy,
        missionZone: programme.mission.timeZone,
        dayChange: programme.mission.dayChange,
      },
      lang,
      this.search,
    );
  }

  /** @internal The sectors that filter the timeline: the locked track, or the visitor's choice. */
  private get activeSectors(): ReadonlySet<string> {
    if (!this.lockSectors) return this.selected;
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

  private buildContext(): AgendaState {
    const programme = this.loader.feed?.programme;
    const eventZone = programme?.mission.timeZone ?? 'UTC';
    return {
      programme,
      eventZone,
      localZone: this.localZone,
      displayZone: resolveDisplayZone(this.zoneChoice, eventZone, this.localZone),
      lang: resolveLocale([this.lang, this.langs.inherited, programme?.mission.defaultLanguage]),
      sectors: this.activeSectors,
      lockSectors: this.lockSectors,
      groupBy: this.groupBy === 'mission-day' ? 'mission-day' : 'day',
      showBoth: this.showBoth === 'always' || this.showBoth === 'never' ? this.showBoth : 'auto',
      favourites: this.favourites,
      clashes: this.clashesOf(programme),
      changes: this.diff?.changes ?? NO_CHANGES,
      query: this.appliedQuery,
    };
  }

  /** @internal Clashes between starred activities, recomputed when the programme or the stars change. */
  private clashesOf(programme: Programme | undefined): AgendaState['clashes'] {
    if (!programme || this.favourites.size < 2) return NO_CLASHES;
    if (this.clashMemo?.programme !== programme || this.clashMemo.favourites !== this.favourites) {
      this.clashMemo = {
        programme,
        favourites: this.favourites,
        clashes: clashes(programme.activities, this.favourites),
      };
    }
    return this.clashMemo.clashes;
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
    const t = translator(ctx.lang);
    const { status, feed } = this.loader;
    return html`<div part="base" class="base" lang=${ctx.lang}>
      <slot hidden></slot>
      ${
        status === 'error' && !feed
          ? this.renderError(t)
          : !feed
            ? this.renderLoading(t)
            : this.renderProgramme(feed.programme, ctx, t)
      }
    </div>`;
  }

  private renderLoading(t: Translation) {
    return html`<div part="loading" class="loading" role="status">
      <span class="spinner" aria-hidden="true"></span>
      <span>${t.loading}</span>
      <div class="skeleton" aria-hidden="true"><i></i><i></i><i></i></div>
    </div>`;
  }

  private renderError(t: Translation) {
    const failure = this.loader.failure;
    return html`<div part="error" class="error" role="alert">
      <h2 class="error-title">${t.errorTitle}</h2>
      <p>${failure ? this.failureText(failure.failure, t) : t.errorFetch}</p>
      ${
        failure?.errors.length
          ? html`<details>
              <summary>${t.errorDetails}</summary>
              <ul>
                ${failure.errors.map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}
              </ul>
            </details>`
          : nothing
      }
      <button part="retry" type="button" @click=${() => this.loader.retry()}>${t.retry}</button>
    </div>`;
  }

  private renderProgramme(programme: Programme, ctx: AgendaState, t: Translation) {
    const mission = programme.mission;
    const title = pickText(mission.title, ctx.lang, mission.defaultLanguage);
    const dates =
      mission.startDate && mission.endDate ? formatDateRange(mission.startDate, mission.endDate, ctx.lang) : '';
    return html`<div part="header" class="header">
        <div class="heading">
          <h2 part="mission-title" class="mission-title">${title}</h2>
          ${dates ? html`<p part="dates" class="dates">${dates}</p>` : nothing}
        </div>
        ${this.renderZoneSwitch(programme, ctx, t)}
        <slot name="header-end"></slot>
      </div>
      ${
        this.lockSectors
          ? nothing
          : html`<mission-sector-filter
              part="filter"
              exportparts="group: filter-group, sector: filter-sector, reset: filter-reset"
            ></mission-sector-filter>`
      }
      ${
        (this.loader.stale || this.loader.offline) && this.loader.loadedAt
          ? html`<p part="notice" class="notice" role="status">
              ${(this.loader.offline ? t.offlineCopy : t.refreshFailed)(this.when(this.loader.loadedAt, ctx))}
            </p>`
          : nothing
      }
      ${this.noToolbar ? nothing : this.renderToolbar(programme, ctx, t)}
      ${this.shared ? renderSharedPrompt({ t, count: this.shared.length, onChoose: (m) => this.chooseShared(m) }) : nothing}
      ${this.diff ? this.renderChanges(programme, ctx, t) : nothing}
      <section class="programme" aria-label=${t.programme}>
        ${
          this.view.visible.length
            ? html`<mission-timeline
                part="timeline"
                exportparts=${FORWARDED_PARTS}
                .activities=${this.view.visible}
              ></mission-timeline>`
            : this.renderEmpty(programme, t)
        }
      </section>
      ${
        mission.contacts.length
          ? html`<section part="contacts" class="contacts" aria-labelledby="contacts-heading">
              <h2 id="contacts-heading">${t.contacts}</h2>
              <mission-contact-block .contacts=${mission.contacts}></mission-contact-block>
            </section>`
          : nothing
      }`;
  }

  private renderEmpty(programme: Programme, t: Translation) {
    const filtered = programme.activities.length > 0;
    const message = !filtered
      ? t.emptyProgramme
      : this.mine && !this.favourites.size && !this.shared
        ? t.myProgrammeEmpty
        : this.appliedQuery.trim()
          ? t.noResults(this.appliedQuery.trim())
          : t.emptyFiltered;
    return html`<div part="empty" class="empty" role="status">
      <p>${message}</p>
      ${
        filtered && this.hasVisitorFilters()
          ? html`<button part="reset" type="button" @click=${() => this.clearFilters()}>${t.showAll}</button>`
          : nothing
      }
    </div>`;
  }

  private renderToolbar(programme: Programme, ctx: AgendaState, t: Translation) {
    return renderToolbar({
      t,
      lang: ctx.lang,
      query: this.query,
      facets: this.view.facets,
      filtersActive: this.hasVisitorFilters(),
      mine: this.mine,
      favouriteCount: this.favourites.size,
      shown: this.view.visible.length,
      total: programme.activities.length,
      shareStatus: this.shareStatus,
      shareUrl: this.shareUrl,
      onQuery: (q) => this.typeQuery(q),
      onFacet: (facet, value, on) => this.toggleFacet(facet, value, on),
      onClearFilters: () => this.clearFilters(),
      onMine: (on) => {
        this.mine = on;
        this.writeUrl();
      },
      onExport: () => this.exportFavourites(programme, ctx),
      onShare: () => this.shareFavourites(programme, t),
    });
  }

  private renderChanges(programme: Programme, ctx: AgendaState, t: Translation) {
    const byId = new Map(programme.activities.map((a) => [a.id, a]));
    return renderChanges({
      t,
      changes: this.diff!.changes,
      removed: this.diff!.removed,
      byId,
      title: (a) => pickText(a.title, ctx.lang, programme.mission.defaultLanguage),
      when: (instant) => this.when(instant, ctx),
      onDismiss: () => {
        this.store.saveFingerprint(programme.mission.id, fingerprint(programme, Date.now()));
        this.diff = undefined;
      },
    });
  }

  private renderZoneSwitch(programme: Programme, ctx: AgendaState, t: Translation) {
    const at = programme.activities[0]?.start ?? Date.parse(`${programme.mission.startDate ?? '2025-01-01'}T12:00Z`);
    const eventCity = programme.locations.find((l) => l.timeZone === ctx.eventZone)?.name;
    const options: { value: string; label: string }[] = [
      {
        value: 'event',
        label: t.eventTime(
          formatZoneName(at, ctx.eventZone, ctx.lang, 'longGeneric'),
          eventCity ? pickText(eventCity, ctx.lang, programme.mission.defaultLanguage) : '',
        ),
      },
    ];
    if (ctx.localZone !== ctx.eventZone) options.push({ value: 'local', label: t.yourTime(zoneCity(ctx.localZone)) });
    const custom = this.zoneChoice !== 'event' && this.zoneChoice !== 'local' && ctx.displayZone !== ctx.eventZone;
    if (custom && ctx.displayZone !== ctx.localZone) {
      options.push({
        value: ctx.displayZone,
        label: `${formatZoneName(at, ctx.displayZone, ctx.lang, 'longGeneric')} — ${zoneCity(ctx.displayZone)}`,
      });
    }
    const current =
      ctx.displayZone === ctx.eventZone ? 'event' : ctx.displayZone === ctx.localZone ? 'local' : ctx.displayZone;
    if (options.length === 1) {
      return html`<p part="zone-switch" class="zone-single">${t.timesShownIn(options[0].label)}</p>`;
    }
    return html`<fieldset part="zone-switch" class="zone-switch">
      <legend>${t.timeSwitchLabel}</legend>
      ${options.map(
        (o) =>
          html`<label part="zone-option" class="zone-option">
            <input
              type="radio"
              name="zone"
              .value=${o.value}
              .checked=${o.value === current}
              @change=${() => this.chooseZone(o.value)}
            />
            <span>${o.label}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  private failureText(failure: FeedFailure, t: Translation): string {
    switch (failure.kind) {
      case 'network':
        return t.errorFetch;
      case 'timeout':
        return t.errorTimeout;
      case 'http':
        return t.errorHttp(failure.status);
      case 'not-json':
        return t.errorNotJson;
      case 'unusable':
        return t.errorUnusable(failure.reason);
    }
  }

  private chooseZone(choice: string): void {
    this.zoneChoice = choice;
    const programme = this.loader.feed?.programme;
    const zone = resolveDisplayZone(choice, programme?.mission.timeZone ?? 'UTC', this.localZone);
    this.writeUrl();
    this.dispatchEvent(new MissionTimeZoneChangeEvent({ timeZone: zone }));
  }

  private selectSectors(sectors: readonly string[]): void {
    this.dispatchEvent(new MissionFilterChangeEvent({ sectors }));
  }

  /** @internal */
  private readonly handleFilterChange = (event: MissionFilterChangeEvent): void => {
    if (this.lockSectors) return;
    this.selected = new Set(event.detail.sectors);
    this.writeUrl();
  };

  /** @internal A moment as notices write it: the time, with the day when it is not today. */
  private when(instant: number, ctx: AgendaState): string {
    const day = dateKey(instant, ctx.displayZone);
    const time = formatTime(instant, ctx.displayZone, ctx.lang);
    return day === dateKey(Date.now(), ctx.displayZone) ? time : `${formatDay(day, ctx.lang, 'short')}, ${time}`;
  }

  /** @internal True when the visitor narrowed the programme (the page's locked sectors do not count). */
  private hasVisitorFilters(): boolean {
    const f = this.facetSelection;
    return (
      (!this.lockSectors && this.selected.size > 0) ||
      f.types.size + f.cities.size + f.days.size > 0 ||
      this.appliedQuery.trim() !== '' ||
      this.mine
    );
  }

  private clearFilters(): void {
    this.facetSelection = { types: new Set(), cities: new Set(), days: new Set() };
    this.query = this.appliedQuery = '';
    this.mine = false;
    if (!this.lockSectors && this.selected.size) this.selectSectors([]);
    this.writeUrl();
  }

  private toggleFacet(facet: FacetName, value: string, on: boolean): void {
    const next = new Set(this.facetSelection[facet]);
    if (on) next.add(value);
    else next.delete(value);
    this.facetSelection = { ...this.facetSelection, [facet]: next };
    this.writeUrl();
  }

  /** Filters as the visitor types, after a pause short enough to feel live and long enough to skip keystrokes. */
  private typeQuery(query: string): void {
    this.query = query;
    clearTimeout(this.queryTimer);
    this.queryTimer = setTimeout(() => {
      this.appliedQuery = this.query;
      this.writeUrl();
    }, 150);
  }

  /** @internal */
  private readonly handleFavouriteToggle = (event: MissionFavouriteToggleEvent): void => {
    const programme = this.loader.feed?.programme;
    if (!programme) return;
    const next = new Set(this.favourites);
    if (event.detail.starred) next.add(event.detail.id);
    else next.delete(event.detail.id);
    this.favourites = next;
    this.store.saveFavourites(programme.mission.id, next);
  };

  private chooseShared(mode: MergeMode): void {
    const programme = this.loader.feed?.programme;
    if (!programme || !this.shared) return;
    this.favourites = mergeShared(this.favourites, this.shared, mode);
    this.store.saveFavourites(programme.mission.id, this.favourites);
    this.shared = undefined;
    this.mine = true;
    this.writeUrl();
  }

  private exportFavourites(programme: Programme, ctx: AgendaState): void {
    const starred = programme.activities.filter((a) => this.favourites.has(a.id));
    if (!starred.length) return;
    const title = pickText(programme.mission.title, ctx.lang, programme.mission.defaultLanguage);
    const ics = toIcs(starred, {
      lang: ctx.lang,
      defaultLang: programme.mission.defaultLanguage,
      calendarName: title,
      missionId: programme.mission.id,
      now: Date.now(),
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = icsFileName(title);
    link.hidden = true;
    this.renderRoot.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private shareFavourites(programme: Programme, t: Translation): void {
    const ids = programme.activities.filter((a) => this.favourites.has(a.id)).map((a) => a.id);
    const code = encodeShare(
      ids,
      programme.activities.map((a) => a.id),
    );
    const search = writeUrlState(location.search, urlNamespace(this.id), { share: code });
    this.shareUrl = `${location.origin}${location.pathname}${search}${location.hash}`;
    this.shareStatus = '';
    navigator.clipboard?.writeText(this.shareUrl).then(
      () => (this.shareStatus = t.linkCopied),
      () => undefined, // the link stays visible in the field to copy by hand
    );
  }

  /** @internal A new programme: restore the visitor's stars, apply a shared link, compare with the last visit. */
  private personalise(programme: Programme): void {
    const id = programme.mission.id;
    this.favourites = this.store.favourites(id);
    if (this.pendingShare) {
      const shared = decodeShare(
        this.pendingShare,
        programme.activities.map((a) => a.id),
      );
      this.pendingShare = undefined;
      this.removeShareFromUrl();
      if (shared.length && !this.favourites.size) {
        this.favourites = new Set(shared);
        this.store.saveFavourites(id, this.favourites);
        this.mine = true;
      } else if (shared.length && shared.some((s) => !this.favourites.has(s))) {
        this.shared = shared;
      }
    }
    if (this.trackChanges || this.refresh > 0) {
      const previous = this.store.fingerprint(id);
      if (!previous) this.store.saveFingerprint(id, fingerprint(programme, Date.now()));
      const diff = previous ? diffProgrammes(previous, programme) : undefined;
      this.diff = diff && (diff.changes.size || diff.removed.length) ? diff : undefined;
    }
  }

  private removeShareFromUrl(): void {
    const ns = urlNamespace(this.id);
    const params = new URLSearchParams(location.search);
    if (!params.has(`${ns}.share`)) return;
    params.delete(`${ns}.share`);
    const search = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  private handleLoaded(programme: Programme, errors: readonly Issue[], warnings: readonly Issue[]): void {
    this.personalise(programme);
    if (errors.length || warnings.length) {
      console.warn(`<mission-agenda>: ${errors.length} item(s) skipped, ${warnings.length} warning(s) in the feed.`, {
        errors,
        warnings,
      });
    }
    this.dispatchEvent(new MissionLoadEvent({ activityCount: programme.activities.length, errors, warnings }));
  }

  private handleFailed(failure: FeedFailure, errors: readonly Issue[], stale: boolean): void {
    const message = this.failureText(failure, translator(this.context?.lang ?? 'en'));
    console.warn(`<mission-agenda>: ${message}${stale ? ' (showing the last good programme)' : ''}`, errors);
    this.dispatchEvent(new MissionErrorEvent({ message, errors }));
  }

  private restoreFromUrl(): void {
    const state = readUrlState(location.search, urlNamespace(this.id));
    if (state.sectors) this.selected = new Set(state.sectors);
    if (state.timeZone) this.zoneChoice = state.timeZone;
    this.facetSelection = {
      types: new Set(state.types),
      cities: new Set(state.cities),
      days: new Set(state.days),
    };
    this.query = this.appliedQuery = state.query ?? '';
    this.mine = state.mine ?? false;
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const f = this.facetSelection;
    const state: UrlState = {
      sectors: [...this.selected],
      types: [...f.types],
      cities: [...f.cities],
      days: [...f.days],
      query: this.appliedQuery,
      mine: this.mine,
      timeZone: this.zoneChoice,
    };
    const search = writeUrlState(location.search, urlNamespace(this.id), state);
    if (search !== location.search) {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    }
  }

  /** @internal */
  private readonly handlePopState = (): void => this.restoreFromUrl();
}
