import type { Activity } from '../feed/types.js';

/**
 * The visitor's personal agenda: starred activity ids kept in storage (callers do the reading and writing; see
 * `favourites-store.ts`), a compact share code for a link, clashes between starred activities, and how a shared list
 * combines with one's own. All but the storage format is loaded on demand in the embed bundle (`chunks/personal.ts`).
 */

export { MAX_FAVOURITES, MAX_ID_LENGTH, favouritesKey, readFavourites, writeFavourites } from './favourites-store.js';

/** Longest share code decoded (a list of 5,000 short ids fits; anything longer is refused). */
const MAX_CODE_LENGTH = 100_000;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.ceil((Math.min(3, bytes.length - i) * 8) / 6);
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let j = 0;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[j++] = (acc >> bits) & 0xff;
    }
  }
  return bytes;
}

/**
 * A compact, URL-safe code for the starred `ids`. When all are in `allIds` (the programme's ids, in a stable order),
 * `b` + the base64url bitset of their positions (80 activities → at most 15 characters); otherwise `l` + the ids,
 * `encodeURIComponent`-ed and comma-separated. Duplicates are dropped.
 */
export function encodeShare(ids: readonly string[], allIds: readonly string[]): string {
  const position = new Map(allIds.map((id, i) => [id, i] as const));
  const unique = [...new Set(ids)];
  if (!unique.every((id) => position.has(id))) return `l${unique.map(encodeURIComponent).join(',')}`;
  const positions = unique.map((id) => position.get(id) ?? 0);
  const bytes = new Uint8Array(positions.length ? (Math.max(...positions) >> 3) + 1 : 0);
  for (const p of positions) bytes[p >> 3] |= 1 << (p & 7);
  return `b${toBase64Url(bytes)}`;
}

/**
 * The ids a share code stands for, limited to those in `allIds` (unknown ones are ignored), without duplicates:
 * programme order for a bitset, the code's order for a list. Any invalid code gives `[]`.
 */
export function decodeShare(code: string, allIds: readonly string[]): string[] {
  if (code.length > MAX_CODE_LENGTH) return [];
  const body = code.slice(1);
  if (code.startsWith('b')) {
    const bytes = fromBase64Url(body);
    if (!bytes) return [];
    return allIds.filter((_, i) => (bytes[i >> 3] ?? 0) & (1 << (i & 7)));
  }
  if (!code.startsWith('l') || !body) return [];
  const known = new Set(allIds);
  const ids = new Set<string>();
  for (const part of body.split(',')) {
    try {
      const id = decodeURIComponent(part);
      if (known.has(id)) ids.add(id);
    } catch {
      // A malformed escape: skip that id.
    }
  }
  return [...ids];
}

/**
 * For each starred, non-cancelled activity that overlaps another one, the others it overlaps, chronologically.
 * Intervals are half-open `[start, end)` instants, so an activity ending at 10:00 does not clash with one starting
 * then, and zones play no part. Activities without a clash are absent. One sweep over the activities sorted by start.
 */
export function clashes(activities: readonly Activity[], starred: ReadonlySet<string>): Map<string, Activity[]> {
  const list = activities
    .filter((a) => starred.has(a.id) && a.status !== 'cancelled')
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const result = new Map<string, Activity[]>();
  const add = (a: Activity, b: Activity) => {
    const others = result.get(a.id);
    if (others) others.push(b);
    else result.set(a.id, [b]);
  };
  let open: Activity[] = [];
  for (const a of list) {
    open = open.filter((o) => o.end > a.start);
    for (const o of open) {
      add(o, a);
      add(a, o);
    }
    open.push(a);
  }
  return result;
}

/** How a shared list combines with one's own favourites. */
export type MergeMode = 'keep' | 'replace' | 'merge';

/** A new set: `mine` unchanged (`keep`), the `shared` ids (`replace`), or both (`merge`). Never mutates `mine`. */
export function mergeShared(mine: ReadonlySet<string>, shared: readonly string[], mode: MergeMode): Set<string> {
  if (mode === 'keep') return new Set(mine);
  if (mode === 'replace') return new Set(shared);
  return new Set([...mine, ...shared]);
}
