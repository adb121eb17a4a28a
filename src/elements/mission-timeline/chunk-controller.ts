import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list in growing chunks right after it first appears: the first `first` entries at once, then twice
 * as many on each following task, until everything is in the document. The page paints and stays responsive while a
 * 5,000-activity programme builds up; nothing is ever left out once done (no virtualisation). Later changes to a list
 * already shown render in one go, so keyed DOM reuse is not undone.
 * @internal
 */
export class ChunkController implements ReactiveController {
  /** How many entries the host may render now. */
  budget = Infinity;
  private total = 0;
  private connected = false;
  private timer?: ReturnType<typeof setTimeout>;
  private readonly host: ReactiveControllerHost;
  private readonly first: number;

  constructor(host: ReactiveControllerHost, first = 100) {
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
    if (wasEmpty) this.budget = this.first;
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
      this.budget *= 2;
      this.host.requestUpdate();
    });
  }

  /** Resolves once every entry may be rendered (or the host left the document). */
  async settled(): Promise<void> {
    while (this.pending && this.connected) await new Promise((resolve) => setTimeout(resolve));
  }
}
