import { limitProgramme, type Truncation } from '../core/feed/limit.js';
import type { Issue, ParseResult, Programme } from '../core/feed/types.js';
import { parseFeed } from '../core/feed/validate.js';
import type { ProgrammeFormat } from '../core/import/index.js';
import { GuardedStorage, STORAGE_PREFIX } from './storage.js';

export { MAX_ACTIVITIES, type Truncation } from '../core/feed/limit.js';

/** What a source holds: our feed, a c3voc/frab `schedule.json`, a Pentabarf/frab `schedule.xml`, or `auto` (detected). */
export type FeedFormat = 'auto' | ProgrammeFormat;

/** Why a feed could not be used as a whole; the agenda turns it into a sentence in the visitor's language. */
export type FeedFailure =
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'not-json' }
  | { readonly kind: 'unusable'; readonly reason: string };

/**
 * A validation result that has a programme. `truncated` is set when the programme had more activities than the
 * agenda shows (`MAX_ACTIVITIES`): only its first days are in `programme`, and `errors` says so too.
 */
export type LoadedFeed = ParseResult & { readonly programme: Programme; readonly truncated?: Truncation };

/** How a programme is read. */
export interface ReadOptions {
  /** Default `auto`. */
  readonly format?: FeedFormat;
  /** The zone of a conference schedule whose times carry neither an offset nor a zone; '' = none given. */
  readonly eventZone?: string;
}

export type FeedOutcome =
  | {
      readonly ok: true;
      readonly result: LoadedFeed;
      readonly etag?: string;
      readonly lastModified?: string;
      /** The response body, when the feed was fetched (kept for the offline copy). */
      readonly text?: string;
    }
  | { readonly ok: true; readonly notModified: true }
  | { readonly ok: false; readonly failure: FeedFailure; readonly errors: readonly Issue[] };

export interface FetchOptions {
  readonly signal: AbortSignal;
  /** Milliseconds before the request is abandoned. */
  readonly timeout: number;
  /** Validators of the last good response, for a conditional re-fetch. */
  readonly etag?: string;
  readonly lastModified?: string;
  /** Default `auto`. */
  readonly format?: FeedFormat;
  /** See `ReadOptions`. */
  readonly eventZone?: string;
}

/** A parsed JSON value is a c3voc/frab schedule when it has `schedule.conference`. */
function isFrabJson(value: unknown): boolean {
  const schedule = typeof value === 'object' && value !== null ? (value as { schedule?: unknown }).schedule : undefined;
  return typeof schedule === 'object' && schedule !== null && 'conference' in schedule;
}

/**
 * Validates a programme given as a value (property, inline script, fetched body): our feed, or a c3voc/frab
 * `schedule.json` converted into one. Under `auto`, any JSON that is not a frab schedule is read as our feed, so
 * its problems are reported in our feed's terms (`version`, `mission.timeZone`, …). A programme larger than the
 * agenda shows keeps its first days (see `LoadedFeed.truncated`).
 */
export async function readFeed(value: unknown, options: FeedFormat | ReadOptions = {}): Promise<FeedOutcome> {
  const { format = 'auto', eventZone = '' } = typeof options === 'string' ? { format: options } : options;
  const chosen = format !== 'auto' || typeof value === 'string' ? format : isFrabJson(value) ? 'frab-json' : 'mission';
  // The conference importers load only when a conference schedule arrives: most pages never need them.
  let result: ParseResult;
  if (chosen === 'mission') {
    result = parseFeed(value);
  } else {
    let importer: typeof import('../core/import/index.js');
    try {
      importer = await import('../core/import/index.js');
    } catch {
      const reason =
        'The conference schedule reader could not be loaded (is dist/chunks/ published next to the bundle?).';
      return { ok: false, failure: { kind: 'unusable', reason }, errors: [{ path: '$', message: reason }] };
    }
    const importOptions: { format: FeedFormat; eventZone?: string } = { format: chosen };
    if (eventZone) importOptions.eventZone = eventZone;
    result = importer.importProgramme(value, importOptions);
  }
  if (!result.programme) {
    const reason = result.errors[0]?.message ?? 'unknown problem';
    return { ok: false, failure: { kind: 'unusable', reason }, errors: result.errors };
  }
  const { programme, truncated, error } = limitProgramme(result.programme);
  const errors = error ? [error, ...result.errors] : result.errors;
  return { ok: true, result: { ...result, programme, errors, ...(truncated ? { truncated } : {}) } };
}

/** Parses programme text: JSON, or a Pentabarf/frab `schedule.xml` (a leading byte-order mark is tolerated). */
export async function readFeedText(text: string, options: FeedFormat | ReadOptions = {}): Promise<FeedOutcome> {
  const read = typeof options === 'string' ? { format: options } : options;
  const format = read.format ?? 'auto';
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (format === 'frab-xml' || (format === 'auto' && body.trimStart().startsWith('<'))) {
    return readFeed(body, read);
  }
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
  return readFeed(value, read);
}

/**
 * Fetches and validates a feed. Never throws: every failure (network, CORS, timeout, HTTP status, bad body) is an
 * outcome. An abort through `signal` (the element moved on to another `src`) rejects with an AbortError instead,
 * so the caller can ignore it.
 */
export async function fetchFeed(url: string, options: FetchOptions): Promise<FeedOutcome> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeout);
  const signal = anySignal(options.signal, timeout.signal);
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
    const text = await response.text();
    const outcome = await readFeedText(text, { format: options.format, eventZone: options.eventZone });
    if (!outcome.ok || 'notModified' in outcome) return outcome;
    return {
      ...outcome,
      text,
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

/** A signal aborted when either one is; `AbortSignal.any` where the browser has it (Safari < 17.4 does not). */
function anySignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === 'function') return AbortSignal.any([a, b]);
  const both = new AbortController();
  const abort = () => both.abort();
  if (a.aborted || b.aborted) abort();
  a.addEventListener('abort', abort, { once: true });
  b.addEventListener('abort', abort, { once: true });
  return both.signal;
}

/** What the offline copy keeps in `localStorage`, under `OFFLINE_PREFIX` + the feed's URL. */
interface OfflineRecord {
  readonly v: 1;
  /** When the copy was saved (epoch ms). */
  readonly savedAt: number;
  /** The feed text as fetched. */
  readonly text: string;
}

/** One line of the offline copies' index: which mission each stored URL holds, when it was saved. */
interface IndexEntry {
  readonly url: string;
  readonly mission: string;
  readonly savedAt: number;
}

const OFFLINE_PREFIX = `${STORAGE_PREFIX}offline:`;
const INDEX_KEY = `${STORAGE_PREFIX}offline-index`;
/** Offline copies kept at most (of different missions); the oldest goes first. */
export const MAX_OFFLINE_COPIES = 3;

/** The page's `localStorage`, guarded; tests may pass another. */
const pageStorage = new GuardedStorage();

/** The index, with any stored copy it does not list (written by an older version) as the oldest of all. */
function readIndex(store: GuardedStorage): IndexEntry[] {
  let listed: IndexEntry[] = [];
  try {
    const raw: unknown = JSON.parse(store.get(INDEX_KEY) ?? '[]');
    if (Array.isArray(raw)) {
      listed = (raw as unknown[]).filter((e): e is IndexEntry => {
        const entry = (typeof e === 'object' && e !== null ? e : {}) as Partial<Record<keyof IndexEntry, unknown>>;
        return typeof entry.url === 'string' && typeof entry.mission === 'string' && typeof entry.savedAt === 'number';
      });
    }
  } catch {
    // a corrupt index: rebuilt from the keys below
  }
  const known = new Set(listed.map((e) => e.url));
  const unlisted = store
    .keys(OFFLINE_PREFIX)
    .map((key) => key.slice(OFFLINE_PREFIX.length))
    .filter((url) => !known.has(url))
    .map((url) => ({ url, mission: '', savedAt: 0 }));
  return [...unlisted, ...listed.filter((e) => store.get(OFFLINE_PREFIX + e.url) !== undefined)];
}

/**
 * Keeps the feed text fetched from `url` as the offline copy of mission `missionId`: one copy per mission (a copy of
 * the same mission under another URL, e.g. a cache-busting query, is replaced), at most `MAX_OFFLINE_COPIES` in all,
 * the oldest evicted first, and only within the storage caps (see `io/storage.ts`): a feed too large for them is
 * simply not kept. Never throws.
 */
export function saveOfflineCopy(
  url: string,
  text: string,
  savedAt: number,
  missionId = '',
  store: GuardedStorage = pageStorage,
): void {
  const record: OfflineRecord = { v: 1, savedAt, text };
  const value = JSON.stringify(record);
  const index = readIndex(store);
  const keep: IndexEntry[] = [];
  for (const entry of index) {
    if (entry.url === url || (missionId && entry.mission === missionId)) store.remove(OFFLINE_PREFIX + entry.url);
    else keep.push(entry);
  }
  keep.sort((a, b) => b.savedAt - a.savedAt);
  const evictOldest = () => {
    const oldest = keep.pop();
    if (oldest) store.remove(OFFLINE_PREFIX + oldest.url);
  };
  while (keep.length >= MAX_OFFLINE_COPIES) evictOldest();
  let saved = store.set(OFFLINE_PREFIX + url, value);
  // over the budget: make room by evicting the oldest copies
  while (!saved && keep.length) {
    evictOldest();
    saved = store.set(OFFLINE_PREFIX + url, value);
  }
  const entries = saved ? [{ url, mission: missionId, savedAt }, ...keep] : keep;
  if (entries.length) store.set(INDEX_KEY, JSON.stringify(entries));
  else store.remove(INDEX_KEY);
}

/**
 * The offline copy of `url`, validated again as if it had just been fetched; undefined when there is none or it
 * is corrupt or unusable (a stored value is as untrusted as the network). Never throws.
 */
export async function readOfflineCopy(
  url: string,
  options: ReadOptions = {},
): Promise<{ readonly feed: LoadedFeed; readonly savedAt: number } | undefined> {
  try {
    const raw = pageStorage.get(OFFLINE_PREFIX + url);
    if (!raw) return undefined;
    const record = JSON.parse(raw) as Partial<OfflineRecord> | null;
    if (typeof record !== 'object' || record === null || record.v !== 1) return undefined;
    const { savedAt, text } = record;
    if (typeof savedAt !== 'number' || !Number.isFinite(savedAt) || typeof text !== 'string') return undefined;
    const outcome = await readFeedText(text, options);
    return outcome.ok && 'result' in outcome ? { feed: outcome.result, savedAt } : undefined;
  } catch {
    return undefined;
  }
}
