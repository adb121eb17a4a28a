// Public surface of the feed model. Internals (issue collector, path helpers) stay unexported.
export * from './types.js';
export { parseFeed, FEED_VERSION, type ParseOptions } from './validate.js';
export { pickText, languagesOf, normaliseLanguage } from './text.js';
export { safeUrl, safeEmail, type UrlKind } from './urls.js';
export { safeColor } from './colors.js';
export { limitProgramme, MAX_ACTIVITIES, type Truncation } from './limit.js';
