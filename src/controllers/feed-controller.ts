import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../core/feed/types.js';
import {
  fetchFeed,
  readFeed,
  readFeedText,
  type FeedFormat,
  type ReadOptions,
  readOfflineCopy,
  saveOfflineCopy,
  type FeedFailure,
  type FeedOutcome,
  type LoadedFeed,
} from '../io/feed-loader.js';
import { nextTask, taskStart } from '../io/next-task.js';

export type FeedSource =
  | { readonly kind: 'none' }
  | { readonly kind: 'value'; readonly value: unknown }
  /** Feed text, e.g. the content of a child `<script type="application/json">`. */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'url'; readonly url: string };

export type FeedStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface FeedControllerOptions {
  /** What the source holds; default `auto` (detected from the content). */
  format?(): FeedFormat;
  /** The zone of a conference schedule whose times carry neither an offset nor a zone; default '' (none). */
  eventZone?(): string;
  /** Milliseconds before a request is abandoned; at most a day (longer is clamped, with a console warning). */
  timeout(): number;
  /**
   * Seconds between re-fetches of a URL source; 0 = never. Also paces retries after a failed first load. Clamped to
   * 15 seconds … 1 day, with a console warning.
   */
  refresh(): number;
  /** Keep the last good feed of a URL in `localStorage` and show it when the first load fails. */
  offlineCopy?(): boolean;
  /** A programme was loaded, or a refresh brought a different one. */
  loaded(feed: LoadedFeed): void;
  /** The source cannot be used; `stale` when the last good programme (or the offline copy) stays on screen. */
  failed(failure: FeedFailure, errors: readonly Issue[], stale: boolean): void;
}

/** Longest pause between re-fetches after repeated failures. */
const MAX_BACKOFF_MS = 15 * 60_000;
/** The shortest refresh interval, in seconds: every open page re-fetches the feed this often at most. */
export const MIN_REFRESH_S = 15;
/** The longest refresh interval and timeout, in seconds (browsers' timers overflow at about 24.8 days). */
export const MAX_INTERVAL_S = 86_400;
/** The timeout used when the option gives no usable number. */
const DEFAULT_TIMEOUT_MS = 15_000;

/** Failures that say nothing about the feed itself: the offline copy may stand in. */
const TRANSPORT_FAILURES: ReadonlySet<FeedFailure['kind']> = new Set(['network', 'timeout', 'http']);

/**
 * Loads the agenda's feed from a URL or a value, keeps the last good programme, and re-fetches a URL every
 * `refresh` seconds: conditionally (ETag / Last-Modified), backing off after failures (a failed first load is
 * retried the same way), paused while the page is hidden (a fetch that fell due meanwhile runs on return), stopped
 * when the element leaves the page. A newer source always wins over an older request in flight. With the offline
 * copy enabled, the last good feed text of a URL is kept in `localStorage` and shown, marked, when loading fails.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  /** The last good programme (kept on screen when a refresh fails). */
  feed?: LoadedFeed;
  /** Why the latest attempt failed, while it is the latest news. */
  failure?: { readonly failure: FeedFailure; readonly errors: readonly Issue[] };
  /** When the programme on screen was loaded (epoch ms). */
  loadedAt?: number;
  /** True while a refresh failed and the programme on screen is older than intended. */
  stale = false;
  /** True while the programme on screen is the offline copy (then `loadedAt` is when it was saved). */
  offline = false;

  private source: FeedSource = { kind: 'none' };
  private request?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  /** When the next planned fetch falls due (epoch ms), kept while the page is hidden. */
  private due?: number;
  private failures = 0;
  private validators: { etag?: string; lastModified?: string } = {};
  private lastBody?: string;
  private connected = false;
  /** A feed given as a value or text is read in a task of its own; set until it was. */
  reading?: Promise<void>;
  /** Counts `setSource` calls, so a late read of an older source is dropped. */
  private generation = 0;
  /** Set between a disconnect and the task after it: a reconnect meanwhile is a move in the DOM, not a new start. */
  private parked?: ReturnType<typeof setTimeout>;
  /** Watches the host's children for an inline feed while there is no source. */
  private observer?: MutationObserver;
  /** Waits for the document to be parsed when an inline feed script may still be growing. */
  private parsedListener?: () => void;
  /** The values already warned about, so a clamped attribute warns once. */
  private readonly warned = new Set<string>();

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (this.source.kind === 'none') this.watchChildren();
    if (this.parked !== undefined) {
      // moved in the DOM (disconnected and connected in one task): the request in flight or the planned fetch goes on
      clearTimeout(this.parked);
      this.parked = undefined;
      if (this.request) return;
      if (this.due !== undefined) {
        this.arm();
        return;
      }
    }
    if (this.source.kind === 'url' && this.status !== 'loading') this.schedule(this.status === 'idle' ? 0 : undefined);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.unwatchChildren();
    clearTimeout(this.timer);
    this.timer = undefined;
    // Stop for good only if the host is still out of the page in the next task: a move must not refetch.
    clearTimeout(this.parked);
    this.parked = setTimeout(() => this.park());
  }

  /** The host left the page: abandon the request in flight and forget the planned fetch. */
  private park(): void {
    this.parked = undefined;
    if (this.connected) return;
    this.request?.abort();
    this.request = undefined;
    this.cancelTimer();
    if (this.status === 'loading' && this.source.kind === 'url') this.status = this.feed ? 'loaded' : 'idle';
  }

  /** True while a request is on its way (read through a method: it may change across an `await`). */
  private requesting(): boolean {
    return this.request !== undefined;
  }

  /** Resolves once a feed given as a value or text has been read (at once when none is waiting). */
  async read(): Promise<void> {
    while (this.reading) await this.reading;
  }

  /** Switches to a new source; any request for the old one is abandoned and its answer ignored. */
  setSource(source: FeedSource): void {
    this.source = source;
    this.unwatchChildren();
    this.reading = undefined;
    this.generation++;
    this.request?.abort();
    this.request = undefined;
    this.cancelTimer();
    this.validators = {};
    this.lastBody = undefined;
    this.failures = 0;
    this.stale = false;
    this.offline = false;
    if (source.kind === 'none') {
      this.status = 'idle';
      this.feed = undefined;
      this.failure = undefined;
      if (this.connected) this.watchChildren();
    } else if (source.kind === 'value' || source.kind === 'text') {
      // Validating thousands of activities and rendering them would make one long task: the programme on screen
      // (if any) stays until the new one is read, in the next task.
      if (!this.feed) this.status = 'loading';
      const reading = (this.reading = this.readLater(source, this.readOptions()));
      void reading.then(() => {
        if (this.reading === reading) this.reading = undefined;
      });
    } else {
      this.feed = undefined;
      this.failure = undefined;
      if (this.connected) void this.fetchNow('load');
      else this.status = 'idle';
    }
    this.host.requestUpdate();
  }

  /** Reads a value or text source in the next task, and applies it unless another source took over meanwhile. */
  private async readLater(source: FeedSource & { kind: 'value' | 'text' }, options: ReadOptions): Promise<void> {
    const generation = this.generation;
    await new Promise((resolve) => setTimeout(resolve));
    if (this.generation !== generation) return;
    const outcome: FeedOutcome = await (
      source.kind === 'value' ? readFeed(source.value, options) : readFeedText(source.text, options)
    ).catch(() => {
      // the readers never throw; should one ever, the page gets an error panel, not an unhandled rejection
      const reason = 'The feed could not be read.';
      return { ok: false, failure: { kind: 'unusable', reason }, errors: [{ path: '$', message: reason }] };
    });
    await new Promise((resolve) => setTimeout(resolve)); // and render in the task after the one that validated
    if (this.generation !== generation) return;
    this.apply(outcome, false);
  }

  /** Re-fetches a URL source now (the "Try again" button). */
  retry(): void {
    if (this.source.kind === 'url') void this.fetchNow(this.feed !== undefined ? 'refresh' : 'load');
    else if (this.source.kind === 'value') this.setSource(this.source);
  }

  /** Re-reads the refresh interval (the attribute changed). */
  refreshChanged(): void {
    if (this.source.kind === 'url' && this.status !== 'loading') this.schedule();
  }

  /**
   * `load`: show the loading state; `refresh`: keep the programme on screen; `retry`: keep the error panel on
   * screen while a failed first load is tried again.
   */
  private async fetchNow(mode: 'load' | 'refresh' | 'retry'): Promise<void> {
    if (this.source.kind !== 'url') return;
    const refreshing = mode === 'refresh';
    const url = this.source.url;
    this.cancelTimer();
    this.request?.abort();
    const request = (this.request = new AbortController());
    if (mode === 'load') this.status = 'loading';
    this.host.requestUpdate();
    let outcome: FeedOutcome;
    try {
      outcome = await fetchFeed(url, {
        signal: request.signal,
        timeout: this.timeoutMs(),
        ...this.readOptions(),
        ...(refreshing ? this.validators : {}),
      });
    } catch {
      return; // aborted: a newer source or a disconnect took over
    }
    // fetched and validated in this task; rendered in the next, so the page can paint and answer a tap in between
    await nextTask();
    if (request !== this.request) return;
    this.request = undefined;
    if (!outcome.ok && !refreshing && TRANSPORT_FAILURES.has(outcome.failure.kind) && this.options.offlineCopy?.()) {
      const source = this.source;
      const copy = await readOfflineCopy(url, this.readOptions());
      if (this.source !== source || this.requesting()) return; // a newer source or request took over meanwhile
      if (copy) {
        this.showOfflineCopy(copy.feed, copy.savedAt, outcome);
        this.schedule();
        return;
      }
    }
    if (outcome.ok && 'text' in outcome && outcome.text !== undefined && this.options.offlineCopy?.()) {
      const text = outcome.text;
      const mission = outcome.result.programme.mission.id;
      this.apply(outcome, refreshing, () => saveOfflineCopy(url, text, Date.now(), mission));
    } else {
      this.apply(outcome, refreshing);
    }
    this.schedule();
  }

  /** Puts the offline copy on screen, marked stale, and still reports the failure. */
  private showOfflineCopy(feed: LoadedFeed, savedAt: number, outcome: FeedOutcome & { ok: false }): void {
    this.feed = feed;
    this.lastBody = undefined; // the next successful fetch always replaces the offline copy
    this.status = 'loaded';
    this.stale = true;
    this.offline = true;
    this.loadedAt = savedAt;
    this.failures++;
    this.failure = { failure: outcome.failure, errors: outcome.errors };
    this.options.failed(outcome.failure, outcome.errors, true);
    this.host.requestUpdate();
  }

  /** Takes in an outcome; `changed` runs when a fetched programme differs from the one on screen. */
  private apply(outcome: FeedOutcome, refreshing: boolean, changed?: () => void): void {
    taskStart(); // the programme's render follows in this task (see ChunkController)
    if (outcome.ok && 'notModified' in outcome) {
      this.status = 'loaded';
      this.failures = 0;
      this.stale = false;
      this.loadedAt = Date.now();
    } else if (outcome.ok) {
      // Only a URL source is fetched again and compared; its text as fetched is the fingerprint (serialising a
      // programme of thousands of activities would cost more than the comparison saves).
      const body =
        this.source.kind !== 'url'
          ? undefined
          : 'text' in outcome && outcome.text !== undefined
            ? outcome.text
            : JSON.stringify(outcome.result.programme);
      const different = body === undefined || body !== this.lastBody || this.offline;
      this.lastBody = body;
      this.validators = { etag: outcome.etag, lastModified: outcome.lastModified };
      this.status = 'loaded';
      this.failure = undefined;
      this.failures = 0;
      this.stale = false;
      this.offline = false;
      this.loadedAt = Date.now();
      if (different) changed?.();
      if (different || !refreshing) {
        this.feed = outcome.result;
        this.options.loaded(outcome.result);
      }
    } else {
      this.failures++;
      this.failure = { failure: outcome.failure, errors: outcome.errors };
      this.stale = refreshing && this.feed !== undefined;
      if (!this.stale) {
        this.status = 'error';
        this.feed = undefined;
      }
      this.options.failed(outcome.failure, outcome.errors, this.stale);
    }
    this.host.requestUpdate();
  }

  /**
   * Plans the next fetch: in `delay` ms, or after the refresh interval doubled for each failure in a row (at most
   * 15 minutes, or the interval itself if longer). A failed first load is retried the same way when `refresh` is set.
   */
  private schedule(delay?: number): void {
    this.cancelTimer();
    if (!this.connected || this.source.kind !== 'url') return;
    if (delay === undefined) {
      const every = this.refreshSeconds() * 1000;
      if (!(every > 0)) return;
      delay = Math.min(every * 2 ** Math.min(this.failures, 10), Math.max(every, MAX_BACKOFF_MS));
    }
    this.due = Date.now() + delay;
    this.arm();
  }

  /** Starts the timer for the planned fetch, unless the page is hidden (then `handleVisibility` starts it). */
  private arm(): void {
    if (this.due === undefined) return;
    const delay = Math.max(0, this.due - Date.now());
    if (document.visibilityState === 'hidden' && delay > 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.due = undefined;
      void this.fetchNow(this.feed ? 'refresh' : this.status === 'error' ? 'retry' : 'load');
    }, delay);
  }

  /** The refresh interval in seconds (0 = never), clamped to `MIN_REFRESH_S` … `MAX_INTERVAL_S`. */
  private refreshSeconds(): number {
    const asked = this.options.refresh();
    if (!(asked > 0)) return 0;
    const every = Math.min(Math.max(asked, MIN_REFRESH_S), MAX_INTERVAL_S);
    if (every !== asked) {
      this.warnOnce(
        `refresh=${asked}`,
        `refresh="${asked}" is outside ${MIN_REFRESH_S} s … 1 day; ${every} s is used.`,
      );
    }
    return every;
  }

  /** The request timeout in ms, at most a day. */
  private timeoutMs(): number {
    const asked = this.options.timeout();
    if (!(asked > 0)) return DEFAULT_TIMEOUT_MS;
    if (asked <= MAX_INTERVAL_S * 1000) return asked;
    this.warnOnce(`timeout=${asked}`, `timeout="${asked / 1000}" is longer than a day; 1 day (86400 s) is used.`);
    return MAX_INTERVAL_S * 1000;
  }

  private warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<mission-agenda>: ${message}`);
  }

  private readOptions(): ReadOptions {
    return { format: this.options.format?.() ?? 'auto', eventZone: this.options.eventZone?.() ?? '' };
  }

  /**
   * While there is no source, watches the host for a child `<script type="application/json">`: a page whose
   * elements were defined before the parser reached the agenda's children (an `async` module script in `<head>`)
   * adds the script after the agenda first looked. The script is read once the parser is past it (a sibling
   * follows, or the document is parsed), so a feed arriving in several chunks is read whole.
   */
  private watchChildren(): void {
    const host = this.host as unknown as Element;
    if (this.observer || typeof MutationObserver !== 'function' || !(host instanceof Element)) return;
    const check = () => {
      const script = host.querySelector(':scope > script[type="application/json"]');
      if (!script?.textContent.trim()) return; // no script yet, or its text is still to come
      if (script.nextSibling === null && document.readyState === 'loading' && host.isConnected) {
        if (!this.parsedListener) {
          this.parsedListener = check;
          document.addEventListener('DOMContentLoaded', check, { once: true });
        }
        return;
      }
      this.unwatchChildren();
      if (this.source.kind === 'none') this.setSource({ kind: 'text', text: script.textContent });
    };
    this.observer = new MutationObserver(check);
    this.observer.observe(host, { childList: true, subtree: true, characterData: true });
    check();
  }

  private unwatchChildren(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    if (this.parsedListener) document.removeEventListener('DOMContentLoaded', this.parsedListener);
    this.parsedListener = undefined;
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.due = undefined;
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.source.kind === 'url' && !this.request && !this.timer) {
      this.arm();
    }
  };
}
