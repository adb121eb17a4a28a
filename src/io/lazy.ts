import { nextTask } from './next-task.js';

/**
 * Code the embed bundle keeps out of its entry, in a chunk of its own next to it: loaded the first time a feature
 * needs it, or ahead of that in idle time (`prefetch`). `module` is there once loaded. `load()` resolves to it, or
 * to undefined when the chunk could not be fetched: that is said once on the console, `failed` is set so the
 * feature can say it is unavailable, and the next `load()` tries again. With the npm build the chunk is an ordinary
 * module and loads at once.
 * @internal
 */
export class LazyCode<M> {
  module?: M;
  /** The last attempt failed, and no other is under way. */
  failed = false;
  private loading?: Promise<M | undefined>;

  constructor(
    private readonly importer: () => Promise<M>,
    /** What the chunk does, for the console ("the search"). */
    private readonly what: string,
  ) {}

  load(): Promise<M | undefined> {
    if (this.module) return Promise.resolve(this.module);
    if (this.loading) return this.loading;
    this.failed = false;
    return (this.loading = this.importer().then(
      (module) => {
        this.loading = undefined;
        return (this.module = module);
      },
      (error: unknown) => {
        this.failed = true;
        this.loading = undefined;
        console.warn(`mission-agenda: ${this.what} could not be loaded.`, error);
        return undefined;
      },
    ));
  }
}

/**
 * Resolves when `promise` settles or after `ms`, whichever comes first: a feature may hold the programme back until
 * its code is there, but a stalled request not for long (what it was for is done when the code comes after all).
 * @internal
 */
export function atMost(promise: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    promise.then(done, done);
  });
}

const queued = new Set<() => Promise<unknown>>();
/** Loads already queued once: a chunk is fetched ahead at most once per page. */
const asked = new WeakSet<() => Promise<unknown>>();
let scheduled = false;

/** Whether the visitor asked to save data (Chromium's `navigator.connection.saveData`). */
function savingData(): boolean {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  return connection?.saveData === true;
}

/**
 * Loads code the visitor is likely to use soon — opening a card's details, searching, sharing — once the page is
 * idle, so that it is normally there before their first tap; what is not there yet at that tap loads at once. The
 * chunks are requested together (on a phone each request is a round trip of its own). Nothing is fetched ahead when
 * the visitor saves data. Failures are left to the feature that needs the chunk (it tries again on use).
 * @internal
 */
export function prefetch(loads: readonly (() => Promise<unknown>)[]): void {
  if (savingData()) return;
  for (const load of loads) {
    if (asked.has(load)) continue;
    asked.add(load);
    queued.add(load);
  }
  if (scheduled || !queued.size) return;
  scheduled = true;
  void idle().then(() => {
    scheduled = false;
    const now = [...queued];
    queued.clear();
    for (const load of now) void load().catch(() => undefined);
  });
}

/** Resolves when the browser is idle (within two seconds), or in the next task where it cannot tell. */
function idle(): Promise<void> {
  if (typeof requestIdleCallback !== 'function') return nextTask();
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 }));
}
