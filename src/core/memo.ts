/**
 * `next`, or `prev` when every field of the two is the same value (`Object.is`), so a consumer that compares by
 * identity (Lit properties, context) sees a change only when there is one.
 */
export function keepIfSame<T extends object>(prev: T | undefined, next: T): T {
  return prev !== undefined && sameFields(prev, next) ? prev : next;
}

/** True when both objects have the same keys holding the same values (`Object.is`); one level deep. */
export function sameFields<T extends object>(a: T, b: T): boolean {
  const keys = Object.keys(a) as (keyof T)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => Object.is(a[k], b[k]));
}

/** True when both lists hold the same values at the same places (`Object.is`). */
export function sameList(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return a !== undefined && a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
