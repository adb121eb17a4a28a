import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { consume } from '@lit/context';
import { cssProps } from '../../directives/css-props.js';
import { onRender } from '../../directives/on-render.js';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { resolveDisplay, type Display, wordsFor, type UpdateSchedule } from '../../context/display.js';
import { ChunkController } from '../../controllers/chunk-controller.js';
import { ClockController } from '../../controllers/clock-controller.js';
import type { Activity } from '../../core/feed/types.js';
import { translator } from '../../core/i18n/terms.js';
import { keepIfSame, sameFields, sameList } from '../../core/memo.js';
import { formatZoneName } from '../../core/time/format.js';
import { zoneName } from '../../core/time/zones.js';
import { marksOf } from '../../core/view/card-view.js';
import {
  buildGrid,
  columnsFor,
  type GridBlock,
  type GridColumn,
  type GridColumnsChoice,
  type GridDay,
  type GridInput,
} from '../../core/view/grid-view.js';
import { headingLevel } from '../../core/view/heading.js';
import type { MissionActivityCard } from '../mission-activity-card/mission-activity-card.js';
import { CardPool } from '../card-pool.js';
import { GRID_CARD_EXPORTS } from '../parts.js';
import { GridBlocksDom } from './mission-grid.dom.js';
import { gridStyles } from './mission-grid.styles.js';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

let printPage: CSSStyleSheet | undefined;
/**
 * The named page the grid prints on: landscape. A `@page` rule in a shadow root is ignored, so it goes to the
 * document, once; only the pages holding a grid (`page: mission-grid` on the host) use it.
 */
function addPrintPage(): void {
  if (!('adoptedStyleSheets' in document)) return;
  if (!printPage) {
    printPage = new CSSStyleSheet();
    printPage.replaceSync('@page mission-grid { size: landscape; margin: 1cm; }');
  }
  if (!document.adoptedStyleSheets.includes(printPage)) {
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, printPage];
  }
}

/**
 * The programme as a timetable: for each day (in the display zone), a grid with one column per venue, sector or city
 * and time running down, each activity a block as tall as it lasts. The time axis counts real elapsed time, labelled
 * on the display zone's clocks: a 25-hour day shows the repeated hour (marked), a 23-hour day skips the missing one,
 * and an activity crossing midnight runs on below it. The day's grid scrolls both ways inside its frame, with sticky
 * column headings and time column. All days are stacked (none is hidden: find-in-page, screen readers and print see
 * every activity), each a `[part=day][data-date]` section.
 *
 * Each block holds a compact `<mission-activity-card>` (its details open in a popover): a short block shows its time
 * and a line of title, and shows the whole card above its neighbours while hovered or while anything in it has focus.
 * For assistive technology the day is a list of columns, each with a heading and a list of its activities in time order.
 *
 * Inside `<mission-agenda>` it works like `<mission-timeline>`: the agenda's display, grouping, marks and — when
 * `activities` is not set — its filtered activities win. Standalone, the properties are used.
 *
 * @summary The programme as a timetable grid: rooms, sectors or cities as columns.
 * @tag mission-grid
 * @slot empty - Shown when there are no activities (standalone, a short message is shown by default).
 * @csspart day - A day `<section>`, with `data-date="YYYY-MM-DD"`.
 * @csspart day-heading - The day's heading.
 * @csspart offset-note - The note on the day the gap between the zones changes.
 * @csspart scroller - The day's frame, scrolling both ways.
 * @csspart columns - The list of the day's columns.
 * @csspart column - One column (a venue, sector or city).
 * @csspart column-heading - A column's heading.
 * @csspart blocks - The list of a column's activities.
 * @csspart block - One activity's block, holding its card.
 * @csspart empty - The default empty message.
 * @csspart card - A card's `<article>` (forwarded from `<mission-activity-card>`).
 * @csspart start - A card's start `<time>`; `datetime` in the display zone.
 * @csspart end - A card's end `<time>`.
 * @csspart card-title - A card's title; every other card part is forwarded the same way as `card-<part>`.
 * @cssprop [--mission-grid-hour-height=9rem] - Height of one hour.
 * @cssprop [--mission-grid-column-width=11rem] - Width of a column (of each lane of a column whose activities overlap).
 * @cssprop [--mission-grid-block-min-height=3.25rem] - Least height of a block, however short its activity.
 * @cssprop [--mission-grid-max-height=85vh] - Height of a day's frame before it scrolls.
 */
export class MissionGrid extends LitElement {
  static override styles = gridStyles;

  /** Activities to show, already filtered. Inside `<mission-agenda>`, when unset, the agenda's filtered programme. */
  @property({ attribute: false }) activities?: readonly Activity[];
  /** `event` (mission zone), `local` (visitor's zone) or an IANA zone. Inside `<mission-agenda>` the agenda's zone wins. */
  @property({ attribute: 'time-zone' }) timeZone = 'event';
  /** Standalone event zone; default: the first activity's zone. */
  @property({ attribute: 'mission-zone' }) missionZone = '';
  /** UI language; default: nearest `lang` ancestor, then `en`. Inside `<mission-agenda>` the agenda's language wins. */
  @property() override lang = '';
  /** `venue`, `sector` (an activity's first), `city`, or `auto`: venues when each holds several activities, else sectors. */
  @property() columns: GridColumnsChoice = 'auto';
  /** `day`: dates in the display zone; `mission-day`: the mission's own days in its zone. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy = 'day';
  /** `HH:mm`: under `mission-day`, starts before it belong to the previous day. Inside the agenda: the feed's. */
  @property({ attribute: 'day-change' }) dayChange = '00:00';
  /** Passed to the cards: `auto`, `always` or `never` show the visitor's time too. */
  @property({ attribute: 'show-both' }) showBoth: ShowBoth = 'auto';
  /** Level of the day headings (1–6); column headings use the next level, cards the one after. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** A fixed "now" (epoch ms), e.g. for tests or previews. Unset: a clock ticking every 30 s while visible. */
  @property({ type: Number }) now?: number;

  @consume({ context: agendaContext, subscribe: true }) @state() private agenda?: AgendaState;

  private readonly clock = new ClockController(this, { enabled: () => this.now === undefined });
  private readonly chunks = new ChunkController(this);
  private readonly blocksDom = new GridBlocksDom();
  private display?: Display;
  private input?: GridInput;
  private days: readonly GridDay[] = [];
  /** One card per activity, brought up to date once per change of what cards show. */
  private readonly pool = new CardPool(GRID_CARD_EXPORTS, 'compact');

  override connectedCallback(): void {
    super.connectedCallback();
    addPrintPage();
  }

  /** Holds an update until the words of its language are there (see `wordsFor`). */
  protected override scheduleUpdate(): UpdateSchedule {
    const wait = wordsFor(this, this.agenda?.display);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('now')) this.clock.sync();
    const activities = this.activities ?? this.agenda?.visible ?? [];
    const display = (this.display = resolveDisplay(
      this,
      this.agenda?.display,
      {
        timeZone: this.timeZone,
        lang: this.lang,
        showBoth: this.showBoth,
        eventZone: (this.missionZone && zoneName(this.missionZone)) || activities[0]?.timeZone,
      },
      this.display,
    ));
    const mission = display.mission;
    const programme = this.agenda?.programme;
    // `auto` is decided on the whole programme: a filter does not turn rooms into sectors
    const columns = columnsFor(programme?.activities ?? activities, this.columns);
    const named =
      programme && { venue: programme.venues, sector: programme.sectors, city: programme.locations }[columns];
    const ids = named?.map((x) => x.id);
    const prevOrder = this.input?.order;
    const order = prevOrder && ids && sameList(prevOrder, ids) ? prevOrder : ids;
    const input: GridInput = {
      activities,
      zone: display.zone,
      eventZone: display.eventZone,
      otherZone: display.zone === display.eventZone ? display.localZone : display.eventZone,
      mode: this.agenda?.groupBy ?? this.groupBy,
      dayChange: mission?.dayChange ?? this.dayChange,
      lang: display.lang,
      defaultLang: mission?.defaultLanguage,
      columns,
      order,
    };
    const wasEmpty = this.days.length === 0;
    // a new grid in a task that has run long already (a slow device) is built in the next task (`deferStart`)
    const later = wasEmpty && activities.length > 0 && this.chunks.deferStart();
    if (!later && (!this.input || !sameFields(this.input, input))) {
      this.input = input;
      this.days = buildGrid(input).days;
      this.chunks.reset(
        this.days.reduce((n, d) => n + d.columns.reduce((m, c) => m + c.blocks.length, 0), 0),
        wasEmpty,
      );
    }
    this.pool.update([this.input, display, this.agenda, this.headingLevel, this.currentNow]);
  }

  /** @internal */
  private get currentNow(): number {
    return this.now ?? this.clock.now;
  }

  /** Resolves when the update and every chunk of a first, long render are done. */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.chunks.complete(() => super.getUpdateComplete());
  }

  /** @internal The days as far as the chunk budget goes: a long first render builds up column by column. */
  private shownDays(): GridDay[] {
    let left = this.chunks.budget;
    const shown: GridDay[] = [];
    for (const day of this.days) {
      if (left <= 0) break;
      const columns: GridColumn[] = [];
      for (const c of day.columns) {
        if (left <= 0) break;
        columns.push(left >= c.blocks.length ? c : { ...c, blocks: c.blocks.slice(0, left) });
        left -= c.blocks.length;
      }
      shown.push(columns.length === day.columns.length && left >= 0 ? day : { ...day, columns });
    }
    return shown;
  }

  protected override render() {
    if (this.days.length === 0) {
      if (this.chunks.pending) return html`<div class="building"></div>`;
      const message = this.agenda ? nothing : html`<p part="empty">${translator(this.input?.lang).emptyProgramme}</p>`;
      return html`<slot name="empty">${message}</slot>`;
    }
    // A day shown whole in an earlier chunk of the same generation is not walked again (chunks stay cheap).
    return repeat(
      this.shownDays(),
      (d) => d.date,
      (d) => guard([d, this.pool.generation], () => this.renderDay(d)),
    );
  }

  // Safari drops list semantics from an unstyled list (`list-style: none`) unless the role is explicit.
  /* eslint-disable lit-a11y/no-redundant-role */
  /** @internal */
  private renderDay(day: GridDay) {
    const input = this.input;
    if (!input) return nothing;
    const t = translator(input.lang);
    const id = `day-${day.date}`;
    const level = headingLevel(this.headingLevel, 2);
    const tag = HEADINGS[level - 1];
    const columnTag = HEADINGS[Math.min(level, 5)];
    const blocks = { card: (b: GridBlock) => this.renderCard(b), continues: t.gridContinues };
    return html`<section part="day" data-date=${day.date} aria-labelledby=${id}>
      ${staticHtml`<${tag} part="day-heading" id=${id}>${day.heading}</${tag}>`}
      ${day.note ? html`<p part="offset-note" role="note">${day.note}</p>` : nothing}
      <div part="scroller" role="group" aria-labelledby=${id} tabindex="0">
        <div class="grid" ${cssProps({ '--_minutes': String(day.minutes) })}>
          <div class="times" aria-hidden="true">
            <div class="corner">${t.gridTime(formatZoneName(day.start, input.zone, input.lang))}</div>
            <div class="axis">
              ${guard([day.lines], () =>
                day.lines.map(
                  (l) =>
                    html`<time
                      class="line"
                      datetime=${l.datetime}
                      ?data-zone-change=${l.zoneChange}
                      ${cssProps({ '--_at': String(l.offset) })}
                      >${l.label}${l.zoneName ? html`<small>${l.zoneName}</small>` : nothing}</time
                    >`,
                ),
              )}
            </div>
          </div>
          <ul part="columns" role="list">
            ${repeat(
              day.columns,
              (c) => c.key,
              // a column shown whole in an earlier chunk is left as it is
              (c) =>
                guard(
                  [c, this.pool.generation],
                  () =>
                    html`<li
                      part="column"
                      ${cssProps({ '--_lanes': String(Math.max(...c.blocks.map((b) => b.lanes))), '--_sector': c.color })}
                    >
                      ${staticHtml`<${columnTag} part="column-heading" title=${c.name}><span class="name">${c.name}</span></${columnTag}>`}
                      <ol part="blocks" role="list" ${onRender((ol) => this.blocksDom.fill(ol, c.blocks, blocks))}></ol>
                    </li>`,
                ),
            )}
          </ul>
        </div>
      </div>
    </section>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  /**
   * @internal The card of an activity: the same element for as long as the activity object lives. Its properties
   * are updated here; the page's own values of a card's public marks are never touched.
   */
  private renderCard(block: GridBlock): MissionActivityCard {
    const a = block.activity;
    return this.pool.card(a, (card) => {
      const ctx = this.agenda;
      card.display = this.display;
      card.marks = ctx ? keepIfSame(card.marks, marksOf(a.id, ctx)) : undefined;
      card.dayShift = block.shift;
      card.headingLevel = headingLevel(headingLevel(this.headingLevel, 2) + 2, 4);
      card.highlight = a.end <= this.currentNow ? 'past' : a.start <= this.currentNow ? 'now' : '';
    });
  }
}
