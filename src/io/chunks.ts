import { LazyCode } from './lazy.js';

/** How long the programme waits at most for code it would show something with (a shared link, a search). */
export const HOLD_MS = 3000;

/** The search (`chunks/search.ts`). */
export type SearchCode = typeof import('../chunks/search.js');
/** Share links, clashes, changes since the last visit (`chunks/personal.ts`). */
export type PersonalCode = typeof import('../chunks/personal.js');

/** @internal */
export const searchCode = new LazyCode<SearchCode>(() => import('../chunks/search.js'), 'the search');
/** @internal */
export const personalCode = new LazyCode<PersonalCode>(
  () => import('../chunks/personal.js'),
  'sharing, clashes and changes since the last visit',
);

/**
 * What an element about to mark the matches of `query` waits for: the search's code, when there is a query and the
 * code is not there yet, unless it was already asked for this same text (`askedFor`): a failed load then holds no
 * further update, and a new text tries again. Undefined when there is nothing to wait for.
 * @internal
 */
export function searchLoad(query: string, askedFor: string | undefined): Promise<unknown> | undefined {
  return query && !searchCode.module && query !== askedFor ? searchCode.load() : undefined;
}
