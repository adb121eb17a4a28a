export * from './types.js';
export { parseFeed, FEED_VERSION, type ParseOptions } from './validate.js';
export { pickText, toLocalizedText, languagesOf, normaliseLanguage } from './text.js';
export { safeUrl, safeEmail, telHref, type UrlKind } from './urls.js';
export { safeColor } from './colors.js';
export { IssueCollector, at } from './issues.js';
