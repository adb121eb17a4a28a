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
 * left out once done (no virtualisation). While the host is far from the viewport, later chunks wait for idle time,
 * so a programme at the bottom of a long page does not compete with the page's own start. Later changes to a list
 * already shown render in one go, so keyed DOM reuse is not undone.
 * @internal
 */
export class ChunkController implements ReactiveController {
  /** How many entries the host may render now. */
  budget = Infinity;
  private total = 0;
  private connected = false;
  /** Cancels the planned chunk. */
  private cancel?: () => void;
  /** Whether the host is on or near the screen (within a viewport's height); assumed until observed otherwise. */
  private near = true;
  private observer?: IntersectionObserver;
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
    if (typeof IntersectionObserver === 'function' && this.host instanceof Element) {
      this.observer = new IntersectionObserver((entries) => (this.near = entries.some((e) => e.isIntersecting)), {
        rootMargin: '100% 0px',
      });
      this.observer.observe(this.host);
    }
    if (this.pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.observer?.disconnect();
    this.observer = undefined;
    this.cancel?.();
    this.cancel = undefined;
  }

  hostUpdated(): void {
    if (!this.pending) {
      this.budget = Infinity;
      return;
    }
    if (this.cancel !== undefined || !this.connected) return;
    const next = () => {
      this.cancel = undefined;
      const at = performance.now();
      const added = this.step(at);
      this.last = { at, added };
      this.budget += added;
      this.host.requestUpdate();
    };
    // Far from the viewport, the rest waits until the browser is idle (at most a second per chunk).
    if (!this.near && typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(next, { timeout: 1_000 });
      this.cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(next);
      this.cancel = () => clearTimeout(id);
    }
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
