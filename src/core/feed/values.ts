import { show, type IssueCollector } from './issues.js';

/** A JSON object (not null, not an array). */
export type JsonObject = { readonly [key: string]: unknown };

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property only: inherited names such as `constructor` or `__proto__` never leak in. */
export function own(object: JsonObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

/** A list, or `undefined` (reported at `path`) when the value is present but not a list. */
export function readList(value: unknown, path: string, issues: IssueCollector): readonly unknown[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value as readonly unknown[];
  issues.error(path, `Expected a list, found ${show(value)}.`);
  return undefined;
}
