/**
 * The time work every baseline page must do the way the library does it, with `Intl` only: a feed's wall time
 * resolved in its zone (gap/overlap aware), an instant written in a zone with its offset. Shared by the
 * full-featured and the plain baselines. Written as a page would write it, with `formatToParts` and one call for the
 * wall clock and one for the offset (the library reads both from one formatted text).
 */
const formats = new Map();
/** One Intl.DateTimeFormat per (options) for the page's life, as the library caches them. */
export function dtf(key, options) {
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(options.locale ?? 'en-US', options)));
  return f;
}
const numeric = (zone) =>
  dtf(`n|${zone}`, {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });

export function wallDateTime(instant, zone) {
  const p = {};
  for (const part of numeric(zone).formatToParts(instant)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}
function offsetMinutes(instant, zone) {
  const parts = dtf(`o|${zone}`, { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(instant);
  const m = /^GMT([+-])(\d{2}):(\d{2})$/.exec(parts.find((x) => x.type === 'timeZoneName')?.value ?? 'GMT');
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}
export function offsetIso(instant, zone) {
  const off = offsetMinutes(instant, zone);
  const abs = Math.abs(off);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${wallDateTime(instant, zone)}${off < 0 ? '-' : '+'}${hhmm}`;
}

/** A feed date-time to epoch ms: offset/Z → that instant; wall time → earliest instant reading it in `zone`. */
export function resolve(text, zone) {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/.exec(text ?? '');
  if (!m) return undefined;
  const wall = `${m[1]}${m[2] ?? ':00'}`;
  if (m[3]) return Date.parse(`${wall}${m[3]}`);
  const asUtc = Date.parse(`${wall}Z`);
  const found = [];
  for (const probe of [asUtc - 93_600_000, asUtc, asUtc + 93_600_000]) {
    const t = asUtc - offsetMinutes(probe, zone) * 60_000;
    if (wallDateTime(t, zone) === wall) found.push(t);
  }
  return found.length ? Math.min(...found) : undefined; // none: a spring-forward gap, skipped
}
