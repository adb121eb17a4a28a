import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NearViewport } from '../io/near-viewport.js';
import { nextTask, slowTask } from '../io/next-task.js';

/**
 * Aim for each later chunk (its render, the cards' own updates and the browser's work right after) on a fast device.
 * Every frame between two chunks costs more than the one before: Chromium takes in the style sheets of the cards
 * added since (each card has a shadow root), and part of that work grows with all the shadow roots in the document
 * (from 1.6 ms to 9.5 ms a frame as 5,000 cards build up). Chunks of 50 ms made 22 such frames there; chunks of
 * 100 ms make about 10, and a tap during the build is still answered well within the 200 ms of a good response.
 */
const TARGET_MS = 100;
/**
 * The same on a slow device (a phone), which should run no task over 100 ms while a page loads: a chunk of 50 ms and
 * the work right after it stay well within that. Also for a list far from the viewport, whose chunks wait for idle
 * periods (50 ms at most each).
 */
const SHORT_TARGET_MS = 50;
/** Bounds of a later chunk, in entries. */
const MIN_STEP = 20;
/**
 * The first chunk on a slow device: enough to fill a phone's screen. Its cards are the slowest of all (the code that
 * draws them runs for the first time), and they share their task with the build of the list around them.
 */
const SLOW_FIRST = 8;
const MAX_STEP = 2_000;
/** Longest wait for idle time before a chunk of a timeline far from the viewport runs anyway. */
const IDLE_TIMEOUT_MS = 500;

/**
 * Entries for the next chunk: as many as fit in the target time (`SHORT_TARGET_MS` when `short`, else `TARGET_MS`) at
 * the pace of the previous chunk (`added` entries in `cost` ms), at least `MIN_STEP`, at most four times the previous
 * chunk and `MAX_STEP`.
 * @internal
 */
export function nextChunk(cost: number, added: number, short: boolean): number {
  const perEntry = Math.max(cost, 1) / added;
  const target = short ? SHORT_TARGET_MS : TARGET_MS;
  return Math.round(Math.min(Math.max(target / perEntry, MIN_STEP), MAX_STEP, added * 4));
}

/**
 * Renders a long list in chunks right after it first appears: the first `first` entries at once, then chunks sized
 * from the time the previous one took, so that no task runs much longer than `TARGET_MS` (`SHORT_TARGET_MS` on a slow
 * device or far from the viewport), until everything is in the document. The page paints and stays responsive while a
 * 5,000-activity programme builds up; nothing is ever left out once done (no virtualisation). While the host is far
 * from the viewport, later chunks wait for idle time, so a programme at the bottom of a long page does not compete
 * with the page's own start; coming near the viewport resumes them at once. Later changes to a list already shown
 * render in one go, so keyed DOM reuse is not undone.
 *
 * On a slow device even a short list is split. When the task that would render it has already run long (`slowTask`:
 * the feed read, the agenda drawn around it), the host builds the list in the next task (`deferStart`), and from then
 * on its lists start with a chunk of `SLOW_FIRST`. On a phone the agenda's own render and 80 cards in one task would
 * block taps for 300 ms.
 *
 * Chunks are released in tasks of their own (a message, not a timer: a fake clock in tests or a background tab does
 * not hold them back), and `complete` waits for the last one.
 * @internal
 */
export class ChunkController implements ReactiveController {
  /** How many entries the host may render now. */
  budget = Infinity;
  private total = 0;
  private connected = false;
  /** Cancels whatever is planned next (the cost probe or the next chunk). */
  private cancel?: () => void;
  /** When the latest chunk was released, and how many entries it added. */
  private last?: { readonly at: number; readonly added: number };
  private readonly viewport = new NearViewport();
  private readonly host: ReactiveControllerHost;
  private readonly first: number;
  /** The current first render is on a slow device: its chunks start at `SLOW_FIRST`. */
  private slow = false;
  /** The device proved slow for this host (`deferStart`): every first render of its lists is `slow`. */
  private paced = false;
  /** Set while a list waits for the next task to be built (`deferStart`). */
  private starting = false;
  /** Who waits for the last chunk (`settled`). */
  private waiting: (() => void)[] = [];

  constructor(host: ReactiveControllerHost, first = 40) {
    this.host = host;
    this.first = first;
    host.addController(this);
  }

  /** Whether some entries are still waiting for their chunk. */
  get pending(): boolean {
    return this.starting || this.budget < this.total;
  }

  /**
   * Asked before the host builds a list nothing was shown of. In a task that has run long already (`slowTask`) it
   * answers true: the host builds nothing now, and is asked to update again in the next task, where its list starts
   * with `SLOW_FIRST` entries. Otherwise false: build it now.
   */
  deferStart(): boolean {
    if (this.starting) return true;
    if (!slowTask()) return false;
    this.paced = true;
    this.starting = true;
    void nextTask().then(() => {
      this.starting = false;
      this.host.requestUpdate();
    });
    return true;
  }

  /**
   * The list changed to `total` entries; start chunking again when nothing was shown before. A list up to twice the
   * first chunk renders at once (a second chunk would only cost it a frame), unless the device is slow (this host's
   * lists were deferred before, or this task has run long already: then nothing now, the first chunk next).
   */
  reset(total: number, wasEmpty: boolean): void {
    this.total = total;
    if (wasEmpty) {
      const late = slowTask();
      this.slow = total > 0 && (this.paced || late);
      this.budget = !this.slow ? (total > this.first * 2 ? this.first : Infinity) : late ? 0 : SLOW_FIRST;
      this.last = undefined;
    }
  }

  hostConnected(): void {
    this.connected = true;
    if (this.host instanceof Element) this.viewport.observe(this.host);
    if (this.pending) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    this.viewport.disconnect();
    this.release();
  }

  hostUpdated(): void {
    if (this.starting) return; // a deferred list asks for its update itself
    if (!this.pending) {
      this.budget = Infinity;
      this.release();
      return;
    }
    if (this.cancel !== undefined || !this.connected) return;
    // The next task runs once the chunk's task is over (the cards update in microtasks after the host), and after a
    // frame the browser rendered meanwhile, if any: its time is the chunk's cost.
    let cancelled = false;
    void nextTask().then(() => cancelled || this.plan(this.last && performance.now() - this.last.at));
    this.cancel = () => (cancelled = true);
  }

  /** Lets whoever waits in `settled` go on. */
  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }

  /** Releases the next chunk: now when near the viewport, else when the browser is idle or the host comes near. */
  private plan(cost: number | undefined): void {
    const state = { released: false };
    const cancel = this.viewport.schedule(() => {
      state.released = true;
      this.cancel = undefined;
      const added = this.step(cost);
      this.last = { at: performance.now(), added };
      this.budget += added;
      this.host.requestUpdate();
    }, IDLE_TIMEOUT_MS);
    if (!state.released) this.cancel = cancel;
  }

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }

  /** Entries for the next chunk (see `nextChunk`). */
  private step(cost: number | undefined): number {
    const last = this.last;
    if (!last || cost === undefined) return this.slow ? SLOW_FIRST : this.first;
    return nextChunk(cost, last.added, this.slow || !this.viewport.near);
  }

  /** Resolves once every entry may be rendered (or the host left the document). */
  settled(): Promise<void> {
    if (!this.pending || !this.connected) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * The host's `getUpdateComplete`: its update (`update`, the host's own), then every chunk of a first, long render.
   * @example protected override getUpdateComplete() { return this.chunks.complete(() => super.getUpdateComplete()); }
   */
  async complete(update: () => Promise<boolean>): Promise<boolean> {
    let result = await update();
    while (this.pending && this.connected) {
      await this.settled();
      result = await update();
    }
    return result;
  }
}
