/**
 * The iframe page's query → the `<mission-agenda>` attributes it sets. Only the agenda's own attributes are read,
 * so a query cannot set anything else on the element.
 */

/** Attributes the iframe page passes on from its query (`?src=…&lang=fr&sectors=a,b&time-zone=local`). */
export const FRAME_ATTRIBUTES = [
  'src',
  'lang',
  'sectors',
  'lock-sectors',
  'time-zone',
  'group-by',
  'view',
  'show-both',
  'format',
  'event-zone',
  'refresh',
] as const;

const BOOLEAN = new Set(['lock-sectors']);

/** The attributes to set for `search` (a query string), in a fixed order; a boolean set to `false`/`0` is left out. */
export function frameAttributes(search: string): [string, string][] {
  const query = new URLSearchParams(search);
  const out: [string, string][] = [];
  for (const name of FRAME_ATTRIBUTES) {
    const value = query.get(name);
    if (value === null) continue;
    if (BOOLEAN.has(name)) {
      if (!/^(?:false|0|no)$/i.test(value)) out.push([name, '']);
    } else if (value.trim()) {
      out.push([name, value.trim()]);
    }
  }
  return out;
}
