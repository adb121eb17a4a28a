/**
 * Reading single spreadsheet cells the way offices fill them in: dates as ISO text, `dd/mm/yyyy`, Excel date serials
 * or date cells; times as `09:00`, `9h30`, `9:30 PM`, fractions of a day or time cells; stray and non-breaking spaces.
 * Pure functions, no zone arithmetic: a date or time cell is a wall-clock value, read from its UTC fields (which is how
 * spreadsheet readers hand them over).
 */

/** What a spreadsheet reader gives for one cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };

/** Why a cell could not be read, as a code the studio translates and an English sentence for the CLI. */
export interface Problem {
  readonly code: ProblemCode;
  readonly message: string;
}

export type ProblemCode = 'not-a-date' | 'not-a-time' | 'not-a-choice' | 'missing' | 'not-a-number';

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = (code: ProblemCode, message: string): Read<never> => ({ ok: false, problem: { code, message } });

/** Day 0 of Excel's 1900 date system (serial 1 is 1900-01-01; serial 60 is Excel's phantom 29 February 1900). */
const EXCEL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials of 1 January 1900 to 31 December 9999. */
const MAX_SERIAL = 2_958_465;

/** The cell as text: trimmed, with non-breaking and repeated spaces made single spaces; '' when empty. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell)
    .replace(/[\u00a0\u2007\u202f\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Shows a cell's content in a message: text in quotes, numbers as they are. */
export function showCell(cell: CellValue): string {
  if (typeof cell === 'number') return String(cell);
  if (cell instanceof Date)
    return cell
      .toISOString()
      .replace(/T00:00:00\.000Z$/, '')
      .replace(/\.000Z$/, 'Z');
  return JSON.stringify(cellText(cell));
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of a proleptic Gregorian date, or undefined when it does not exist (31/02). */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The wall-clock date of an Excel serial (its fraction is the time of day, ignored here). */
export function serialDate(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_SERIAL + 1) return undefined;
  const d = new Date(EXCEL_EPOCH_UTC + Math.floor(serial) * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `HH:mm` or `HH:mm:ss` of a fraction of a day (0.375 → 09:00), rounded to the second. */
export function fractionTime(fraction: number): string | undefined {
  if (!Number.isFinite(fraction) || fraction < 0 || fraction >= 1) return undefined;
  const seconds = Math.round(fraction * 86_400);
  if (seconds >= 86_400) return undefined;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${pad(h)}:${pad(m)}${s ? `:${pad(s)}` : ''}`;
}

/**
 * A date cell's value to the nearest second: spreadsheets store times as fractions of a day, and 14:00 may come back
 * as 13:59:59.9999 (a reader truncating it would say 13:59:59).
 */
function toSecond(d: Date): Date {
  return new Date(Math.round(d.getTime() / 1000) * 1000);
}

/** A cell is a time-only value when readers give it as a date on Excel's day 0 (30 or 31 December 1899). */
function isTimeOnlyDate(d: Date): boolean {
  return d.getUTCFullYear() === 1899 || (d.getUTCFullYear() === 1900 && d.getUTCMonth() === 0 && d.getUTCDate() === 0);
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?(?:Z)?)?$/;
/** Belgian and European order: day first. `05/10/2025`, `5.10.2025`, `05-10-2025`, `5/10/25`. */
const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;

/** A date cell, date text (`2025-10-06`, `06/10/2025`, `6.10.2025`) or Excel serial as `YYYY-MM-DD`. */
export function readDate(cell: CellValue): Read<string> {
  const bad = () => fail('not-a-date', `${showCell(cell)} is not a date (write it as 2025-10-06 or 06/10/2025)`);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad();
    const d = toSecond(cell);
    if (isTimeOnlyDate(d)) return bad();
    const date = isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    return date ? ok(date) : bad();
  }
  if (typeof cell === 'number') {
    const date = Number.isInteger(cell) ? serialDate(cell) : undefined;
    return date ? ok(date) : bad();
  }
  const text = cellText(cell);
  let m = ISO_DATE.exec(text);
  if (m) {
    const date = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? ok(date) : bad();
  }
  m = DMY.exec(text);
  if (m) {
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const date = isoDate(year, Number(m[2]), Number(m[1]));
    return date ? ok(date) : bad();
  }
  if (/^\d+(?:\.0+)?$/.test(text)) {
    const date = serialDate(Number(text));
    if (date) return ok(date);
  }
  return bad();
}

/** `09:00`, `9:00`, `9.00`, `9h00`, `9u00`, `09:00:30`, `9:00 PM`, with an optional offset or `Z` (`09:00-07:00`). */
const TIME = /^(\d{1,2})(?:[:.hu](\d{2})(?::(\d{2}))?|h)?\s*(am|pm|a\.m\.|p\.m\.)?\s*(Z|[+-]\d{2}:\d{2})?$/i;

/**
 * A time cell, time text or fraction of a day as `HH:mm` (or `HH:mm:ss`), followed by its offset when the text has
 * one. `24:00` and `25:00` are not times.
 */
export function readTime(cell: CellValue): Read<string> {
  const bad = () => fail('not-a-time', `${showCell(cell)} is not a time (write it as 09:00 or 14:30)`);
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return bad();
    const d = toSecond(cell);
    const s = d.getUTCSeconds();
    return ok(`${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${s ? `:${pad(s)}` : ''}`);
  }
  if (typeof cell === 'number') {
    const time = fractionTime(cell);
    return time ? ok(time) : bad();
  }
  const text = cellText(cell);
  if (/^0?\.\d+$/.test(text)) {
    const time = fractionTime(Number(text));
    return time ? ok(time) : bad();
  }
  // groups that did not match are undefined
  const m: (string | undefined)[] | null = TIME.exec(text);
  if (!m || (m[2] === undefined && !/h$/i.test(text) && !m[4])) return bad();
  let hours = Number(m[1] ?? 0);
  const minutes = Number(m[2] ?? 0);
  const seconds = Number(m[3] ?? 0);
  const meridiem = m[4]?.toLowerCase().replaceAll('.', '');
  if (meridiem) {
    if (hours < 1 || hours > 12) return bad();
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return bad();
  const offset = m[5] ? (m[5].toUpperCase() === 'Z' ? 'Z' : m[5]) : '';
  if (offset && offset !== 'Z' && (Number(offset.slice(1, 3)) > 18 || Number(offset.slice(4)) > 59)) return bad();
  return ok(`${pad(hours)}:${pad(minutes)}${seconds ? `:${pad(seconds)}` : ''}${offset}`);
}

/** A `;`-, `,`- or line-separated list, items trimmed, empty ones dropped. */
export function readList(cell: CellValue, separators: RegExp = /[;,\n]/): string[] {
  return cellText(typeof cell === 'string' ? cell.replace(/\r/g, '') : cell)
    .split(separators)
    .map((item) => cellText(item))
    .filter(Boolean);
}

/** Phone numbers: separated by `;` or line breaks (a comma may belong to a number as written). */
export function readPhones(cell: CellValue): string[] {
  if (typeof cell === 'string') return readList(cell.replace(/\r/g, '\n'), /[;\n]/);
  return readList(cell, /[;\n]/);
}

/** One of `choices`, read case-insensitively. */
export function readChoice(cell: CellValue, choices: readonly string[]): Read<string> {
  const text = cellText(cell).toLowerCase();
  return choices.includes(text)
    ? ok(text)
    : fail('not-a-choice', `${showCell(cell)} is not one of ${choices.join(', ')}`);
}

/**
 * A column heading in its canonical form: lowercase, spaces and hyphens as `_`, a hint in brackets or a trailing `*`
 * dropped, and a language in brackets kept as a suffix (`Title (FR)` → `title_fr`, `Start time` → `start_time`).
 */
export function normaliseHeading(cell: CellValue): string {
  let text = cellText(cell).toLowerCase().replace(/\*+$/, '').trim();
  const lang = /^(.*?)\s*[([]\s*([a-z]{2,3}(?:[-_][a-z0-9]{2,8})?)\s*[)\]]$/.exec(text);
  if (lang && !/^(hh|mm|yyyy|dd)/.test(lang[2])) text = `${lang[1]}_${lang[2].replace('-', '_')}`;
  text = text.replace(/\s*[([].*?[)\]]\s*/g, ' ').trim();
  return text.replace(/[\s-]+/g, '_').replace(/_+/g, '_');
}
