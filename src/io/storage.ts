/**
 * The library's only door to `localStorage`. The page around the agenda owns that storage and its quota (about
 * five million characters per origin): the library's entries are conveniences (an offline copy, starred
 * activities, what the visitor last saw), so they must never fail the page nor crowd out the page's own data.
 *
 * - Never throws: storage may be missing, forbidden (sandboxed frames, some private modes), full or corrupt.
 * - Size caps: one value at most `MAX_VALUE` characters, and all the library's keys (`mission-agenda:…`) together
 *   at most `BUDGET`; a write that would pass either is refused (the caller may evict something and try again).
 * - Headroom: a large write is kept only if `HEADROOM` more characters still fit after it; otherwise it is taken
 *   back, so the host page's own `setItem` keeps working.
 */

/** Every key the library writes starts with this. */
export const STORAGE_PREFIX = 'mission-agenda:';
/** The most characters (key and value) one entry may take. */
export const MAX_VALUE = 1_500_000;
/** The most characters all the library's entries may take together. */
export const BUDGET = 2_000_000;
/** Characters that must still fit in the origin's storage after a large write. */
export const HEADROOM = 1_000_000;
/** Writes at least this long are checked for headroom (smaller ones cannot crowd the page out). */
const LARGE = 16_384;
const PROBE_KEY = `${STORAGE_PREFIX}probe`;

/** `localStorage`, or undefined where reading it throws (sandboxed frames, storage disabled). */
function defaultStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

export class GuardedStorage {
  constructor(private readonly storage: () => Storage | undefined = defaultStorage) {}

  /** The value of `key`, or undefined when there is none or storage cannot be read. */
  get(key: string): string | undefined {
    try {
      return this.storage()?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores `value` under `key` (a `mission-agenda:` key). True when it was stored; false when it is too large, would
   * pass the library's budget, would leave the page without headroom, or storage refused it. On false, an older
   * value of `key` is left as it was where possible.
   */
  set(key: string, value: string): boolean {
    const size = key.length + value.length;
    if (!key.startsWith(STORAGE_PREFIX) || size > MAX_VALUE) return false;
    try {
      const storage = this.storage();
      if (!storage) return false;
      const previous = storage.getItem(key);
      const others = this.usage() - (previous === null ? 0 : key.length + previous.length);
      if (others + size > BUDGET) return false;
      storage.setItem(key, value);
      if (size >= LARGE && !this.fits(storage, HEADROOM)) {
        this.restore(storage, key, previous);
        return false;
      }
      return true;
    } catch {
      return false;
    }
  }

  remove(key: string): void {
    try {
      this.storage()?.removeItem(key);
    } catch {
      // forbidden storage holds nothing of ours
    }
  }

  /** The library's keys that start with `prefix`. */
  keys(prefix: string = STORAGE_PREFIX): string[] {
    const out: string[] = [];
    try {
      const storage = this.storage();
      if (!storage) return out;
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key !== null && key.startsWith(prefix)) out.push(key);
      }
    } catch {
      // unreadable storage: nothing to list
    }
    return out;
  }

  /** Characters (keys and values) the library's entries take now. */
  usage(): number {
    let total = 0;
    for (const key of this.keys()) total += key.length + (this.get(key)?.length ?? 0);
    return total;
  }

  /** True when `chars` more characters can still be stored (tried with a probe that is removed at once). */
  private fits(storage: Storage, chars: number): boolean {
    try {
      storage.setItem(PROBE_KEY, 'x'.repeat(chars - PROBE_KEY.length));
      return true;
    } catch {
      return false;
    } finally {
      try {
        storage.removeItem(PROBE_KEY);
      } catch {
        // nothing was written
      }
    }
  }

  private restore(storage: Storage, key: string, previous: string | null): void {
    try {
      if (previous === null) storage.removeItem(key);
      else storage.setItem(key, previous);
    } catch {
      try {
        storage.removeItem(key);
      } catch {
        // nothing more can be done
      }
    }
  }
}
