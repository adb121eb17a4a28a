import { favouritesKey, readFavourites, writeFavourites } from '../core/agenda/favourites.js';
import { changesKey, readFingerprint, type Fingerprint } from '../core/agenda/changes.js';

/**
 * The visitor's own data, per mission, in localStorage: starred activities and the fingerprint of the programme
 * as last acknowledged. Storage may be missing, full or forbidden (private modes, sandboxed iframes, quotas):
 * every access is guarded and failure only means nothing is remembered.
 */
export class PersonalStore {
  constructor(private readonly storage: () => Storage | undefined = defaultStorage) {}

  favourites(missionId: string): Set<string> {
    return readFavourites(this.read(favouritesKey(missionId)));
  }

  saveFavourites(missionId: string, ids: Iterable<string>): void {
    this.write(favouritesKey(missionId), writeFavourites(ids));
  }

  fingerprint(missionId: string): Fingerprint | undefined {
    return readFingerprint(this.read(changesKey(missionId)));
  }

  saveFingerprint(missionId: string, fingerprint: Fingerprint): void {
    this.write(changesKey(missionId), JSON.stringify(fingerprint));
  }

  private read(key: string): string | null {
    try {
      return this.storage()?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage()?.setItem(key, value);
    } catch {
      // full or forbidden: the visitor's choice lasts for this page view only
    }
  }
}

function defaultStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
