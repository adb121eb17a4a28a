import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cleared, EMPTY_FILTERS, fromUrl, withQuery, type FilterState } from '../core/agenda/filter-state.js';
import type { UrlState } from '../core/agenda/url-state.js';

/** How long typing pauses before the search applies: short enough to feel live, long enough to skip keystrokes. */
const TYPING_PAUSE_MS = 150;

/**
 * The visitor's filters of an agenda (sectors, facets, search, "My programme") as an immutable state with pure
 * transitions (`core/agenda/filter-state.ts`), plus the search box's text while the visitor types. The host re-renders
 * on every change; `changed` hears of the visitor's changes (to write them into the URL).
 */
export class FilterController implements ReactiveController {
  state: FilterState = EMPTY_FILTERS;
  /** The search text as typed (the state follows it after a short pause). */
  typed = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Applies `next`; `byVisitor` (default) also reports it. */
  set(next: FilterState, byVisitor = true): void {
    if (next === this.state) return;
    this.state = next;
    this.host.requestUpdate();
    if (byVisitor) this.changed();
  }

  /** The visitor typed `text` in the search box. */
  type(text: string): void {
    this.typed = text;
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.set(withQuery(this.state, this.typed)), TYPING_PAUSE_MS);
  }

  /** Clears every visitor filter (a locked track's sectors stay). */
  clear(keepSectors: boolean): void {
    clearTimeout(this.timer);
    this.typed = '';
    this.set(cleared(this.state, keepSectors));
  }

  /** A state read from the URL. */
  restore(url: UrlState): void {
    this.set(fromUrl(this.state, url), false);
    this.typed = this.state.query;
  }
}
