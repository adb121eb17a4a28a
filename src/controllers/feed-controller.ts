import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Issue } from '../core/feed/types.js';
import {
  fetchFeed,
  readFeed,
  readFeedText,
  type FeedFailure,
  type FeedOutcome,
  type LoadedFeed,
} from './feed-loader.js';

export type FeedSource =
  | { readonly kind: 'none' }
  | { readonly kind: 'value'; readonly value: unknown }
  /** Feed text, e.g. the content of a child `<script type="application/json">`. */
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'url'; readonly url: string };

export type FeedStatus = 'idle' | 'loading' | 'loaded' | 'error';

export interface FeedControllerOptions {
  /** Milliseconds before a request is abandoned. */
  timeout(): number;
  /** Seconds between re-fetches of a URL source; 0 = never. */
  refresh(): number;
  /** A programme was loaded, or a refresh brought a different one. */
  loaded(feed: LoadedFeed): void;
  /** The source cannot be used; `stale` when the last good programme stays on screen. */
  failed(failure: FeedFailure, errors: readonly Issue[], stale: boolean): void;
}

/** Longest pause between re-fetches after repeated failures. */
const MAX_BACKOFF_MS = 15 * 60_000;

/**
 * Loads the agenda's feed from a URL or a value, keeps the last good programme, and re-fetches a URL every
 * `refresh` seconds: conditionally (ETag / Last-Modified), backing off after failures, paused while the page is
 * hidden, stopped when the element leaves the page. A newer source always wins over an older request in flight.
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

  private source: FeedSource = { kind: 'none' };
  private request?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private failures = 0;
  private validators: { etag?: string; lastModified?: string } = {};
  private lastBody?: string;
  private connected = false;

  constructor(
    private readonly host: ReactiveControllerHost & EventTarget,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.handleVisibility);
    if (this.source.kind === 'url' && this.status !== 'loading') this.schedule(this.status === 'idle' ? 0 : undefined);
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.request?.abort();
    this.request = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.status === 'loading') this.status = this.feed ? 'loaded' : 'idle';
  }

  /** Switches to a new source; any request for the old one is abandoned and its answer ignored. */
  setSource(source: FeedSource): void {
    this.source = source;
    this.request?.abort();
    this.request = undefined;
    clearTimeout(this.timer);
    this.validators = {};
    this.lastBody = undefined;
    this.failures = 0;
    this.stale = false;
    if (source.kind === 'none') {
      this.status = 'idle';
      this.feed = undefined;
      this.failure = undefined;
    } else if (source.kind === 'value' || source.kind === 'text') {
      this.apply(source.kind === 'value' ? readFeed(source.value) : readFeedText(source.text), false);
    } else {
      this.feed = undefined;
      this.failure = undefined;
      if (this.connected) void this.fetchNow(false);
      else this.status = 'idle';
    }
    this.host.requestUpdate();
  }

  /** Re-fetches a URL source now (the "Try again" button). */
  retry(): void {
    if (this.source.kind === 'url') void this.fetchNow(this.feed !== undefined);
    else if (this.source.kind === 'value') this.setSource(this.source);
  }

  /** Re-reads the refresh interval (the attribute changed). */
  refreshChanged(): void {
    if (this.source.kind === 'url' && this.status !== 'loading') this.schedule();
  }

  private async fetchNow(refreshing: boolean): Promise<void> {
    if (this.source.kind !== 'url') return;
    clearTimeout(this.timer);
    this.request?.abort();
    const request = (this.request = new AbortController());
    if (!refreshing) this.status = 'loading';
    this.host.requestUpdate();
    let outcome: FeedOutcome;
    try {
      outcome = await fetchFeed(this.source.url, {
        signal: request.signal,
        timeout: this.options.timeout(),
        ...(refreshing ? this.validators : {}),
      });
    } catch {
      return; // aborted: a newer source or a disconnect took over
    }
    if (request !== this.request) return;
    this.request = undefined;
    this.apply(outcome, refreshing);
    this.schedule();
  }

  private apply(outcome: FeedOutcome, refreshing: boolean): void {
    if (outcome.ok && 'notModified' in outcome) {
      this.status = 'loaded';
      this.failures = 0;
      this.stale = false;
      this.loadedAt = Date.now();
    } else if (outcome.ok) {
      const body = JSON.stringify(outcome.result.programme);
      const changed = body !== this.lastBody;
      this.lastBody = body;
      this.validators = { etag: outcome.etag, lastModified: outcome.lastModified };
      this.status = 'loaded';
      this.failure = undefined;
      this.failures = 0;
      this.stale = false;
      this.loadedAt = Date.now();
      if (changed || !refreshing) {
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

  /** Plans the next fetch: `delay` ms, or the refresh interval with back-off after failures. */
  private schedule(delay?: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.connected || this.source.kind !== 'url') return;
    if (delay === undefined) {
      const every = this.options.refresh() * 1000;
      if (!(every > 0) || (this.status === 'error' && !this.feed)) return;
      delay = Math.min(every * 2 ** Math.min(this.failures, 10), Math.max(every, MAX_BACKOFF_MS));
    }
    if (document.visibilityState === 'hidden' && delay > 0) return; // resumes on visibilitychange
    this.timer = setTimeout(() => void this.fetchNow(this.feed !== undefined), delay);
  }

  private readonly handleVisibility = (): void => {
    if (document.visibilityState === 'hidden') {
      clearTimeout(this.timer);
      this.timer = undefined;
    } else if (this.source.kind === 'url' && !this.request && this.feed) {
      this.schedule();
    }
  };
}
