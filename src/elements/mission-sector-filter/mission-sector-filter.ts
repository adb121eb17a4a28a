import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { agendaContext, type AgendaState } from '../../context/agenda-context.js';
import { resolveDisplay, wordsFor, type UpdateSchedule } from '../../context/display.js';
import type { Activity, Sector } from '../../core/feed/types.js';
import { pickText } from '../../core/feed/text.js';
import { formatCount } from '../../core/i18n/helpers.js';
import { sectorCounts } from '../../core/agenda/filter.js';
import { translator } from '../../core/i18n/terms.js';
import { MissionFilterChangeEvent } from '../../events.js';
import { filterStyles } from './mission-sector-filter.styles.js';
import { cssProps } from '../../directives/css-props.js';

/** Comma-separated ids ⇄ string[] for the `selected` attribute. @internal */
const idList = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  toAttribute: (value: readonly string[]): string => value.join(','),
};

/**
 * Multi-select filter of the programme's sectors (tracks): one toggle button per sector with its colour, name and
 * number of activities, and an "All sectors" reset. Every button is a native `<button aria-pressed>` in the tab
 * order, so Enter and Space toggle it; the accessible name includes the count ("Life sciences, 12 activities").
 *
 * Inside `<mission-agenda>` the context wins: the programme's sectors, their counts over the whole programme, the
 * agenda's selection (the filter asks for changes with `mission-filter-change` and shows what the agenda provides),
 * its language, and `lock-sectors` hides the filter. Standalone, the properties are used.
 *
 * @summary Sector filter with counts and a reset.
 * @tag mission-sector-filter
 * @fires {MissionFilterChangeEvent} mission-filter-change - The visitor changed the selection; `detail.sectors` lists the selected ids (empty: all).
 * @csspart group - The `role="group"` wrapper.
 * @csspart reset - The "All sectors" button.
 * @csspart sector - A sector's toggle button.
 * @csspart sector-dot - The sector's colour dot.
 * @csspart sector-name - The sector's name.
 * @csspart sector-count - The count badge.
 * @cssprop [--mission-filter-chip-background=var(--mission-color-surface, #fff)] - Background of a toggle.
 * @cssprop [--mission-filter-chip-selected-background=var(--mission-color-accent, #0b5cad)] - Background of a pressed toggle.
 * @cssprop [--mission-filter-chip-selected-color=var(--mission-color-on-accent, #fff)] - Text of a pressed toggle.
 */
export class MissionSectorFilter extends LitElement {
  static override styles = filterStyles;

  /** Sectors to offer (standalone). Inside `<mission-agenda>`: the programme's sectors. */
  @property({ attribute: false }) sectors?: readonly Sector[];
  /** Activities per sector id (standalone); default: counted from `activities`. */
  @property({ attribute: false }) counts?: Readonly<Record<string, number>> | ReadonlyMap<string, number>;
  /** Activities to count per sector when `counts` is not given (standalone). */
  @property({ attribute: false }) activities?: readonly Activity[];
  /** Selected sector ids; empty means all. Attribute: comma-separated. Inside `<mission-agenda>`: the agenda's. */
  @property({ converter: idList }) selected: string[] = [];
  /** UI and content language; default: nearest `lang` ancestor, then `en`. Inside `<mission-agenda>`: the agenda's. */
  @property() override lang = '';

  /** @internal */
  @consume({ context: agendaContext, subscribe: true }) @state() private agenda?: AgendaState;

  /** @internal */
  private countMap: ReadonlyMap<string, number> = new Map();
  /** @internal */
  private countSource?: unknown;

  /** @internal */
  private get sectorList(): readonly Sector[] {
    return this.agenda?.programme?.sectors ?? this.sectors ?? [];
  }

  /** @internal */
  private get selection(): ReadonlySet<string> {
    return this.agenda ? this.agenda.sectors : new Set(this.selected);
  }

  /** @internal */
  private get uiLang(): string {
    return resolveDisplay(this, this.agenda?.display, { lang: this.lang }).lang;
  }

  /** Holds an update until the words of its language are there (see `wordsFor`). */
  protected override scheduleUpdate(): UpdateSchedule {
    const wait = wordsFor(this, this.agenda?.display);
    return wait ? wait.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    const programme = this.agenda?.programme;
    const source = programme ? programme.activities : (this.counts ?? this.activities);
    if (source !== this.countSource) {
      this.countSource = source;
      if (programme) this.countMap = sectorCounts(programme.activities);
      else if (this.counts instanceof Map) this.countMap = this.counts;
      else if (this.counts) this.countMap = new Map(Object.entries(this.counts));
      else this.countMap = sectorCounts(this.activities ?? []);
    }
    if (changed.has('agenda') && this.agenda) this.toggleAttribute('hidden', this.agenda.lockSectors);
  }

  protected override render() {
    const t = translator(this.uiLang);
    const selection = this.selection;
    return html`<div part="group" role="group" aria-label=${t.filterBySector}>
      <button
        type="button"
        part="reset"
        aria-pressed=${selection.size === 0 ? 'true' : 'false'}
        @click=${this.handleReset}
      >
        ${t.allSectors}
      </button>
      ${this.sectorList.map((s) => this.renderSector(s, selection.has(s.id)))}
    </div>`;
  }

  /** @internal */
  private renderSector(sector: Sector, pressed: boolean) {
    const lang = this.uiLang;
    const name = pickText(sector.name, lang, this.agenda?.programme?.mission.defaultLanguage);
    const n = this.countMap.get(sector.id) ?? 0;
    // The name must contain the visible label ("Life sciences 12") as one run of words (WCAG 2.5.3, label in name),
    // which the parenthesised `sectorCount` form does not: "Life sciences, 12 activities".
    const label = `${name}, ${translator(lang).activityCount(n)}`;
    return html`<button
      type="button"
      part="sector"
      data-sector=${sector.id}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-label=${label}
      @click=${this.handleToggle}
    >
      <span part="sector-dot" ${cssProps({ '--mission-sector-color': sector.color })}></span>
      <span part="sector-name">${name}</span>
      <span part="sector-count">${formatCount(lang, n)}</span>
    </button>`;
  }

  /** @internal */
  /** @internal */
  private readonly handleToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.sector;
    if (id === undefined) return;
    const next = new Set(this.selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.commit(next);
  };

  /** @internal */
  /** @internal */
  private readonly handleReset = (): void => {
    if (this.selection.size > 0) this.commit(new Set());
  };

  /** Store the new selection (in sector order; unknown ids kept at the end) and announce it. @internal */
  private commit(next: ReadonlySet<string>): void {
    const known = this.sectorList.map((s) => s.id).filter((id) => next.has(id));
    const sectors = [...known, ...[...next].filter((id) => !known.includes(id))];
    this.selected = sectors;
    this.dispatchEvent(new MissionFilterChangeEvent({ sectors }));
  }
}
