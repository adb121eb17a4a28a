import fc from 'fast-check';

/** Both hemispheres, DST and no DST, half- and quarter-hour offsets, both sides of the date line. */
export const ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'America/St_Johns',
  'America/Sao_Paulo',
  'Europe/Brussels',
  'Europe/London',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
] as const;

/** Any moment from 1990 to 2045: decades of DST rule changes in the zones above. */
export const anyInstant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2045, 0, 1) });

/**
 * True when a wall time (`YYYY-MM-DDTHH:mm…`) does not exist in the *browser's* zone. date-fns-tz builds local
 * Dates, so it shifts such times: the oracle comparisons skip them.
 */
export function inBrowserGap(wall: string): boolean {
  return new Date(wall.slice(0, 19)).getHours() !== Number(wall.slice(11, 13));
}
