/** Intl.DateTimeFormat instances are slow to build: one per distinct (locale, options) pair, kept for the page's life. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let dtf = formatters.get(key);
  if (!dtf) {
    dtf = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, dtf);
  }
  return dtf;
}
