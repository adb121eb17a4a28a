import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { setCustomProperty } from '../../directives/css-props.js';
import { onRender, syncChildren } from '../../directives/on-render.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { consume } from '@lit/context';
import { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from '../../context/agenda-context.js';
import { ClockController } from '../../controllers/clock-controller.js';
import type { Activity } from '../../core/feed/types.js';
import { filterActivities } from '../../core/agenda/filter.js';
import { nowState, type NowState } from '../../core/agenda/now.js';
import { canonicalZone, resolveDisplayZone } from '../../core/time/zones.js';
import { formatTime, toOffsetIso } from '../../core/time/format.js';
import { translator } from '../../core/i18n/terms.js';
import { resolveLocale } from '../../core/i18n/lang.js';
import {
  buildDays,
  nowPlacement,
  type EntryItem,
  type NowPlacement,
  type TimelineDay,
  type TimelineEntry,
  type TimelineInput,
} from '../../core/view/timeline-view.js';
import type { MissionActivityCard } from '../mission-activity-card/mission-activity-card.js';
import type { CardFrame } from '../../core/view/card-view.js';
import { timelineStyles } from './mission-timeline.styles.js';
import { ChunkController } from '../../controllers/chunk-controller.js';

let zoneOfBrowser: string | undefined;
/** The visitor's zone, read once. */
const browserZone = () => (zoneOfBrowser ??= Intl.DateTimeFormat().resolvedOptions().timeZone);

// The card's parts (and its contact block's) are forwarded: `card`, `start`, `end` keep their names, the rest get
// `card-`.
const CARD_PARTS =
  'card, start, end, time: card-time, zone: card-zone, day-shift: card-day-shift, highlight: card-highlight, change: card-change, star: card-star, clash: card-clash, mark: card-mark, other-time: card-other-time, title: card-title, type: card-type, status: card-status, place: card-place, venue: card-venue, address: card-address, map-link: card-map-link, sectors: card-sectors, sector: card-sector, details-toggle: card-details-toggle, details: card-details, description: card-description, link: card-link, actions: card-actions, calendar-link: card-calendar-link, close: card-close, contact: card-contact, contact-name: card-contact-name, contact-role: card-contact-role, contact-organisation: card-contact-organisation, contact-phone: card-contact-phone, contact-email: card-contact-email';

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
type Highlight = '' | 'now' | 'next' | 'past';
/** An entry as rendered: while a long first render builds up, a group may show only its first `items` of `count`. */
type ShownEntry = TimelineEntry & { readonly count?: number };

/**
 * The programme grouped by day, chronological, with parallel sessions side by side (stacked and labelled on
 * narrow widths), a note on the day the gap between the display zone and the other zone changes, and a "now"
 * marker while the mission runs. Every activity given is rendered (no virtualisation); past ones stay listed.
 *
 * Inside `<mission-agenda>` the agenda's context wins over the element's own properties: display and event zone,
 * language, grouping, `show-both`, the day change of the feed, and — when `activities` is not set — the programme's
 * activities filtered by the selected sectors. Standalone, the properties are used. The timeline hands the zones,
 * language and the agenda's favourites, clashes, changes and search to its cards as properties (they ask for no
 * context of their own), and keeps one card per activity, so a cleared filter puts the same cards back.
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
 * @csspart offset-note - The note on the day the gap between the zones changes.
 * @csspart empty - The default empty message.
 * @csspart card - A card's `<article>` (forwarded from `<mission-activity-card>`).
 * @csspart start - A card's start `<time>`; `datetime` in the display zone.
 * @csspart end - A card's end `<time>`.
 * @csspart card-title - A card's title; every other card part is forwarded the same way as `card-<part>` (`card-time`, `card-day-shift`, `card-contact-name`, …).
 * @csspart card-star - A card's "Add to my programme" toggle.
 * @csspart card-clash - A card's note on a clash with another starred activity.
 * @csspart card-change - A card's "New" / "Moved" / "Cancelled" badge.
 * @csspart card-mark - A search match in a card.
 * @cssprop [--mission-timeline-gap=var(--mission-space, 1rem)] - Space between cards.
 * @cssprop [--mission-timeline-heading-background=var(--mission-color-surface, #fff)] - Background of sticky day headings.
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
  private input?: TimelineInput;
  private days: readonly TimelineDay[] = [];
  private nowInfo?: NowState;
  private placement?: NowPlacement;
  private filtered?: { source: readonly Activity[]; sectors: ReadonlySet<string>; list: Activity[] };
  private frame?: CardFrame;
  private readonly cards = new WeakMap<Activity, MissionActivityCard>();
  /** Bumped when anything a card shows may have changed; a card already brought up to date in it is left alone. */
  private generation = 0;
  private readonly synced = new WeakMap<MissionActivityCard, number>();
  private syncInputs: readonly unknown[] = [];

  /** @internal */
  private get list(): readonly Activity[] {
    if (this.activities) return this.activities;
    const programme = this.agenda?.programme;
    if (!programme) return [];
    const sectors = this.agenda!.sectors;
    const f = this.filtered;
    if (f?.source !== programme.activities || f.sectors !== sectors) {
      const list = filterActivities(programme.activities, { sectors });
      this.filtered = { source: programme.activities, sectors, list };
    }
    return this.filtered!.list;
  }

  /** @internal */
  private resolveInput(): TimelineInput {
    const activities = this.list;
    const ctx = this.agenda;
    const localZone = ctx?.localZone ?? browserZone();
    const eventZone =
      ctx?.eventZone ?? ((this.missionZone && canonicalZone(this.missionZone)) || activities[0]?.timeZone || localZone);
    const zone = ctx?.displayZone ?? resolveDisplayZone(this.timeZone, eventZone, localZone);
    const mission = ctx?.programme?.mission;
    const lang = ctx?.lang ?? resolveLocale([this.lang, this.closest('[lang]')?.getAttribute('lang')]);
    return {
      activities,
      zone,
      eventZone,
      otherZone: zone === eventZone ? localZone : eventZone,
      mode: ctx?.groupBy ?? this.groupBy,
      dayChange: mission?.dayChange ?? this.dayChange,
      lang,
      defaultLang: mission?.defaultLanguage,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('now')) this.clock.sync();
    const input = this.resolveInput();
    const prev = this.input;
    const same = prev && (Object.keys(input) as (keyof TimelineInput)[]).every((k) => input[k] === prev[k]);
    if (!same) {
      const wasEmpty = this.days.length === 0;
      this.input = input;
      this.days = buildDays(input);
      this.chunks.reset(
        this.days.reduce((n, d) => n + d.entries.reduce((m, e) => m + e.items.length, 0), 0),
        wasEmpty,
      );
    }
    this.frame = this.frameFor(input);
    const now = this.currentNow;
    this.nowInfo = nowState(input.activities, now);
    this.placement = nowPlacement(this.days, this.nowInfo, now, input);
    // An update that only adds the next chunk leaves the cards already shown as they are.
    const syncInputs = [this.input, this.frame, this.agenda, this.headingLevel, this.showBoth, now];
    if (syncInputs.some((v, i) => v !== this.syncInputs[i])) this.generation++;
    this.syncInputs = syncInputs;
  }

  /** @internal What every card shares; a new object only when one of its fields changed (so cards skip updates). */
  private frameFor(input: TimelineInput): CardFrame {
    const ctx = this.agenda;
    const next: CardFrame = {
      displayZone: input.zone,
      eventZone: input.eventZone,
      localZone: ctx?.localZone ?? browserZone(),
      lang: input.lang,
      showBoth: ctx?.showBoth ?? this.showBoth,
      mission: ctx?.programme?.mission,
      managed: ctx !== undefined,
    };
    const prev = this.frame;
    const same = prev && (Object.keys(next) as (keyof CardFrame)[]).every((k) => next[k] === prev[k]);
    return same ? prev : next;
  }

  /** @internal */
  private get currentNow(): number {
    return this.now ?? this.clock.now;
  }

  /** Resolves when the update and every chunk of a first, long render are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.chunks.pending && this.isConnected) {
      await this.chunks.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // Chunks count cards, not entries: one group of parallel sessions may hold hundreds of cards, and is then shown in
  // parts (its label always gives the whole count).
  protected override render() {
    if (this.days.length === 0) return this.renderEmpty();
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
    return repeat(
      shown,
      (d) => d.date,
      (d) => guard([d, this.generation], () => this.renderDay(d)),
    );
  }

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
    const level = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1), 6);
    const tag = HEADINGS[level - 1];
    const marker = this.placement?.date === day.date ? this.placement : undefined;
    // The list items are kept by hand (see `fillList`): a binding per card would keep parts alive per card.
    return html`<section part="day" data-date=${day.date} aria-labelledby=${id}>
      ${staticHtml`<${tag} part="day-heading" id=${id}>${day.heading}</${tag}>`}
      ${day.note ? html`<p part="offset-note" role="note">${day.note}</p>` : nothing}
      <ol part="list" role="list" ${onRender((ol) => this.fillList(ol, day.entries, marker?.beforeKey))}></ol>
      ${marker && marker.beforeKey === undefined ? this.markerNode() : nothing}
    </section>`;
  }

  /* eslint-enable lit-a11y/no-redundant-role */

  /**
   * @internal The `<li>` of each entry of a day, built by hand. The DOM itself says what can be reused: a card's
   * parent is its `<li>` (or its lane in a parallel group), so a card that stays keeps its place and nothing moves.
   */
  private fillList(ol: Element, entries: readonly ShownEntry[], markerBefore: string | undefined): void {
    const taken = new Set<Element>();
    /** `found` when it is a `tag.className` not taken by an earlier entry of this render, else a new element. */
    const reuse = (found: Element | null | undefined, tag: string, className = ''): HTMLElement => {
      const ok = found && found.localName === tag && found.className === className && !taken.has(found);
      const el = ok ? (found as HTMLElement) : document.createElement(tag);
      if (className) el.className = className;
      taken.add(el);
      return el;
    };
    const t = translator(this.input!.lang);
    const items = entries.map((entry) => {
      const marker = entry.key === markerBefore ? [this.markerNode()] : [];
      const count = entry.count ?? entry.items.length;
      if (count === 1) {
        const card = this.renderCard(entry.items[0]);
        const li = reuse(card.parentElement, 'li');
        syncChildren(li, [...marker, card]);
        return li;
      }
      const cards = entry.items.map((item) => this.renderCard(item));
      // the group of any of its cards that is still in the list (a returning card's old lane is not)
      const groups = cards.map((card) => card.parentElement?.parentElement);
      const group = reuse(
        groups.find((g) => g?.isConnected && g.className === 'parallel' && !taken.has(g)),
        'div',
        'parallel',
      );
      if (!group.hasAttribute('part')) {
        group.setAttribute('part', 'parallel');
        group.setAttribute('role', 'group');
        const label = document.createElement('p');
        label.setAttribute('part', 'parallel-label');
        label.setAttribute('aria-hidden', 'true');
        group.append(label);
      }
      const label = group.firstElementChild!;
      if (label.textContent !== t.parallelSessions) label.textContent = t.parallelSessions;
      group.setAttribute('aria-label', t.parallelCount(count));
      setCustomProperty(group, '--_lanes', String(entry.lanes));
      const lanes = cards.map((card, i) => {
        const lane = reuse(card.parentElement, 'div', 'lane');
        setCustomProperty(lane, '--_lane', String(entry.items[i].lane + 1));
        syncChildren(lane, [card]);
        return lane;
      });
      syncChildren(group, [label, ...lanes]);
      const li = reuse(group.parentElement, 'li');
      syncChildren(li, [...marker, group]);
      return li;
    });
    syncChildren(ol, items);
  }

  /** @internal The "Now 14:05" marker. */
  private markerNode(): HTMLElement {
    const { zone, lang } = this.input!;
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
    const info = this.nowInfo!;
    if (a.end <= now) return 'past';
    if (!info.running) return '';
    if (info.current.includes(a)) return 'now';
    return info.next === a ? 'next' : '';
  }

  /**
   * @internal The card of an activity: the same element for as long as the activity object lives, so clearing a filter
   * puts the cards back instead of building them again. Its attributes and properties are updated here (a property set
   * to an unchanged value does not update a card).
   */
  private renderCard(item: EntryItem): MissionActivityCard {
    const { lang } = this.input!;
    const ctx = this.agenda;
    const a = item.activity;
    let card = this.cards.get(a);
    if (!card) {
      card = document.createElement('mission-activity-card');
      // set while the card is not in the document yet: changing `exportparts` on connected cards costs seconds
      card.setAttribute('exportparts', CARD_PARTS);
      this.cards.set(a, card);
    } else if (this.synced.get(card) === this.generation) {
      return card;
    }
    this.synced.set(card, this.generation);
    // Properties, not attributes: zones and show-both travel in the frame, and an attribute per card costs a
    // callback each (the reflected ones, activity-id, lang and highlight, are written by the card).
    card.activity = a;
    card.frame = this.frame;
    card.lang = lang;
    card.dayShift = item.shift;
    card.headingLevel = Math.min(Math.max(Math.round(this.headingLevel) || 2, 1) + 1, 6);
    card.highlight = this.highlightOf(a);
    card.starred = ctx?.favourites.has(a.id) ?? card.starred;
    card.clashes = ctx?.clashes.get(a.id);
    card.change = ctx?.changes.get(a.id);
    card.query = ctx?.query ?? '';
    return card;
  }
}
