/**
 * The HTML an organiser pastes into the mission's page: the one-tag embed, or an iframe for sites that strip
 * `<script>`, with the options picked in the studio.
 */

export interface EmbedOptions {
  /** Where the feed will be published (absolute, or relative to the page). */
  readonly feedUrl: string;
  /** Where `mission-agenda.js` is served from. */
  readonly scriptUrl: string;
  /** Where the package's `embed/frame.html` is served from. */
  readonly frameUrl: string;
  readonly lang?: string;
  readonly sectors?: readonly string[];
  readonly lockSectors?: boolean;
  /** `event` (default, left out), `local` or an IANA zone. */
  readonly timeZone?: string;
  /** `day` (default, left out) or `mission-day`. */
  readonly groupBy?: string;
  /** `list` (default, left out) or `grid`. */
  readonly view?: string;
  /** The iframe's title, read by screen readers. */
  readonly title?: string;
  /** Where the `<noscript>` link of the iframe snippet leads (the mission's page); default the feed. */
  readonly fallbackUrl?: string;
  /** Height of the iframe before (or without) its page telling its own, in pixels. */
  readonly height?: number;
}

/** Text safe inside a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** The `<mission-agenda>` attributes for `options`, defaults left out, in a fixed order. */
export function embedAttributes(options: EmbedOptions): [string, string | true][] {
  const attributes: [string, string | true][] = [['src', options.feedUrl]];
  if (options.lang) attributes.push(['lang', options.lang]);
  if (options.sectors?.length) attributes.push(['sectors', options.sectors.join(',')]);
  if (options.lockSectors && options.sectors?.length) attributes.push(['lock-sectors', true]);
  if (options.timeZone && options.timeZone !== 'event') attributes.push(['time-zone', options.timeZone]);
  if (options.groupBy && options.groupBy !== 'day') attributes.push(['group-by', options.groupBy]);
  if (options.view && options.view !== 'list') attributes.push(['view', options.view]);
  return attributes;
}

/** `<script type="module" src="…"></script>` and `<mission-agenda …></mission-agenda>`. */
export function scriptSnippet(options: EmbedOptions): string {
  const attributes = embedAttributes(options)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return (
    `<script type="module" src="${escapeAttribute(options.scriptUrl)}"></script>\n` +
    `<mission-agenda${attributes}></mission-agenda>`
  );
}

/** The address of the iframe page with the options in its query (`frame.html?src=…&lang=fr`). */
export function frameAddress(options: EmbedOptions): string {
  const query = new URLSearchParams();
  for (const [name, value] of embedAttributes(options)) query.set(name, value === true ? '' : value);
  const separator = options.frameUrl.includes('?') ? '&' : '?';
  return `${options.frameUrl}${separator}${query.toString().replace(/=(?=&|$)/g, '')}`;
}

/**
 * The message the iframe page posts to its host with its height. The host snippet below listens for it; anything
 * else posted to the host is ignored.
 */
export const HEIGHT_MESSAGE = 'mission-agenda:height';

/** The iframe, a fallback link for browsers without scripts, and the few lines that size the iframe to its content. */
export function frameSnippet(options: EmbedOptions): string {
  const src = escapeAttribute(frameAddress(options));
  const title = escapeAttribute(options.title ?? 'Programme');
  const height = options.height ?? 1200;
  return (
    `<iframe src="${src}" title="${title}" data-mission-agenda loading="lazy"\n` +
    `  style="display:block;width:100%;height:${height}px;border:0"></iframe>\n` +
    `<noscript><a href="${escapeAttribute(options.fallbackUrl ?? options.feedUrl)}">${title}</a></noscript>\n` +
    `<script>\n` +
    `  addEventListener('message', (e) => {\n` +
    `    if (!e.data || e.data.type !== '${HEIGHT_MESSAGE}') return;\n` +
    `    for (const f of document.querySelectorAll('iframe[data-mission-agenda]'))\n` +
    `      if (f.contentWindow === e.source) f.style.height = e.data.height + 'px';\n` +
    `  });\n` +
    `</script>`
  );
}
