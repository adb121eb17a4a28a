import { at, show, type IssueCollector } from './issues.js';
import { isObject, readList, type JsonObject } from './values.js';

/** The valid items of one top-level list, by id, plus the ids of the items that were skipped. */
export interface Collection<T> {
  readonly items: T[];
  readonly byId: Map<string, T>;
  /** Id → path of an item that had an id but was skipped (so references to it get a precise message). */
  readonly skipped: Map<string, string>;
}

/** A trimmed non-empty string id, or `undefined`. */
export function asId(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Walks the list at `listPath` (absent → empty; not a list → error): every entry must be an object with a unique
 * non-empty string `id`. A duplicate id skips the later entry with an error naming both paths. `parse` builds the
 * item (reporting its own problems) or returns `undefined` to skip it.
 */
export function collect<T>(
  value: unknown,
  listPath: string,
  issues: IssueCollector,
  parse: (raw: JsonObject, path: string, id: string) => T | undefined,
): Collection<T> {
  const result: Collection<T> = { items: [], byId: new Map(), skipped: new Map() };
  const seen = new Map<string, string>();
  const list = readList(value, listPath, issues) ?? [];
  for (let i = 0; i < list.length; i++) {
    const raw = list[i];
    const path = at(listPath, i);
    if (!isObject(raw)) {
      issues.error(path, `Expected an object, found ${show(raw)}; skipped.`);
      continue;
    }
    const id = asId(Object.hasOwn(raw, 'id') ? raw.id : undefined);
    if (id === undefined) {
      issues.error(at(path, 'id'), `Every item needs a non-empty text "id"; this one was skipped.`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      issues.error(at(path, 'id'), `Duplicate id ${show(id)}: ${first} already uses it; this one was skipped.`);
      continue;
    }
    seen.set(id, path);
    const item = parse(raw, path, id);
    if (item === undefined) result.skipped.set(id, path);
    else {
      result.items.push(item);
      result.byId.set(id, item);
    }
  }
  return result;
}

/**
 * Looks up a reference (`location`, `venue`, one of `sectors`…) in `collection`; an unknown or skipped id is an error at
 * `path` (the reference is dropped, the referring item kept). `kind` names the target in the message.
 */
export function resolveRef<T>(
  value: unknown,
  collection: Collection<T>,
  kind: string,
  path: string,
  issues: IssueCollector,
): T | undefined {
  if (value === undefined) return undefined;
  const id = asId(value);
  if (id === undefined) {
    issues.error(path, `Expected the id of a ${kind}, found ${show(value)}.`);
    return undefined;
  }
  const item = collection.byId.get(id);
  if (item !== undefined) return item;
  const skippedAt = collection.skipped.get(id);
  issues.error(
    path,
    skippedAt === undefined
      ? `Unknown ${kind} ${show(id)}; the reference was dropped.`
      : `The ${kind} ${show(id)} was skipped (see ${skippedAt}); the reference was dropped.`,
  );
  return undefined;
}

/** A list of references (`sectors`, `contacts`), each resolved as by `resolveRef`, without repeats. */
export function resolveRefs<T>(
  value: unknown,
  collection: Collection<T>,
  kind: string,
  path: string,
  issues: IssueCollector,
): T[] {
  const found: T[] = [];
  const list = readList(value, path, issues) ?? [];
  for (let i = 0; i < list.length; i++) {
    const item = resolveRef(list[i], collection, kind, at(path, i), issues);
    if (item !== undefined && !found.includes(item)) found.push(item);
  }
  // an array grown by `push` keeps room for 16 items; a programme holds two of these per activity
  return found.slice();
}
