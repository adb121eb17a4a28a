/**
 * The part of an agenda's state a visitor can share in a link: selected sectors and the time zone choice.
 * Kept in the page's query string under a namespace (`ma.sectors`, or `ma-<id>.sectors` for an agenda with an id)
 * so several agendas on one page, and the page's own parameters, never collide.
 */
export interface UrlState {
  readonly sectors?: readonly string[];
  /** `event`, `local` or an IANA zone name. */
  readonly timeZone?: string;
}

const ID = /^[\w.-]{1,64}$/;

/** The namespace of an agenda's parameters. */
export function urlNamespace(elementId: string | undefined): string {
  return elementId && ID.test(elementId) ? `ma-${elementId}` : 'ma';
}

/** Reads an agenda's state from a query string (`?ma.sectors=a,b&ma.tz=local`). Unknown or malformed values are ignored. */
export function readUrlState(search: string, ns: string): UrlState {
  const params = new URLSearchParams(search);
  const sectors = params.get(`${ns}.sectors`);
  const timeZone = params.get(`${ns}.tz`);
  return {
    ...(sectors !== null ? { sectors: sectors.split(',').filter((s) => ID.test(s)) } : {}),
    ...(timeZone && /^[\w/+-]{1,64}$/.test(timeZone) ? { timeZone } : {}),
  };
}

/** Writes an agenda's state into a query string, leaving every other parameter as it was. Defaults are left out. */
export function writeUrlState(search: string, ns: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  if (state.sectors && state.sectors.length > 0) params.set(`${ns}.sectors`, state.sectors.join(','));
  else params.delete(`${ns}.sectors`);
  if (state.timeZone && state.timeZone !== 'event') params.set(`${ns}.tz`, state.timeZone);
  else params.delete(`${ns}.tz`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
