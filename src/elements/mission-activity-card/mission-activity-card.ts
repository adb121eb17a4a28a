import { ReactiveElement, html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { agendaContext, type AgendaState, type ShowBoth } from '../../context/agenda-context.js';
import { PopoverController } from '../../controllers/popover-controller.js';
import type { ActivityChange } from '../../core/agenda/changes.js';
import { highlight } from '../../core/agenda/search.js';
import { toIcs } from '../../core/calendar/ics.js';
import { pickText, type Activity, type Programme } from '../../core/feed/index.js';
import { resolveLocale, translator, type Translation } from '../../core/i18n/index.js';
import { resolveDisplayZone } from '../../core/time/index.js';
import { MissionFavouriteToggleEvent } from '../../events.js';
import { tokens } from '../../styles/shared.styles.js';
import { renderDetails } from './mission-activity-card.details.js';
import { cardSkeleton, paintCard } from './mission-activity-card.dom.js';
import { cardStyles } from './mission-activity-card.styles.js';
import { cardView, changeView, type CardFrame, type CardView, type ChangeView } from '../../core/view/card-view.js';

/** @internal */
let browserZone: string | undefined;
/** @internal The visitor's zone, read once (building an Intl object per card would be slow). */
function localZone(): string {
  return (browserZone ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** @internal Activities by id per programme, for cards given only an `activity-id`. */
const byId = new WeakMap<Programme, Map<string, Activity>>();
function findActivity(programme: Programme | undefined, id: string): Activity | undefined {
  if (!programme || !id) return undefined;
  let map = byId.get(programme);
  if (!map) byId.set(programme, (map = new Map(programme.activities.map((a) => [a.id, a]))));
  return map.get(id);
}

/** @internal Properties whose change needs new texts; the others (open, starred, marks, query) only re-render. */
const VIEW_INPUTS = ['activity', 'activityId', 'timeZone', 'lang', 'showBoth', 'dayShift', 'frame', 'agenda'];

/** @internal Description text with the matches of `query` in `<mark>` (text bindings only, never markup). */
function marked(text: string, query: string): unknown {
  if (!query || !text) return text;
  return highlight(text, query).map((s) => (s.match ? html`<mark part="mark">${s.text}</mark>` : s.text));
}

/**
 * One activity of the programme: time range in the display zone, title, type, status, city and venue, sectors, the
 * time in the other zone, a star to add it to "My programme", marks for clashes and changes since the last visit,
 * search matches highlighted, and details (description, contacts, link, add to calendar) rendered only when opened.
 *
 * Inside `<mission-agenda>` the context wins: its display zone, event zone, visitor zone, language, `show-both`,
 * mission (for calendar files), favourites (`starred`), clashes, changes and search text. A `<mission-timeline>`
 * hands all of these to its cards as properties, so they ask for no context. Standalone, the element's own
 * properties are used; `lang` falls back to the nearest ancestor `[lang]`, then English, and the star toggles
 * `starred` itself.
 *
 * @summary A single activity card.
 * @tag mission-activity-card
 * @fires {MissionFavouriteToggleEvent} mission-favourite-toggle - The star was pressed: `{ id, starred }` with the wanted state.
 * @csspart card - The outer `<article>`.
 * @csspart time - The line with the time range and the zone.
 * @csspart start - `<time>` of the start; `datetime` is written in the display zone.
 * @csspart end - `<time>` of the end; `datetime` is written in the display zone.
 * @csspart zone - The short name of the display zone (`PDT`, `GMT+2`).
 * @csspart day-shift - Badge "+1 day" / "−1 day" when the start date differs from the day heading.
 * @csspart other-shift - Badge on the other-time line when the other zone's date differs.
 * @csspart highlight - Label "Happening now" / "Next".
 * @csspart change - Badge "New", "Moved" (with the former time) or "Cancelled" since the visitor's last visit.
 * @csspart star - The "Add to my programme" toggle button (`aria-pressed`).
 * @csspart clash - Note naming a starred activity this starred one overlaps.
 * @csspart mark - A search match in the title, venue or description.
 * @csspart other-time - Secondary line with the time in the other zone ("18:00 in Brussels").
 * @csspart title - The title heading.
 * @csspart type - Activity type (icon and text).
 * @csspart status - Status badge (tentative or cancelled only).
 * @csspart place - City, venue, address and map link.
 * @csspart venue - The venue name.
 * @csspart address - The venue address.
 * @csspart map-link - Link to the venue on OpenStreetMap.
 * @csspart sectors - List of sector badges.
 * @csspart sector - One sector badge.
 * @csspart details-toggle - The button that shows the details.
 * @csspart details - The details region (disclosure) or popover panel (`variant="compact"`).
 * @csspart description - The description text.
 * @csspart link - The "More information" link.
 * @csspart actions - The "Add to calendar" group.
 * @csspart calendar-link - The `.ics` download and Google Calendar links.
 * @csspart close - The close button of the popover.
 * @cssprop [--mission-card-background=var(--mission-color-surface)] - Card background.
 * @cssprop [--mission-card-border=1px solid var(--mission-color-border)] - Card border.
 * @cssprop [--mission-card-padding=0.875rem 1rem] - Card padding.
 * @cssprop [--mission-card-radius=var(--mission-radius)] - Card corner radius.
 * @cssprop [--mission-card-shadow=0 1px 2px rgb(0 0 0 / 0.06)] - Card shadow.
 * @cssprop [--mission-card-title-size=1.0625rem] - Title font size.
 * @cssprop [--mission-card-star-color=light-dark(#b45309, #fbbf24)] - Colour of the star of a starred activity.
 * @cssprop [--mission-card-mark-background=light-dark(#fde68a, #6b4e00)] - Background of search matches.
 * @cssprop --mission-sector-color - Colour of a sector dot (set from the feed).
 */
export class MissionActivityCard extends ReactiveElement {
  static override styles = [tokens, cardStyles];

  /** The activity to show. */
  @property({ attribute: false }) activity?: Activity;

  /** The activity id; mirrors `activity.id`. Inside an agenda, an id alone is enough to find the activity. */
  @property({ attribute: 'activity-id', reflect: true }) activityId = '';

  /** Display zone when standalone: `event` (the activity's zone), `local` (the browser's) or an IANA name. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';

  /** UI and content language when standalone (the agenda's language wins inside `<mission-agenda>`). */
  @property({ reflect: true }) override lang!: string;

  /** Secondary line with the other zone's time: `auto` (when the offsets differ), `always` or `never`. */
  @property({ attribute: 'show-both' }) showBoth: ShowBoth = 'auto';

  /** Days between the day heading and the start date in the display zone; non-zero shows a badge. */
  @property({ attribute: 'day-shift', type: Number }) dayShift = 0;

  /** `full`: details in a disclosure below; `compact`: details in a popover next to the button. */
  @property() variant: 'full' | 'compact' = 'full';

  /** Set by the timeline: `now`, `next`, `past` or empty. */
  @property({ reflect: true }) highlight: '' | 'now' | 'next' | 'past' = '';

  /** Mission id used in calendar UIDs when standalone (the agenda's mission wins). */
  @property({ attribute: 'mission-id' }) missionId = '';

  /** Calendar name when standalone (the agenda's mission title wins). */
  @property({ attribute: 'mission-title' }) missionTitle = '';

  /** Level of the title heading (2–6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** In the visitor's programme ("My programme"). Inside an agenda, its favourites win; standalone the star toggles it. */
  @property({ type: Boolean, reflect: true }) starred = false;

  /** Search text whose matches are highlighted (the agenda's search wins inside `<mission-agenda>`). */
  @property() query = '';

  /** Change since the visitor's last visit: `{ kind: 'new' | 'moved' | 'cancelled' }` (the agenda's wins). */
  @property({ attribute: false }) change?: ActivityChange;

  /** Starred activities this one overlaps; the first is named in a note (the agenda's clashes win). */
  @property({ attribute: false }) clashes?: readonly Activity[];

  /** @internal Zones, language and mission handed over by a timeline; a card with a frame asks for no context. */
  @property({ attribute: false }) frame?: CardFrame;

  /** @internal */
  @state() private agenda?: AgendaState;

  /** @internal */
  @state() private open = false;

  /** @internal */
  private consumer?: ContextConsumer<typeof agendaContext, this>;
  /** @internal */
  private view?: CardView;
  /** @internal */
  private changeText?: ChangeView;
  /** @internal */
  private t: Translation = translator('en');
  /** @internal */
  private resolvedLang = 'en';

  /** @internal The popover's behaviour, made when a compact card first opens (most cards never do). */
  private panelControl?: PopoverController;

  /** @internal */
  private get floating(): PopoverController {
    return (this.panelControl ??= new PopoverController(this, {
      anchor: () => this.renderRoot.querySelector<HTMLElement>('[part~="details-toggle"]'),
      panel: () => this.renderRoot.querySelector<HTMLElement>('[part~="details"]'),
      onClose: () => (this.open = false),
    }));
  }

  override connectedCallback(): void {
    // Only a card without a timeline's frame asks for the agenda's context: 5,000 requests bubbling up cost time.
    if (!this.frame && !this.consumer) {
      this.consumer = new ContextConsumer(this, {
        context: agendaContext,
        subscribe: true,
        callback: (value) => (this.agenda = value),
      });
    }
    super.connectedCallback();
  }

  /** @internal */
  private get shown(): Activity | undefined {
    return this.activity ?? findActivity(this.agenda?.programme, this.activityId);
  }

  /** @internal The frame: the timeline's, else one from the context, else from the properties. */
  private frameFor(a: Activity): CardFrame {
    if (this.frame) return this.frame;
    const ctx = this.agenda;
    const local = ctx?.localZone ?? localZone();
    return {
      displayZone: ctx?.displayZone ?? resolveDisplayZone(this.timeZone, a.timeZone, local),
      eventZone: ctx?.eventZone ?? a.timeZone,
      localZone: local,
      lang: ctx?.lang ?? resolveLocale([this.lang, this.closest('[lang]')?.getAttribute('lang')]),
      showBoth: ctx?.showBoth ?? this.showBoth,
      mission: ctx?.programme?.mission,
      managed: ctx !== undefined,
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('variant') && this.open) this.panelControl?.close(false);
    const a = this.shown;
    const ctx = this.frame ? undefined : this.agenda;
    if (a && ctx) {
      // inside an agenda without a timeline: the context's marks win over the properties
      this.starred = ctx.favourites.has(a.id);
      this.query = ctx.query;
      this.change = ctx.changes.get(a.id);
      this.clashes = ctx.clashes.get(a.id);
    }
    const stale = !this.view || VIEW_INPUTS.some((k) => changed.has(k));
    if (stale) {
      if (this.activity && this.activityId !== this.activity.id) this.activityId = this.activity.id;
      if (!a) {
        this.view = undefined;
        this.resolvedLang = resolveLocale([this.lang, this.closest('[lang]')?.getAttribute('lang')]);
        this.t = translator(this.resolvedLang);
        return;
      }
      const f = this.frameFor(a);
      this.resolvedLang = f.lang;
      this.t = translator(f.lang);
      this.view = cardView({
        activity: a,
        zone: f.displayZone,
        eventZone: f.eventZone,
        localZone: f.localZone,
        lang: f.lang,
        defaultLang: f.mission?.defaultLanguage,
        t: this.t,
        showBoth: f.showBoth,
        dayShift: this.dayShift,
      });
      if (a.status === 'confirmed') this.removeAttribute('status');
      else this.setAttribute('status', a.status);
    }
    if (a && this.view && (stale || changed.has('change'))) {
      const zone = this.frameFor(a).displayZone;
      this.changeText = this.change ? changeView(this.change, a.start, zone, this.resolvedLang, this.t) : undefined;
    }
  }

  /** @internal */
  private async toggle(): Promise<void> {
    if (this.open) {
      if (this.variant === 'compact') this.floating.close(true);
      else this.open = false;
      return;
    }
    this.open = true;
    if (this.variant === 'compact') {
      await this.updateComplete;
      this.floating.open();
    }
  }

  /** @internal Asks to add or remove the activity; standalone (no agenda keeps favourites) toggles `starred` too. */
  private toggleStar(): void {
    const a = this.shown;
    if (!a) return;
    const starred = !this.starred;
    const managed = this.frame ? this.frame.managed : this.agenda !== undefined;
    this.dispatchEvent(new MissionFavouriteToggleEvent({ id: a.id, starred }));
    if (!managed) this.starred = starred;
  }

  /** @internal Builds the .ics file on demand, points the link at it, and releases it shortly after. */
  private handleIcsClick(event: MouseEvent): void {
    const a = this.shown;
    if (!a) return;
    const link = event.currentTarget as HTMLAnchorElement;
    const mission = this.frameFor(a).mission;
    const defaultLang = mission?.defaultLanguage;
    const ics = toIcs([a], {
      lang: this.resolvedLang,
      defaultLang,
      missionId: mission?.id ?? (this.missionId || 'mission'),
      calendarName:
        (mission && pickText(mission.title, this.resolvedLang, defaultLang)) || this.missionTitle || undefined,
      now: Date.now(),
    });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    link.href = url;
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.href = '#';
    }, 1000);
  }

  /** @internal */
  private renderDetailsOf(a: Activity, query: string) {
    if (!this.open) return nothing;
    const defaultLang = this.frameFor(a).mission?.defaultLanguage;
    return renderDetails({
      activity: a,
      lang: this.resolvedLang,
      defaultLang,
      t: this.t,
      compact: this.variant === 'compact',
      description: marked(pickText(a.description, this.resolvedLang, defaultLang), query),
      onClose: () => this.panelControl?.close(true),
      onIcs: (e) => this.handleIcsClick(e),
    });
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', MissionActivityCard.onClick);
    return root;
  }

  /** @internal Clicks on a card's own buttons: one listener function shared by every card's shadow root. */
  private static onClick(this: ShadowRoot, event: Event): void {
    const part = (event.target as Element).closest?.('button')?.getAttribute('part');
    const card = this.host as MissionActivityCard;
    if (part === 'star') card.toggleStar();
    else if (part === 'details-toggle') void card.toggle();
  }

  // The card outside its details is plain DOM, painted by `paintCard` (see mission-activity-card.dom.ts for why);
  // the details are a Lit template rendered into their region only while open.
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const root = this.renderRoot;
    let card = root.querySelector('.card');
    const a = this.shown;
    const v = this.view;
    if (!a || !v) {
      card?.remove();
      return;
    }
    const compact = this.variant === 'compact';
    if (card && changed.has('variant') && card.querySelector('.details')!.hasAttribute('popover') !== compact) {
      card.remove();
      card = null;
    }
    if (!card) {
      card = root.appendChild(cardSkeleton(compact));
    }
    const clash = this.clashes?.[0];
    const query = this.query.trim();
    paintCard(card, {
      view: v,
      type: a.type,
      status: a.status,
      t: this.t,
      query,
      level: Math.min(Math.max(Math.round(this.headingLevel) || 3, 2), 6),
      highlight: this.highlight,
      starred: this.starred,
      open: this.open,
      clash: clash && this.titleOf(clash),
      change: this.changeText,
    });
    const details = card.querySelector<HTMLElement>('.details')!;
    if (!compact) details.hidden = !this.open;
    // a card never opened renders nothing into its details (no template instance kept)
    if (this.open || details.hasChildNodes()) render(this.renderDetailsOf(a, query), details, { host: this });
  }

  /** @internal */
  private titleOf(other: Activity): string {
    return pickText(other.title, this.resolvedLang, (this.frame ?? this.agenda?.programme)?.mission?.defaultLanguage);
  }
}
