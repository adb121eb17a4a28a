import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { consume } from '@lit/context';
import { onRender } from '../../directives/on-render.js';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { resolveDisplay, type Display, wordsFor, type UpdateSchedule } from '../../context/display.js';
import { ChunkController } from '../../controllers/chunk-controller.js';
import { ClockController } from '../../controllers/clock-controller.js';
import { nowState, type NowState } from '../../core/agenda/now.js';
import type { Activity } from '../../core/feed/types.js';
import { translator } from '../../core/i18n/terms.js';
import { keepIfSame, sameFields } from '../../core/memo.js';
import { formatTime, toOffsetIso } from '../../core/time/format.js';
import { zoneName } from '../../core/time/zones.js';
import { marksOf } from '../../core/view/card-view.js';
import { headingLevel } from '../../core/view/heading.js';
import {
  buildDays,
  nowPlacement,
  type EntryItem,
  type NowPlacement,
  type TimelineDay,
  type TimelineInput,
} from '../../core/view/timeline-view.js';
import type { MissionActivityCard } from '../mission-activity-card/mission-activity-card.js';
import { CardPool } from '../card-pool.js';
import { TIMELINE_CARD_EXPORTS } from '../parts.js';
import { TimelineListDom, type ShownEntry } from './mission-timeline.dom.js';
import { timelineStyles } from './mission-timeline.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
type Highlight = '' | 'now' | 'next' | 'past';

/**
 * The programme grouped by day, chronological. Parallel sessions come in time slots ("14:00 · 5 parallel
 * sessions") whose cards flow in as many readable columns as fit (one on a phone), in start order; a note on the day the gap between the display zone and the other zone changes, and a "now"
 * marker while the mission runs. Every activity given is rendered (no virtualisation); past ones stay listed.
 *
 * Inside `<mission-agenda>` the agenda's context wins over the element's own properties: its display (zones,
 * language, `show-both`), grouping, the day change of the feed, and — when `activities` is not set — the agenda's
 * filtered activities (the same list the agenda counts). Standalone, the properties are used. The timeline hands
 * the display and the agenda's marks (favourites, clashes, changes, search) to its cards (they ask for no context
 * of their own), and keeps one card per activity, so a cleared filter puts the same cards back.
 *
 * @summary The programme, day by day.
 * @tag mission-timeline
 * @slot empty - Shown when there are no activities (standalone, a short message is shown by default).
 * @csspart day - A day `<section>`, with `data-date="YYYY-MM-DD"`.
 * @csspart day-heading - The day's heading ("Monday 6 October — San Francisco").
 * @csspart list - The `<ol>` of a day's activities.
 * @csspart parallel - A group of parallel sessions.
 * @csspart parallel-label - The visible "Parallel sessions" label of a group.
 * @csspart now-marker - The "Now 14:05" marker.
 * @csspart jump-now - The "Jump to now" button, kept in view at the bottom while the programme runs.
 * @csspart ended - The "This programme has ended" note (past activities stay listed).
 * @csspart offset-note - The note on the day the gap between the zones changes.
 * @csspart empty - The default empty message.
 * @csspart card - A card's `<article>` (forwarded from `<mission-activity-card>`).
 * @csspart start - A card's start `<time>`; `datetime` in the display zone.
 * @csspart end - A card's end `<time>`.
 * @csspart card-title - A card's title; every other card part is forwarded the same way as `card-<part>` (`card-time`, `card-day-shift`, `card-star`, `card-clash`, `card-change`, `card-mark`, `card-contact-name`, …).
 * @cssprop [--mission-timeline-gap=var(--mission-space, 1rem)] - Space between cards.
 * @cssprop [--mission-timeline-heading-background=var(--mission-color-surface, #fff)] - Background of sticky day headings.
 * @cssprop [--mission-card-min-width=16.5rem] - The narrowest a card of parallel sessions gets (the full column when narrower).
 */
export class MissionTimeline extends LitElement {
  static override styles = timelineStyles;

  /** Activities to show, already filtered. Inside `<mission-agenda>`, when unset, the agenda's filtered programme. */
  @property({ attribute: false }) activities?: readonly Activity[];
  /** `event` (mission zone), `local` (visitor's zone) or an IANA zone. Inside `<mission-agenda>` the agenda's zone wins. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';
  /** Standalone event zone; default: the first activity's zone. */
  @property({ attribute: 'mission-zone' }) missionZone = '';
  /** UI language; default: nearest `lang` ancestor, then `en`. Inside `<mission-agenda>` the agenda's language wins. */
  @property() override lang = '';
  /** `day`: dates in the display zone; `mission-day`: the mission's own days in its zone. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'day';
  /** `HH:mm`: under `mission-day`, starts before it belong to the previous day. Inside the agenda: the feed's. */
  @property({ attribute: 'day-change' }) dayChange = '00:00';
  /** Passed to the cards: `auto`, `always` or `never` show the visitor's time too. */
  @property({ attribute: 'show-both' }) showBoth: ShowBoth = 'auto';
  /** Level of the day headings (1–6); cards use the next level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** A fixed "now" (epoch ms), e.g. for tests or previews. Unset: a clock ticking every 30 s while visible. */
  @property({ type: Number }) now?: number;

  @consume({ context: agendaContext, subscribe: true }) @state() private agenda?: AgendaState;

  private readonly clock = new ClockController(this, { enabled: () => this.now === undefined });
  private readonly chunks = new ChunkController(this);
  private readonly listDom = new TimelineListDom();
  private display?: Display;
  private input?: TimelineInput;
  private days: readonly TimelineDay[] = [];
  private nowInfo?: NowState;
  private placement?: NowPlacement;
  /** One card per activity, brought up to date once per change of what cards show. */
  private readonly pool = new CardPool(TIMELINE_CARD_EXPORTS);

  /** @internal The display: the agenda's, else one of the timeline's own properties. */
  private resolveDisplay(activities: readonly Activity[]): Display {
    return resolveDisplay(
      this,
      this.agenda?.display,
      {
        timeZone: this.timeZone,
        lang: this.lang,
        showBoth: this.showBoth,
        eventZone: (this.missionZone && zoneName(this.missionZone)) || activities[0]?.timeZone,
      },
      this.display,
    );
  }

  /** Holds an update until the words of its language are there (see `wordsFor`). */
  protected override scheduleUpdate(): UpdateSchedule {
    const wait = wordsFor(this, this.agenda?.display);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('now')) this.clock.sync();
    const activities = this.activities ?? this.agenda?.visible ?? [];
    const display = (this.display = this.resolveDisplay(activities));
    const mission = display.mission;
    const input: TimelineInput = {
      activities,
      zone: display.zone,
      eventZone: display.eventZone,
      otherZone: display.zone === display.eventZone ? display.localZone : display.eventZone,
      mode: this.agenda?.groupBy ?? this.groupBy,
      dayChange: mission?.dayChange ?? this.dayChange,
      lang: display.lang,
      defaultLang: mission?.defaultLanguage,
    };
    const wasEmpty = this.days.length === 0;
    // a new list in a task that has run long already (a slow phone) is built in the next task (`deferStart`)
    const later = wasEmpty && activities.length > 0 && this.chunks.deferStart();
    if (!later && (!this.input || !sameFields(this.input, input))) {
      this.input = input;
      this.days = buildDays(input);
      this.chunks.reset(
        this.days.reduce((n, d) => n + d.entries.reduce((m, e) => m + e.items.length, 0), 0),
        wasEmpty,
      );
    }
    const now = this.currentNow;
    this.nowInfo = nowState(input.activities, now);
    this.placement = nowPlacement(this.days, this.nowInfo, now, input);
    // An update that only adds the next chunk leaves the cards already shown as they are.
    this.pool.update([this.input, display, this.agenda, this.headingLevel, now]);
  }

  /** @internal */
  private get currentNow(): number {
    return this.now ?? this.clock.now;
  }

  /** Resolves when the update and every chunk of a first, long render are done. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.chunks.complete(() => super.getUpdateComplete());
  }

  // Chunks count cards, not entries: one group of parallel sessions may hold hundreds of cards, and is then shown in
  // parts (its label always gives the whole count).
  protected override render() {
    if (this.days.length === 0) return this.chunks.pending ? html`<div class="building"></div>` : this.renderEmpty();
    let left = this.chunks.budget;
    const shown: TimelineDay[] = [];
    for (const day of this.days) {
      if (left <= 0) break;
      const entries: ShownEntry[] = [];
      for (const e of day.entries) {
        if (left <= 0) break;
        entries.push(left >= e.items.length ? e : { ...e, items: e.items.slice(0, left), count: e.items.length });
        left -= e.items.length;
      }
      shown.push(entries.length === day.entries.length && left >= 0 ? day : { ...day, entries });
    }
    // A day shown whole in an earlier chunk of the same generation is not walked again (chunks stay cheap).
    const t = translator(this.input?.lang);
    return html`${this.ended ? html`<p part="ended" role="note">${t.programmeEnded}</p>` : nothing}
    ${repeat(
      shown,
      (d) => d.date,
      (d) => guard([d, this.pool.generation], () => this.renderDay(d)),
    )}
    ${
      this.placement
        ? html`<div class="jump">
            <button part="jump-now" type="button" @click=${this.jumpToNow}>${t.jumpToNow}</button>
          </div>`
        : nothing
    }`;
  }

  /** @internal True once every activity of the programme (the agenda's whole programme inside one) is over. */
  private get ended(): boolean {
    const info = this.nowInfo;
    if (!info || info.running || info.next) return false;
    const all = this.agenda?.programme?.activities ?? this.input?.activities ?? [];
    const now = this.currentNow;
    return all.some((a) => a.status !== 'cancelled') && all.every((a) => a.status === 'cancelled' || a.end <= now);
  }

  /**
   * @internal Scrolls to the "now" marker (or today's day): the visitor's way back while the programme runs. Days and
   * cards far from the viewport are laid out at an estimated height (`content-visibility: auto`), so a first scroll
   * lands short of a marker far down; once what is around it has been laid out for real (the next frame), it scrolls
   * again, until the marker stays put.
   */
  private readonly jumpToNow = () => {
    const target =
      this.renderRoot.querySelector<HTMLElement>('[part="now-marker"]') ??
      this.renderRoot.querySelector<HTMLElement>(`[part="day"][data-date="${this.placement?.date ?? ''}"]`);
    if (!target) return;
    const land = (tries: number): void => {
      target.scrollIntoView({ block: 'center' });
      const top = target.getBoundingClientRect().top;
      // moved since: what lies before it now has its real height
      if (tries > 0) requestAnimationFrame(() => target.getBoundingClientRect().top !== top && land(tries - 1));
    };
    land(8);
  };

  /** @internal */
  private renderEmpty() {
    const message = this.agenda ? nothing : html`<p part="empty">${translator(this.input?.lang).emptyProgramme}</p>`;
    return html`<slot name="empty">${message}</slot>`;
  }

  // Safari drops list semantics from an unstyled list (`list-style: none`) unless the role is explicit.
  /* eslint-disable lit-a11y/no-redundant-role */
  /** @internal */
  private renderDay(day: TimelineDay) {
    const id = `day-${day.date}`;
    const tag = HEADINGS[headingLevel(this.headingLevel, 2) - 1];
    const marker = this.placement?.date === day.date ? this.placement : undefined;
    const list = {
      t: translator(this.input?.lang),
      card: (item: EntryItem) => this.renderCard(item),
      markerBefore: marker?.beforeKey,
      marker: () => this.markerNode(),
    };
    // The list items are kept by hand (see mission-timeline.dom.ts).
    return html`<section part="day" data-date=${day.date} aria-labelledby=${id}>
      <div class="day-head">
        <p class="print-zone" aria-hidden="true">${day.zone}</p>
        ${staticHtml`<${tag} part="day-heading" id=${id}>${day.heading}</${tag}>`}
      </div>
      ${day.note ? html`<p part="offset-note" role="note">${day.note}</p>` : nothing}
      <ol part="list" role="list" ${onRender((ol) => this.listDom.fill(ol, day.entries, list))}></ol>
      ${marker && marker.beforeKey === undefined ? this.markerNode() : nothing}
    </section>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  /** @internal The "Now 14:05" marker. */
  private markerNode(): HTMLElement {
    const { zone, lang } = this.input ?? { zone: 'UTC', lang: 'en' };
    const now = this.currentNow;
    const marker = document.createElement('div');
    marker.setAttribute('part', 'now-marker');
    marker.setAttribute('role', 'note');
    const time = document.createElement('time');
    time.setAttribute('datetime', toOffsetIso(now, zone));
    time.textContent = formatTime(now, zone, lang);
    marker.append(`${translator(lang).now} `, time);
    return marker;
  }

  /** @internal */
  private highlightOf(a: Activity): Highlight {
    const now = this.currentNow;
    const info = this.nowInfo;
    if (a.end <= now) return 'past';
    if (!info?.running) return '';
    if (info.current.includes(a)) return 'now';
    return info.next === a ? 'next' : '';
  }

  /**
   * @internal The card of an activity: the same element for as long as the activity object lives, so clearing a filter
   * puts the cards back instead of building them again. Its properties are updated here (a property set to an
   * unchanged value does not update a card); the page's own values of a card's public marks are never touched.
   */
  private renderCard(item: EntryItem): MissionActivityCard {
    const a = item.activity;
    return this.pool.card(a, (card) => {
      const ctx = this.agenda;
      card.display = this.display;
      card.marks = ctx ? keepIfSame(card.marks, marksOf(a.id, ctx)) : undefined;
      card.dayShift = item.shift;
      card.headingLevel = headingLevel(headingLevel(this.headingLevel, 2) + 1, 3);
      card.highlight = this.highlightOf(a);
    });
  }
}
