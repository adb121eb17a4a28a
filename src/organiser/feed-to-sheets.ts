/**
 * Feed → spreadsheet: lays a version 1 feed out on the sheets of the template (one row per item, one column per
 * language), so an existing feed can be edited in a spreadsheet program and converted back unchanged. Dates and times
 * without an offset become date and time cells; everything else is text.
 */
import { SHEETS, TEMPLATE_LANGUAGES, type ColumnSpec, type SheetSpec } from './schema.js';

/** A cell to write: text, or a date / time the writer turns into the spreadsheet's own date or time cell. */
export type OutCell = string | { readonly date: string } | { readonly time: string };

export interface SheetTable {
  readonly spec: SheetSpec;
  /** The heading of each column, as written in row 1. */
  readonly headings: readonly string[];
  /** For each heading, the column it fills (`localized` columns repeat it, one per language). */
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly OutCell[])[];
}

export interface SheetsOut {
  readonly sheets: SheetTable[];
  /** Properties of the feed the spreadsheet has no column for (they would be lost on the way back). */
  readonly dropped: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** Date, time and offset of a feed date-time; the offset group is undefined when there is none. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function items(feed: Record<string, unknown>, spec: SheetSpec): Record<string, unknown>[] {
  if (spec.entity === 'mission') return isObject(feed.mission) ? [feed.mission] : [{}];
  const list = feed[spec.entity];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Languages of a localized field over `rows`: the template's four first, then others in order of appearance. */
function languagesOf(rows: readonly Record<string, unknown>[], field: string, always: boolean): string[] {
  const found = new Set<string>();
  let plain = false;
  for (const row of rows) {
    const value = row[field];
    if (typeof value === 'string') plain = true;
    else if (isObject(value)) for (const key of Object.keys(value)) found.add(key.toLowerCase());
  }
  const langs: string[] = [];
  if (plain || found.has('und')) langs.push('und');
  for (const lang of TEMPLATE_LANGUAGES) if (always || found.has(lang)) langs.push(lang);
  for (const lang of found) if (!langs.includes(lang)) langs.push(lang);
  return langs;
}

const heading = (spec: ColumnSpec, lang?: string) =>
  lang === undefined || lang === 'und' ? spec.key : `${spec.key}_${lang.replace('-', '_')}`;

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(text).join('; ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const dateCell = (value: string): OutCell => (DATE.test(value) ? { date: value } : value);
const timeCell = (value: string): OutCell => (/^\d{2}:\d{2}$/.test(value) ? { time: value } : value);

/**
 * The sheets for `feed` (any JSON value; a non-feed gives empty sheets). With `template: true` every text has a
 * column for each of en, fr, nl and de even when the feed does not use them.
 */
export function feedToSheets(feed: unknown, options: { template?: boolean } = {}): SheetsOut {
  const root = isObject(feed) ? feed : {};
  const dropped: string[] = [];
  const sheets = SHEETS.map((spec): SheetTable => {
    const rows = items(root, spec);
    const headings: string[] = [];
    const columns: ColumnSpec[] = [];
    const langs = new Map<ColumnSpec, string[]>();
    for (const column of spec.columns) {
      if (column.kind === 'localized') {
        const list = languagesOf(rows, column.field, options.template === true || column.required === true);
        langs.set(column, list);
        for (const lang of list) {
          headings.push(heading(column, lang));
          columns.push(column);
        }
      } else {
        headings.push(column.key);
        columns.push(column);
      }
    }
    const known = new Set(spec.columns.map((c) => c.field));
    const out = rows.map((row, index) => {
      for (const key of Object.keys(row))
        if (!known.has(key))
          dropped.push(spec.entity === 'mission' ? `mission.${key}` : `${spec.entity}[${index}].${key}`);
      const start: (string | undefined)[] | null = typeof row.start === 'string' ? DATE_TIME.exec(row.start) : null;
      const end: (string | undefined)[] | null = typeof row.end === 'string' ? DATE_TIME.exec(row.end) : null;
      const cells: OutCell[] = [];
      for (const column of spec.columns) {
        const value = row[column.field];
        if (column.kind === 'localized') {
          for (const lang of langs.get(column) ?? []) {
            if (typeof value === 'string') cells.push(lang === 'und' ? value : '');
            else if (isObject(value)) {
              const key = Object.keys(value).find((k) => k.toLowerCase() === lang);
              cells.push(key === undefined ? '' : text(value[key]));
            } else cells.push('');
          }
          continue;
        }
        if (spec.entity === 'activities') {
          if (column.key === 'date') {
            cells.push(start?.[1] ? { date: start[1] } : '');
            continue;
          }
          if (column.key === 'start') {
            cells.push(start ? timeCell(`${start[2]}${start[3] ?? ''}`) : text(row.start));
            continue;
          }
          if (column.key === 'end') {
            cells.push(end ? timeCell(`${end[2]}${end[3] ?? ''}`) : text(row.end));
            continue;
          }
          if (column.key === 'end_date') {
            cells.push(end?.[1] && end[1] !== start?.[1] ? { date: end[1] } : '');
            continue;
          }
        }
        if (column.kind === 'date' && typeof value === 'string') cells.push(dateCell(value));
        else cells.push(text(value));
      }
      return cells;
    });
    return { spec, headings, columns, rows: out };
  });
  for (const key of Object.keys(root))
    if (!['version', '$schema', 'mission', ...SHEETS.map((s) => s.entity)].includes(key)) dropped.push(key);
  return { sheets, dropped };
}
