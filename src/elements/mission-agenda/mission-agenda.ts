import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedFailure } from '../../controllers/feed-loader.js';
import { LangController } from '../../controllers/lang-controller.js';
import type { Activity, Issue, Programme } from '../../core/feed/types.js';
import { pickText } from '../../core/feed/text.js';
import { filterActivities } from '../../core/agenda/filter.js';
import { readUrlState, urlNamespace, writeUrlState } from '../../core/agenda/url-state.js';
import { resolveLocale, translator, type Translation } from '../../core/i18n/index.js';
import { resolveDisplayZone } from '../../core/time/zones.js';
import { formatDateRange, formatTime, formatZoneName } from '../../core/time/format.js';
import {
  MissionErrorEvent,
  MissionFilterChangeEvent,
  MissionLoadEvent,
  MissionTimeZoneChangeEvent,
} from '../../events.js';
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

  /** @internal */
  @provide({ context: agendaContext }) @state() protected context?: AgendaState;

  /** @internal The visitor's sector selection. */
  @state() private selected: ReadonlySet<string> = new Set();

  /** @internal The visitor's zone choice: `event`, `local` or an IANA name. */
  @state() private zoneChoice = 'event';

  private readonly localZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  private readonly langs = new LangController(this);
  private readonly loader = new FeedController(this, {
    timeout: () => (this.timeout > 0 ? this.timeout * 1000 : 15_000),
    refresh: () => this.refresh,
    offlineCopy: () => this.offlineCopy,
    loaded: (feed) => this.handleLoaded(feed.programme, feed.errors, feed.warnings),
    failed: (failure, errors, stale) => this.handleFailed(failure, errors, stale),
  });
  private visible: readonly Activity[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('mission-filter-change', this.handleFilterChange);
    if (this.syncUrl) {
      this.restoreFromUrl();
      window.addEventListener('popstate', this.handlePopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('mission-filter-change', this.handleFilterChange);
    window.removeEventListener('popstate', this.handlePopState);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('feed') || changed.has('src') || !this.hasUpdated) this.loader.setSource(this.source());
    if (changed.has('refresh')) this.loader.refreshChanged();
    if (changed.has('sectors') && !(this.syncUrl && !this.hasUpdated && this.selected.size)) {
      this.selected = new Set(this.sectors);
    }
    if (changed.has('timeZone') && !(this.syncUrl && !this.hasUpdated && this.zoneChoice !== 'event')) {
      this.zoneChoice = this.timeZone || 'event';
    }
    this.context = this.buildContext();
    const programme = this.context.programme;
    this.visible = programme
      ? this.activeSectors.size
        ? filterActivities(programme.activities, { sectors: this.activeSectors })
        : programme.activities
      : [];
  }

  /** The sectors that filter the timeline: the locked track, or the visitor's choice. */
  private get activeSectors(): ReadonlySet<string> {
    return this.lockSectors ? new Set(this.sectors) : this.selected;
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
      favourites: new Set(),
      clashes: new Map(),
      changes: new Map(),
      query: '',
    };
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
    return html`<header part="header" class="header">
        <div class="heading">
          <h2 part="mission-title" class="mission-title">${title}</h2>
          ${dates ? html`<p part="dates" class="dates">${dates}</p>` : nothing}
        </div>
        ${this.renderZoneSwitch(programme, ctx, t)}
        <slot name="header-end"></slot>
      </header>
      ${
        this.lockSectors
          ? nothing
          : html`<mission-sector-filter
              part="filter"
              exportparts="group: filter-group, sector: filter-sector, reset: filter-reset"
            ></mission-sector-filter>`
      }
      ${
        this.loader.stale && this.loader.loadedAt
          ? html`<p part="notice" class="notice" role="status">
              ${t.refreshFailed(formatTime(this.loader.loadedAt, ctx.displayZone, ctx.lang))}
            </p>`
          : nothing
      }
      <section class="programme" aria-label=${t.programme}>
        ${
          this.visible.length
            ? html`<mission-timeline
                part="timeline"
                exportparts=${FORWARDED_PARTS}
                .activities=${this.visible}
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
    return html`<div part="empty" class="empty" role="status">
      <p>${filtered ? t.emptyFiltered : t.emptyProgramme}</p>
      ${
        filtered && !this.lockSectors
          ? html`<button part="reset" type="button" @click=${() => this.selectSectors([])}>${t.showAll}</button>`
          : nothing
      }
    </div>`;
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

  private readonly handleFilterChange = (event: MissionFilterChangeEvent): void => {
    if (this.lockSectors) return;
    this.selected = new Set(event.detail.sectors);
    this.writeUrl();
  };

  private handleLoaded(programme: Programme, errors: readonly Issue[], warnings: readonly Issue[]): void {
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
  }

  private writeUrl(): void {
    if (!this.syncUrl) return;
    const ns = urlNamespace(this.id);
    const search = writeUrlState(location.search, ns, { sectors: [...this.selected], timeZone: this.zoneChoice });
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private readonly handlePopState = (): void => this.restoreFromUrl();
}
