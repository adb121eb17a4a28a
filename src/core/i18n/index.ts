export {
  FALLBACK_LANG,
  SUPPORTED_LANGS,
  normaliseLang,
  primaryLang,
  resolveLang,
  resolveLocale,
  type SupportedLang,
} from './lang.js';
export {
  ACTIVITY_STATUS_TERMS,
  ACTIVITY_TYPE_TERMS,
  allCatalogues,
  loadCatalogues,
  term,
  translator,
  type TermArgs,
  type TermKey,
  type TextKey,
  type Translation,
} from './terms.js';
