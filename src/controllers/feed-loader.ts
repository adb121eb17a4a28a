import type { Issue, ParseResult, Programme } from '../core/feed/types.js';
import { parseFeed } from '../core/feed/validate.js';

/** Why a feed could not be used as a whole; the agenda turns it into a sentence in the visitor's language. */
export type FeedFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'unusable'; readonly reason: string };

/** A validation result that has a programme. */
export type LoadedFeed = ParseResult & { readonly programme: Programme };

export type FeedOutcome =
  | { readonly ok: true; readonly result: LoadedFeed; readonly etag?: string; readonly lastModified?: string }
  | { readonly ok: true; readonly notModified: true }
  | { readonly ok: false; readonly failure: FeedFailure; readonly errors: readonly Issue[] };

export interface FetchOptions {
  readonly signal: AbortSignal;
  /** Milliseconds before the request is abandoned. */
  readonly timeout: number;
  /** Validators of the last good response, for a conditional re-fetch. */
  readonly etag?: string;
  readonly lastModified?: string;
}

/** Validates a feed given as a value (property, inline script, fetched body). */
export function readFeed(value: unknown): FeedOutcome {
  const result = parseFeed(value);
  if (!result.programme) {
    const reason = result.errors[0]?.message ?? 'unknown problem';
    return { ok: false, failure: { kind: 'unusable', reason }, errors: result.errors };
  }
  return { ok: true, result: { ...result, programme: result.programme } };
}

/** Parses feed text: JSON (a leading byte-order mark is tolerated). */
export function readFeedText(text: string): FeedOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return {
      ok: false,
      failure: { kind: 'not-json' },
      errors: [{ path: '$', message: 'The response is not valid JSON.' }],
    };
  }
  return readFeed(value);
}

/**
 * Fetches and validates a feed. Never throws: every failure (network, CORS, timeout, HTTP status, bad body) is an
 * outcome. An abort through `signal` (the element moved on to another `src`) rejects with an AbortError instead,
 * so the caller can ignore it.
 */
export async function fetchFeed(url: string, options: FetchOptions): Promise<FeedOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeout);
  const signal = AbortSignal.any([options.signal, timeout.signal]);
  const headers: Record<string, string> = { Accept: 'application/json, application/xml;q=0.9, */*;q=0.1' };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    const response = await fetch(url, { signal, headers, credentials: 'omit', redirect: 'follow' });
    if (response.status === 304) return { ok: true, notModified: true };
    if (!response.ok) {
      return {
        ok: false,
        failure: { kind: 'http', status: response.status },
        errors: [{ path: '$', message: `HTTP status ${response.status} for ${url}.` }],
      };
    }
    const outcome = readFeedText(await response.text());
    if (!outcome.ok || 'notModified' in outcome) return outcome;
    return {
      ...outcome,
      etag: response.headers.get('ETag') ?? undefined,
      lastModified: response.headers.get('Last-Modified') ?? undefined,
    };
  } catch (error) {
    if (options.signal.aborted) throw error;
    const kind = timeout.signal.aborted ? 'timeout' : 'network';
    const message =
      kind === 'timeout'
        ? `No answer from ${url} within ${options.timeout} ms.`
        : `The request to ${url} failed (network error, CORS or DNS).`;
    return { ok: false, failure: { kind }, errors: [{ path: '$', message }] };
  } finally {
    clearTimeout(timer);
  }
}
