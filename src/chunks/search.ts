/**
 * The search as one module to load on demand: matching a programme against the visitor's words, and marking the
 * matches in a card. Most visits never search; the embed bundle fetches it in idle time or at the first query.
 * @internal
 */
export { highlight, matchesWordStarts } from '../core/agenda/search.js';
export { IndexedSearch } from '../core/view/search-view.js';
