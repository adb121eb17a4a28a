import { favouritesKey, readFavourites, writeFavourites } from '../core/agenda/favourites-store.js';
import type { Fingerprint } from '../core/agenda/changes.js';
import type { PersonalCode } from './chunks.js';
import { GuardedStorage } from './storage.js';

/**
 * The visitor's own data, per mission, in localStorage: starred activities and the fingerprint of the programme
 * as last acknowledged. Storage may be missing, full or forbidden (private modes, sandboxed iframes, quotas): every
 * access goes through the guarded storage (`io/storage.ts`), and failure only means nothing is remembered.
 * The fingerprint's format comes with the code that compares programmes (`code`, loaded on demand).
 */
export class PersonalStore {
  private readonly store: GuardedStorage;

  constructor(storage?: () => Storage | undefined) {
    this.store = new GuardedStorage(storage);
  }

  favourites(missionId: string): Set<string> {
    return readFavourites(this.store.get(favouritesKey(missionId)) ?? null);
  }

  saveFavourites(missionId: string, ids: Iterable<string>): void {
    this.store.set(favouritesKey(missionId), writeFavourites(ids));
  }

  fingerprint(missionId: string, code: PersonalCode): Fingerprint | undefined {
    return code.readFingerprint(this.store.get(code.changesKey(missionId)) ?? null);
  }

  saveFingerprint(missionId: string, fingerprint: Fingerprint, code: PersonalCode): void {
    this.store.set(code.changesKey(missionId), JSON.stringify(fingerprint));
  }
}
