import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ClockOptions {
  /** Milliseconds between ticks; ticks fall on multiples of it (30 s → :00 and :30 of every minute). Default 30 000. */
  readonly interval?: number;
  /** Whether the clock should run at all (e.g. not when the host was given a fixed `now`). Default: always. */
  readonly enabled?: () => boolean;
  /** The time source; defaults to `Date.now`. */
  readonly source?: () => number;
}

/**
 * A clock for the "now" marker: `now` (epoch ms) is refreshed on every tick and the host re-renders.
 * Ticks are aligned to the wall clock (with the default 30 s: at :00 and :30 of each minute, so a minute shown on
 * screen never lags by more than the interval). It ticks only while the host is connected and the page is visible,
 * catches up at once when the page becomes visible again, and stops on disconnect. Call `sync()` when `enabled()`
 * may have changed.
 */
export class ClockController implements ReactiveController {
  /** The current time as of the last tick (epoch ms). */
  now: number;
  private readonly host: ReactiveControllerHost;
  private readonly interval: number;
  private readonly enabled: () => boolean;
  private readonly source: () => number;
  private timer?: ReturnType<typeof setTimeout>;
  private connected = false;

  constructor(host: ReactiveControllerHost, options: ClockOptions = {}) {
    this.host = host;
    this.interval = options.interval ?? 30_000;
    this.enabled = options.enabled ?? (() => true);
    this.source = options.source ?? (() => Date.now());
    this.now = this.source();
    host.addController(this);
  }

  /** Whether a tick is currently scheduled. */
  get running(): boolean {
    return this.timer !== undefined;
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.sync();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.stop();
  }

  /** Start or stop ticking according to connection, page visibility and `enabled()`. */
  sync(): void {
    const shouldRun = this.connected && document.visibilityState !== 'hidden' && this.enabled();
    if (shouldRun && !this.running) {
      this.now = this.source();
      this.schedule();
    } else if (!shouldRun) {
      this.stop();
    }
  }

  private schedule(): void {
    const wait = this.interval - (this.source() % this.interval) || this.interval;
    this.timer = setTimeout(this.tick, wait);
  }

  private stop(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    this.timer = undefined;
    this.now = this.source();
    this.host.requestUpdate();
    this.sync();
  };

  private readonly handleVisibility = (): void => {
    const wasStopped = this.timer === undefined;
    this.sync();
    // back from a hidden tab: the time moved on while the clock was stopped
    if (wasStopped && this.timer !== undefined) this.host.requestUpdate();
  };
}
