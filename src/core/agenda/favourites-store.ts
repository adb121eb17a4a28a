/**
 * How the visitor's starred activity ids are kept in storage (callers do the reading and writing). The rest of "My
 * programme" — share codes, clashes, merging — is in `favourites.ts`, which re-exports these.
 */

/** Longest id kept; most ids stored. */
export const MAX_ID_LENGTH = 200;
export const MAX_FAVOURITES = 5_000;
/** The storage key of a mission's favourites. */
export function favouritesKey(missionId: string): string {
  return `mission-agenda:favourites:${missionId}`;
}

function validIds(values: Iterable<unknown>): Set<string> {
  const ids = new Set<string>();
  for (const v of values) {
    if (ids.size >= MAX_FAVOURITES) break;
    if (typeof v === 'string' && v.length > 0 && v.length <= MAX_ID_LENGTH) ids.add(v);
  }
  return ids;
}

/**
 * The favourites stored as `raw` (what `writeFavourites` wrote). Tolerant: missing, unparsable or non-array values
 * give an empty set; entries that are not non-empty strings of at most 200 characters are dropped; at most 5,000 kept.
 */
export function readFavourites(raw: string | null): Set<string> {
  if (!raw) return new Set();
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? validIds(value) : new Set();
  } catch {
    return new Set();
  }
}

/** The string to store for `ids` (a JSON array, cleaned as `readFavourites` would). */
export function writeFavourites(ids: Iterable<string>): string {
  return JSON.stringify([...validIds(ids)]);
}
