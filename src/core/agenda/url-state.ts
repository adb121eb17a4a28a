/**
 * The part of an agenda's state a visitor can share in a link: filters, search, "My programme", the time zone
 * choice and a shared set of starred activities. Kept in the page's query string under a namespace (`ma.sectors`,
 * or `ma-<id>.sectors` for an agenda with an id) so several agendas on one page, and the page's own parameters,
 * never collide.
 */
export interface UrlState {
  readonly sectors?: readonly string[];
  readonly types?: readonly string[];
  /** Location (city) ids. */
  readonly cities?: readonly string[];
  /** Day keys `YYYY-MM-DD`. */
  readonly days?: readonly string[];
  /** Search text. */
  readonly query?: string;
  /** Show only the visitor's own programme. */
  readonly mine?: boolean;
  /** `event`, `local` or an IANA zone name. */
  readonly timeZone?: string;
  /** A shared programme (see `encodeShare`). */
  readonly share?: string;
}

const ID = /^[\w.-]{1,64}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LISTS = { sectors: ID, types: ID, cities: ID, days: DAY } as const;

/** The namespace of an agenda's parameters. */
export function urlNamespace(elementId: string | undefined): string {
  return elementId && ID.test(elementId) ? `ma-${elementId}` : 'ma';
}

/** Reads an agenda's state from a query string (`?ma.sectors=a,b&ma.tz=local`). Unknown or malformed values are ignored. */
export function readUrlState(search: string, ns: string): UrlState {
  const params = new URLSearchParams(search);
  const state: Record<string, unknown> = {};
  for (const [key, pattern] of Object.entries(LISTS)) {
    const value = params.get(`${ns}.${key}`);
    if (value !== null) state[key] = value.split(',').filter((s) => pattern.test(s));
  }
  const query = params.get(`${ns}.q`);
  if (query) state.query = query.slice(0, 200);
  if (params.get(`${ns}.mine`) === '1') state.mine = true;
  const timeZone = params.get(`${ns}.tz`);
  if (timeZone && /^[\w/+-]{1,64}$/.test(timeZone)) state.timeZone = timeZone;
  const share = params.get(`${ns}.share`);
  if (share && /^[\w%,.~-]{1,4000}$/.test(share)) state.share = share;
  return state;
}

/** Writes an agenda's state into a query string, leaving every other parameter as it was. Defaults are left out. */
export function writeUrlState(search: string, ns: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | undefined) =>
    value ? params.set(`${ns}.${key}`, value) : params.delete(`${ns}.${key}`);
  for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) set(key, state[key]?.join(','));
  set('q', state.query?.trim());
  set('mine', state.mine ? '1' : undefined);
  set('tz', state.timeZone && state.timeZone !== 'event' ? state.timeZone : undefined);
  set('share', state.share);
  const text = params.toString();
  return text ? `?${text}` : '';
}
