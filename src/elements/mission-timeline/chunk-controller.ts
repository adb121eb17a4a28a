import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Aim for each later chunk (its render, the cards' own updates and what the browser does in between). */
const TARGET_MS = 50;
/** Bounds of a later chunk, in entries. */
const MIN_STEP = 20;
const MAX_STEP = 2_000;

/**
 * Renders a long list in chunks right after it first appears: the first `first` entries at once, then chunks sized
 * from the time the previous ones took, so that no task runs much longer than `TARGET_MS`, until everything is in
 * the document. The page paints and stays responsive while a 5,000-activity programme builds up; nothing is ever
 * left out once done (no virtualisation). Later changes to a list already shown render in one go, so keyed DOM
 * reuse is not undone.
 * @internal
 */
export class ChunkController implements ReactiveController {
  /** How many entries the host may render now. */
  budget = Infinity;
  private total = 0;
  private connected = false;
  private timer?: ReturnType<typeof setTimeout>;
  /** When the previous chunk started, and how many entries it added. */
  private last?: { readonly at: number; readonly added: number };
  private readonly host: ReactiveControllerHost;
  private readonly first: number;

  constructor(host: ReactiveControllerHost, first = 40) {
    this.host = host;
    this.first = first;
    host.addController(this);
  }

  /** Whether some entries are still waiting for their chunk. */
  get pending(): boolean {
    return this.budget < this.total;
  }

  /** The list changed to `total` entries; start chunking again when nothing was shown before. */
  reset(total: number, wasEmpty: boolean): void {
    this.total = total;
    if (wasEmpty) {
      this.budget = this.first;
      this.last = undefined;
    }
  }

  hostConnected(): void {
    this.connected = true;
    if (this.pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  hostUpdated(): void {
    if (!this.pending) {
      this.budget = Infinity;
      return;
    }
    if (this.timer !== undefined || !this.connected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const at = performance.now();
      const added = this.step(at);
      this.last = { at, added };
      this.budget += added;
      this.host.requestUpdate();
    });
  }

  /**
   * Entries for the next chunk. The time since the previous chunk started covers its whole task (the cards update
   * in microtasks after the host) plus whatever ran in between, so the estimate errs towards smaller chunks.
   */
  private step(now: number): number {
    const last = this.last;
    if (!last) return this.first;
    const perEntry = Math.max(now - last.at, 1) / last.added;
    return Math.round(Math.min(Math.max(TARGET_MS / perEntry, MIN_STEP), MAX_STEP, last.added * 4));
  }

  /** Resolves once every entry may be rendered (or the host left the document). */
  async settled(): Promise<void> {
    while (this.pending && this.connected) await new Promise((resolve) => setTimeout(resolve));
  }
}
