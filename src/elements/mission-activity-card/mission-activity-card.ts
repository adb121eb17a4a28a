import { ReactiveElement, html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ContextConsumer } from '@lit/context';
import { agendaContext, type AgendaState, type ShowBoth } from '../../context/agenda-context.js';
import { resolveDisplay, type Display, wordsFor, type UpdateSchedule } from '../../context/display.js';
import { PopoverController } from '../../controllers/popover-controller.js';
import type { ActivityChange } from '../../core/agenda/changes.js';
import { pickText, type Activity, type Issue, type Programme } from '../../core/feed/index.js';
import { translator, type Translation } from '../../core/i18n/index.js';
import { cardInput } from '../../core/view/card-input.js';
import {
  cardView,
  changeView,
  marksOf,
  type CardMarks,
  type CardView,
  type ChangeView,
} from '../../core/view/card-view.js';
import { headingLevel } from '../../core/view/heading.js';
import { MissionFavouriteToggleEvent } from '../../events.js';
import { searchCode, searchLoad } from '../../io/chunks.js';
import { LazyCode } from '../../io/lazy.js';
import { tokens } from '../../styles/shared.styles.js';
import { actionOf, createCardDom, paintCard, pieceOf, type CardDom } from './mission-activity-card.dom.js';
import { cardStyles } from './mission-activity-card.styles.js';

/** @internal Activities by id per programme, for cards given only an `activity-id`. */
const byId = new WeakMap<Programme, Map<string, Activity>>();
function findActivity(programme: Programme | undefined, id: string): Activity | undefined {
  if (!programme || !id) return undefined;
  let map = byId.get(programme);
  if (!map) byId.set(programme, (map = new Map(programme.activities.map((a) => [a.id, a]))));
  return map.get(id);
}

/** @internal Properties whose change needs new texts; the others (open, marks, level, highlight) only repaint. */
const VIEW_INPUTS = ['activity', 'activityId', 'timeZone', 'lang', 'showBoth', 'dayShift', 'display', 'agenda'];

/** @internal Description text with the matches of `query` in `<mark>` (text bindings only, never markup). */
function marked(text: string, query: string): unknown {
  const search = searchCode.module;
  if (!query || !text || !search) return text;
  return search.highlight(text, query).map((s) => (s.match ? html`<mark part="mark">${s.text}</mark>` : s.text));
}

/** @internal */
const NO_PROBLEMS: readonly Issue[] = Object.freeze([]);

/** @internal Problems already reported for an activity object (a console warning once, not at every update). */
const reported = new WeakSet();

/**
 * The details' code (their template, the calendar file): loaded the first time any card opens its details, or ahead
 * of that (`loadCardDetails`). When it cannot load, an open card says so, and the next opening tries again.
 */
const detailsCode = new LazyCode(() => import('./mission-activity-card.details.js'), "a card's details");

/**
 * Loads the details' code ahead of a first opening (`<mission-agenda>` fetches it in idle time).
 * @internal
 */
export function loadCardDetails(): Promise<unknown> {
  return detailsCode.load();
}

/**
 * One activity of the programme: time range in the display zone, title, type, status, city and venue, sectors, the
 * time in the other zone, a star to add it to "My programme", marks for clashes and changes since the last visit,
 * search matches highlighted, and details (description, contacts, link, add to calendar) rendered only when opened.
 *
 * Inside `<mission-agenda>` the agenda's display (zones, language, `show-both`, mission) and the visitor's marks
 * (favourites, clashes, changes, search text) win over the element's own properties, which are never overwritten;
 * a `<mission-timeline>` hands both to its cards, so they ask for no context. Standalone, the element's own
 * properties are used; `lang` falls back to the nearest ancestor `[lang]`, then English, and the star toggles
 * `starred` itself. An activity straight from a feed's JSON is validated on the spot (its references to the
 * programme left out); an unusable one shows an inline error and a console warning naming the property.
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
 * @csspart problem - The inline error shown for an activity that cannot be shown.
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

  /** @internal The agenda's display, handed over by a timeline; a card given one asks for no context. */
  @property({ attribute: false }) display?: Display;

  /** @internal The agenda's marks for this card, handed over by a timeline with the display. */
  @property({ attribute: false }) marks?: CardMarks;

  /** @internal */
  @state() private agenda?: AgendaState;

  /** @internal */
  @state() private open = false;

  /** @internal */
  private consumer?: ContextConsumer<typeof agendaContext, this>;
  /** @internal The resolved display of the last update. */
  private shownIn?: Display;
  /** @internal The activity of the last update, normalised. */
  private shown?: Activity;
  /** @internal What is wrong with the activity given, if anything (one shared empty list, not one per card). */
  private problems: readonly Issue[] = NO_PROBLEMS;
  /**
   * @internal The texts computed by the update's `resolve`, until they are painted. A card does not keep them: they
   * are in its DOM, and a repaint for new marks (a star, a search) computes them again from memoised formatting.
   */
  private view?: CardView;
  /** @internal */
  private changeText?: ChangeView;
  /** @internal */
  private t: Translation = translator('en');
  /** @internal */
  private dom?: CardDom;
  /** @internal The query the search's code was last asked for (see `searchLoad`). */
  private searchAskedFor?: string;

  /** @internal The popover's behaviour, made when a compact card first opens (most cards never do). */
  private panelControl?: PopoverController;

  /** @internal */
  private get floating(): PopoverController {
    return (this.panelControl ??= new PopoverController(this, {
      anchor: () => this.dom && pieceOf(this.dom, 'toggle'),
      panel: () => this.dom && pieceOf(this.dom, 'details'),
      onClose: () => (this.open = false),
    }));
  }

  override connectedCallback(): void {
    // Only a card without a timeline's display asks for the agenda's context: 5,000 requests bubbling up cost time.
    if (!this.display && !this.consumer) {
      this.consumer = new ContextConsumer(this, {
        context: agendaContext,
        subscribe: true,
        callback: (value) => (this.agenda = value),
      });
    }
    super.connectedCallback();
  }

  /** @internal The marks in force: the timeline's, else the agenda's, else the element's own properties. */
  private get effectiveMarks(): CardMarks {
    if (this.marks) return this.marks;
    const a = this.shown;
    if (a && this.agenda) return marksOf(a.id, this.agenda);
    return { starred: this.starred, query: this.query, change: this.change, clashes: this.clashes };
  }

  /**
   * Holds an update until the words of its language are there (see `wordsFor`), and while there is a search text
   * to mark, until the search's code is (see `searchLoad`; without it the text is shown unmarked).
   */
  protected override scheduleUpdate(): UpdateSchedule {
    const words = wordsFor(this, this.display ?? this.agenda?.display);
    const query = (this.marks ?? this.agenda ?? this).query.trim();
    const search = searchLoad(query, this.searchAskedFor);
    if (search) this.searchAskedFor = query;
    const wait = words && search ? Promise.all([words, search]) : (words ?? search);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('variant') && this.open) this.panelControl?.close(false);
    const stale = !this.shownIn || VIEW_INPUTS.some((k) => changed.has(k));
    const d = !this.shownIn || stale ? this.resolve() : this.shownIn;
    const a = this.shown;
    const marks = this.effectiveMarks;
    if (a && (stale || changed.has('change') || changed.has('marks') || changed.has('agenda'))) {
      this.changeText = marks.change ? changeView(marks.change, a.start, d.zone, d.lang, this.t) : undefined;
    }
  }

  /** @internal Resolves the activity, the display and the texts; returns the display. */
  private resolve(): Display {
    const given = this.activity ?? findActivity(this.agenda?.programme, this.activityId);
    const provided = this.display ?? this.agenda?.display;
    const own = { timeZone: this.timeZone, lang: this.lang, showBoth: this.showBoth };
    // the zone `event` means for an activity of its own: its zone, read once it is known
    const input = given ? cardInput(given, resolveDisplay(this, provided, own).zone) : { problems: [] };
    const a = input.activity;
    this.problems = input.problems;
    if (given && input.problems.length && !reported.has(given)) {
      reported.add(given);
      console.warn(`<mission-activity-card>: ${input.problems.map((p) => `${p.path}: ${p.message}`).join(' ')}`);
    }
    // the property (Lit reflects it), not the attribute: the attribute's text would come back as a second copy of the id
    if (a && this.activityId !== a.id) this.activityId = a.id;
    const d = (this.shownIn = resolveDisplay(this, provided, { ...own, eventZone: a?.timeZone }, this.shownIn));
    this.shown = a;
    this.t = translator(d.lang);
    this.view = a && this.viewOf(a, d);
    if (a?.status === 'confirmed') this.removeAttribute('status');
    else if (a) this.setAttribute('status', a.status);
    return d;
  }

  /** @internal The texts of the card outside its details. */
  private viewOf(a: Activity, d: Display): CardView {
    return cardView({
      activity: a,
      zone: d.zone,
      eventZone: d.eventZone,
      localZone: d.localZone,
      lang: d.lang,
      defaultLang: d.mission?.defaultLanguage,
      t: this.t,
      showBoth: d.showBoth,
      dayShift: this.dayShift,
    });
  }

  /** @internal */
  private async toggle(): Promise<void> {
    if (this.open) {
      if (this.variant === 'compact') this.floating.close(true);
      else this.open = false;
      return;
    }
    this.open = true;
    // details whose code failed to load try again at each opening
    if (detailsCode.failed) void detailsCode.load().then(() => this.requestUpdate());
    if (this.variant === 'compact') {
      await this.updateComplete;
      this.floating.open();
    }
  }

  /** @internal Asks to add or remove the activity; standalone (no agenda keeps favourites) toggles `starred` too. */
  private toggleStar(): void {
    const a = this.shown;
    if (!a) return;
    const starred = !this.effectiveMarks.starred;
    this.dispatchEvent(new MissionFavouriteToggleEvent({ id: a.id, starred }));
    if (!this.shownIn?.managed) this.starred = starred;
  }

  /** @internal */
  private renderDetailsOf(a: Activity, query: string, { lang, mission }: Display) {
    if (!this.open) return nothing;
    const details = detailsCode.module;
    if (!details) {
      if (detailsCode.failed) return html`<p part="description" class="description">${this.t.detailsUnavailable}</p>`;
      void detailsCode.load().then(() => this.requestUpdate());
      return nothing;
    }
    const defaultLang = mission?.defaultLanguage;
    return details.renderDetails({
      activity: a,
      lang,
      defaultLang,
      t: this.t,
      compact: this.variant === 'compact',
      description: marked(pickText(a.description, lang, defaultLang), query),
      missionId: mission?.id ?? (this.missionId || 'mission'),
      calendarName: (mission && pickText(mission.title, lang, defaultLang)) || this.missionTitle || undefined,
      onClose: () => this.panelControl?.close(true),
    });
  }

  /** Resolves once the card is painted, including its open details (whose code may still be on its way). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (!this.open || detailsCode.module) return result;
    await detailsCode.load();
    return super.getUpdateComplete();
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // the card itself listens (an EventListener object): no function made per card
    root.addEventListener('click', this);
    return root;
  }

  /** @internal Clicks on the card's own buttons, routed by their `data-action`. */
  handleEvent(event: Event): void {
    const action = actionOf(event.target);
    if (action === 'star') this.toggleStar();
    else if (action === 'details') void this.toggle();
  }

  // The card outside its details is plain DOM, painted by `paintCard` (see mission-activity-card.dom.ts for why);
  // the details are a Lit template rendered into their region only while open.
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const a = this.shown;
    const d = this.shownIn;
    this.renderProblem(a ? [] : this.problems);
    if (!a || !d) {
      this.dom?.card.remove();
      this.dom = undefined;
      return;
    }
    const v = this.view ?? this.viewOf(a, d);
    this.view = undefined;
    const compact = this.variant === 'compact';
    if (this.dom && this.dom.compact !== compact) this.dom.card.remove();
    if (this.dom?.compact !== compact || !this.dom.card.isConnected) {
      this.dom = createCardDom(compact, this.t);
      this.renderRoot.appendChild(this.dom.card);
    }
    const marks = this.effectiveMarks;
    const clash = marks.clashes?.[0];
    const query = marks.query.trim();
    paintCard(this.dom, {
      view: v,
      type: a.type,
      status: a.status,
      t: this.t,
      query,
      search: searchCode.module,
      level: headingLevel(this.headingLevel, 3, 2),
      highlight: this.highlight,
      starred: marks.starred,
      open: this.open,
      clash: clash && pickText(clash.title, d.lang, d.mission?.defaultLanguage),
      change: this.changeText,
    });
    const details = pieceOf(this.dom, 'details');
    if (!compact) details.hidden = !this.open;
    // a card never opened renders nothing into its details (no template instance kept)
    if (this.open || details.hasChildNodes()) render(this.renderDetailsOf(a, query, d), details, { host: this });
  }

  /** @internal The inline error of an activity that cannot be shown (nothing when there is none). */
  private renderProblem(problems: readonly Issue[]): void {
    const current = this.renderRoot.querySelector('[part="problem"]');
    if (!problems.length) {
      current?.remove();
      return;
    }
    const panel = current ?? this.renderRoot.appendChild(document.createElement('p'));
    panel.setAttribute('part', 'problem');
    panel.setAttribute('role', 'alert');
    panel.className = 'problem';
    panel.textContent = `${this.t.activityUnusable} ${problems.map((p) => `${p.path}: ${p.message}`).join(' ')}`;
  }
}
