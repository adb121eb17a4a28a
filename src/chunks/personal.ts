/**
 * "My programme" beyond the stars themselves, as one module to load on demand: share links (made, read, merged),
 * clashes between stars, what changed since the last visit (and the banners of both), and handing things over
 * (clipboard, file). A page shows the stars without it; the embed bundle fetches it in idle time, or at once when a
 * shared link, the change tracking or a second star needs it.
 * @internal
 */
export { clashes, decodeShare, encodeShare, mergeShared } from '../core/agenda/favourites.js';
export { changesKey, diffProgrammes, fingerprint, readFingerprint } from '../core/agenda/changes.js';
export { copyText, downloadText } from '../io/share.js';
export { renderChanges, renderSharedPrompt } from '../elements/mission-agenda/agenda-banners.js';
