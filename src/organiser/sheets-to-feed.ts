/**
 * Spreadsheet → feed: turns the rows of the Mission, Locations, Venues, Sectors, Contacts and Activities sheets into a
 * version 1 feed (SPEC §3), remembering which cell every value came from. A cell that cannot be read (a time of
 * "25:00", a date of 31/02) is reported at that cell and only its row is left out; everything else still converts.
 */
import {
  cellText,
  normaliseHeading,
  readDate,
  readList,
  readPhones,
  readTime,
  showCell,
  type CellValue,
  type Problem,
} from './cells.js';
import { CellMap, type CellRef, type SheetIssue } from './locate.js';
import { SHEETS, sheetSpec, type ColumnSpec, type SheetSpec } from './schema.js';

/** One sheet as read from a workbook or a CSV file: rows of cells, row 1 first, column A first. */
export interface SheetInput {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
}

export interface SheetsResult {
  /** The feed, absent when there was no Mission sheet to build one on. */
  readonly feed?: Record<string, unknown>;
  /** Problems that left something out (a row, a value). */
  readonly errors: SheetIssue[];
  /** Problems that were worked around (an unknown column, a second mission row). */
  readonly warnings: SheetIssue[];
  /** Where every value of the feed came from, to locate the validator's findings. */
  readonly cells: CellMap;
}

/** Other headings authors write for a column, in their normalised form. */
const ALIASES: Readonly<Partial<Record<string, string>>> = {
  timezone: 'time_zone',
  zone: 'time_zone',
  tz: 'time_zone',
  start_time: 'start',
  from: 'start',
  begin: 'start',
  end_time: 'end',
  to: 'end',
  until: 'end',
  day: 'date',
  sector: 'sectors',
  track: 'sectors',
  tracks: 'sectors',
  contact: 'contacts',
  phone: 'phones',
  telephone: 'phones',
  tel: 'phones',
  e_mail: 'email',
  mail: 'email',
  link: 'url',
  website: 'url',
  web: 'url',
  colour: 'color',
  organization: 'organisation',
  defaultlanguage: 'default_language',
  startdate: 'start_date',
  enddate: 'end_date',
  daychange: 'day_change',
};

/** Activities also know `start_date` as the day of the start (the Mission sheet has its own `start_date`). */
const ACTIVITY_ALIASES: Readonly<Partial<Record<string, string>>> = {
  start_date: 'date',
  startdate: 'date',
  end_day: 'end_date',
};

const LANGUAGE_SUFFIX = /^[a-z]{2,3}(?:_[a-z0-9]{2,8})?$/;

interface Column {
  readonly spec: ColumnSpec;
  /** For `localized` columns: the language (`en`, `nl-be`), or `und` for a column without one. */
  readonly lang?: string;
  readonly index: number;
  readonly heading: string;
}

/** What a normalised heading names in `sheet`: a column of its description, with a language for texts. */
function matchHeading(sheet: SheetSpec, heading: string): { spec: ColumnSpec; lang?: string } | undefined {
  const key = (sheet.entity === 'activities' ? ACTIVITY_ALIASES[heading] : undefined) ?? ALIASES[heading] ?? heading;
  for (const spec of sheet.columns) {
    if (spec.kind === 'localized') {
      if (key === spec.key) return { spec, lang: 'und' };
      if (key.startsWith(`${spec.key}_`)) {
        const suffix = key.slice(spec.key.length + 1);
        if (LANGUAGE_SUFFIX.test(suffix)) return { spec, lang: suffix.replace('_', '-') };
      }
      const stem = ALIASES[key.replace(/_[a-z]{2,3}$/, '')];
      if (stem === spec.key) return { spec, lang: key.slice(key.lastIndexOf('_') + 1) };
    } else if (key === spec.key) {
      return { spec };
    }
  }
  return undefined;
}

const isEmptyRow = (row: readonly CellValue[] | undefined) => !row || row.every((cell) => cellText(cell) === '');

const LANGUAGE_CODE = /^[a-z]{2,3}(?:_[a-z0-9]{2,8})?$/;

/**
 * The heading of column `c` when row `r` is the heading row. A two-level heading (`title` merged over two columns,
 * with `en | fr` below it) is read as `title_en`, `title_fr`: a cell of the lower row that is only a language code
 * takes its stem from the row above (from the left, where a merged cell keeps its value); an empty one takes the
 * upper row's heading (`id` written once, over both rows).
 */
function headingAt(rows: readonly (readonly CellValue[])[], r: number, c: number, twoLevel: boolean): string {
  const own = normaliseHeading(rows[r]?.[c]);
  if (!twoLevel) return own;
  const above = rows[r - 1] ?? [];
  if (!own) return normaliseHeading(above[c]);
  if (!LANGUAGE_CODE.test(own)) return own;
  for (let k = c; k >= 0; k--) {
    const stem = normaliseHeading(above[k]);
    if (stem) return `${stem}_${own}`;
  }
  return own;
}

/** A row whose cells are all language codes (`en`, `FR`, `nl-BE`), at least one. */
function isLanguageRow(row: readonly CellValue[] | undefined): boolean {
  const cells = (row ?? []).map((cell) => normaliseHeading(cell)).filter(Boolean);
  return (
    cells.length > 0 &&
    cells.every((cell) => LANGUAGE_CODE.test(cell) && !['id', 'url', 'to', 'tz', 'day', 'end'].includes(cell))
  );
}

interface HeadingRow {
  /** Index of the (lower) heading row; data starts below it. */
  readonly index: number;
  readonly twoLevel: boolean;
}

/** The heading row: the first of the first 20 rows where two cells are headings of `sheet` (or the only cell is). */
function findHeadingRow(sheet: SheetSpec, rows: readonly (readonly CellValue[])[]): HeadingRow | undefined {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const row = rows[r] ?? [];
    let known = 0;
    for (let c = 0; c < row.length; c++) if (matchHeading(sheet, headingAt(rows, r, c, false))) known++;
    if (known >= 2 || (known === 1 && row.filter((cell) => cellText(cell)).length === 1))
      return isLanguageRow(rows[r + 1]) ? { index: r + 1, twoLevel: true } : { index: r, twoLevel: false };
  }
  return undefined;
}

class Collector {
  readonly errors: SheetIssue[] = [];
  readonly warnings: SheetIssue[] = [];
  readonly cells = new CellMap();

  error(cell: CellRef, message: string, code?: string, value?: string): void {
    this.errors.push({ path: '', cell, message, ...(code ? { code } : {}), ...(value ? { value } : {}) });
  }

  warning(cell: CellRef, message: string, code?: string, value?: string): void {
    this.warnings.push({ path: '', cell, message, ...(code ? { code } : {}), ...(value ? { value } : {}) });
  }
}

/** A row's cells by column, with the place of each for messages. */
class Row {
  constructor(
    readonly sheet: string,
    readonly number: number,
    readonly cells: readonly CellValue[],
  ) {}

  value(column: Column): CellValue {
    return this.cells[column.index];
  }

  ref(column: Column): CellRef {
    return { sheet: this.sheet, row: this.number, column: column.index + 1, heading: column.heading };
  }
}

function problemAt(issues: Collector, row: Row, column: Column, problem: Problem): void {
  issues.error(row.ref(column), problem.message, problem.code, showCell(row.value(column)));
}

/** Reads one row into an item of the feed; `false` when a cell made the row unusable (already reported). */
function readRow(
  spec: SheetSpec,
  columns: readonly Column[],
  row: Row,
  base: string,
  issues: Collector,
): Record<string, unknown> | false {
  const item: Record<string, unknown> = {};
  // where each value came from, kept only when the row becomes an item (a left-out row takes no index)
  const places: [string, CellRef][] = [];
  const at = (column: Column, path: string) => places.push([path, row.ref(column)]);
  const byKey = new Map<string, Column[]>();
  for (const column of columns) byKey.set(column.spec.key, [...(byKey.get(column.spec.key) ?? []), column]);
  let usable = true;

  for (const [key, group] of byKey) {
    const column = group[0];
    const { field, kind } = column.spec;
    const path = `${base}.${field}`;
    if (kind === 'localized') {
      const text: Record<string, string> = {};
      for (const c of group) {
        const value = cellText(row.value(c));
        at(c, c.lang === 'und' ? path : `${path}.${c.lang}`);
        if (value && c.lang && !Object.hasOwn(text, c.lang)) text[c.lang] = value;
      }
      at(column, path);
      const langs = Object.keys(text);
      if (langs.length === 1 && langs[0] === 'und') item[field] = text.und;
      else if (langs.length) item[field] = text;
      continue;
    }
    const cell = row.value(column);
    if (spec.entity === 'activities' && (key === 'date' || key === 'start' || key === 'end' || key === 'end_date')) {
      continue; // combined below
    }
    // an empty cell is recorded too: "this activity needs an id" then points at it
    at(column, path);
    if (cellText(cell) === '') continue;
    switch (kind) {
      case 'date': {
        const date = readDate(cell);
        if (date.ok) item[field] = date.value;
        else problemAt(issues, row, column, date.problem);
        break;
      }
      case 'day-change': {
        const time = readTime(cell);
        item[field] = time.ok ? time.value.slice(0, 5) : cellText(cell);
        break;
      }
      case 'list':
      case 'refs':
        item[field] = readList(cell);
        break;
      case 'phones':
        item[field] = readPhones(cell);
        break;
      case 'choice':
        item[field] = cellText(cell).toLowerCase();
        break;
      case 'language':
        item[field] = cellText(cell).toLowerCase();
        break;
      default:
        item[field] = cellText(cell);
    }
  }

  if (spec.entity === 'activities') {
    const col = (key: string) => byKey.get(key)?.[0];
    const read = <T>(
      column: Column | undefined,
      reader: (cell: CellValue) => { ok: true; value: T } | { ok: false; problem: Problem },
    ) => {
      if (!column) return undefined;
      const cell = row.value(column);
      if (cellText(cell) === '') return undefined;
      const result = reader(cell);
      if (result.ok) return result.value;
      problemAt(issues, row, column, result.problem);
      usable = false;
      return undefined;
    };
    const date = read(col('date'), readDate);
    const start = read(col('start'), readTime);
    const end = read(col('end'), readTime);
    const endDate = read(col('end_date'), readDate);
    for (const [key, value] of [
      ['date', date],
      ['start', start],
      ['end', end],
    ] as const) {
      const column = col(key);
      if (value === undefined && usable && column && cellText(row.value(column)) === '') {
        issues.error(row.ref(column), `The ${column.heading} is missing; this activity was left out`, 'missing');
        usable = false;
      }
    }
    const startColumn = col('start');
    const endColumn = col('end');
    if (startColumn) at(startColumn, `${base}.start`);
    if (endColumn) at(endColumn, `${base}.end`);
    if (usable && date && start && end) {
      item.start = `${date}T${start}`;
      item.end = `${endDate ?? date}T${end}`;
    }
  }
  if (!usable) return false;
  for (const [path, ref] of places) issues.cells.set(path, ref);
  return item;
}

/** The columns of a sheet from its heading row, reporting unknown and repeated headings. */
function readColumns(spec: SheetSpec, input: SheetInput, headings: HeadingRow, issues: Collector): Column[] {
  const columns: Column[] = [];
  const seen = new Set<string>();
  const headingRow = headings.index;
  const width = Math.max(
    input.rows[headingRow]?.length ?? 0,
    headings.twoLevel ? (input.rows[headingRow - 1]?.length ?? 0) : 0,
  );
  for (let c = 0; c < width; c++) {
    const heading = headingAt(input.rows, headingRow, c, headings.twoLevel);
    const raw = headings.twoLevel ? heading : cellText(input.rows[headingRow]?.[c]) || heading;
    if (!heading) continue;
    const ref: CellRef = { sheet: input.name, row: headingRow + 1, column: c + 1, heading: raw || heading };
    const match = matchHeading(spec, heading);
    if (!match) {
      issues.warning(
        ref,
        `The column ${JSON.stringify(raw || heading)} is not one this sheet knows; it was ignored`,
        'unknown-column',
        raw,
      );
      continue;
    }
    const id = `${match.spec.key}/${match.lang ?? ''}`;
    if (seen.has(id)) {
      issues.warning(ref, `A second ${JSON.stringify(raw)} column; only the first one is read`, 'repeated-column', raw);
      continue;
    }
    seen.add(id);
    columns.push({ spec: match.spec, ...(match.lang ? { lang: match.lang } : {}), index: c, heading: raw || heading });
  }
  return columns;
}

/** Required columns of a sheet that are missing from its heading row. */
function missingColumns(spec: SheetSpec, columns: readonly Column[]): ColumnSpec[] {
  return spec.columns.filter((c) => c.required && !columns.some((col) => col.spec === c));
}

/**
 * Converts the sheets of a programme workbook (or the CSV files of one) into a feed. Sheets are found by name, in
 * any case; other sheets (README) are ignored. Errors and warnings name the sheet, cell and heading; their `path` is
 * empty (they happened before there was a feed). Never throws.
 */
export function sheetsToFeed(inputs: readonly SheetInput[]): SheetsResult {
  const issues = new Collector();
  const feed: Record<string, unknown> = { version: 1 };
  let mission: Record<string, unknown> | undefined;
  const found = new Map<string, SheetInput>();
  for (const input of inputs) {
    const spec = sheetSpec(input.name);
    if (spec && !found.has(spec.name)) found.set(spec.name, input);
  }
  for (const spec of SHEETS) {
    const input = found.get(spec.name);
    if (!input) {
      if (spec.entity === 'mission' || spec.entity === 'activities')
        issues.error({ sheet: spec.name }, `There is no ${spec.name} sheet`, 'no-sheet', spec.name);
      continue;
    }
    const headings = findHeadingRow(spec, input.rows);
    if (!headings) {
      if (input.rows.some((row) => !isEmptyRow(row)))
        issues.error(
          { sheet: input.name },
          `No heading row found (expected headings such as ${spec.columns
            .slice(0, 3)
            .map((c) => (c.kind === 'localized' ? `${c.key}_en` : c.key))
            .join(', ')})`,
          'no-headings',
        );
      continue;
    }
    const columns = readColumns(spec, input, headings, issues);
    const headingRow = headings.index;
    const missing = missingColumns(spec, columns);
    if (missing.length) {
      const names = missing.map((c) => (c.kind === 'localized' ? `${c.key}_en` : c.key)).join(', ');
      issues.error(
        { sheet: input.name, row: headingRow + 1 },
        `The heading row has no ${names} column; this sheet was not read`,
        'missing-column',
        names,
      );
      continue;
    }
    const items: Record<string, unknown>[] = [];
    for (let r = headingRow + 1; r < input.rows.length; r++) {
      const cells = input.rows[r];
      if (isEmptyRow(cells)) continue;
      const row = new Row(input.name, r + 1, cells);
      if (spec.entity === 'mission') {
        if (mission) {
          issues.warning(
            { sheet: input.name, row: r + 1 },
            'The Mission sheet has one mission: only its first row is read',
            'second-mission',
          );
          continue;
        }
        issues.cells.set('mission', { sheet: input.name, row: r + 1 });
        const item = readRow(spec, columns, row, 'mission', issues);
        if (item) mission = item;
        continue;
      }
      const base = `${spec.entity}[${items.length}]`;
      const item = readRow(spec, columns, row, base, issues);
      if (item) {
        issues.cells.set(base, { sheet: input.name, row: r + 1 });
        items.push(item);
      }
    }
    if (spec.entity !== 'mission') feed[spec.entity] = items;
  }
  if (!found.has('Mission')) return { errors: issues.errors, warnings: issues.warnings, cells: issues.cells };
  if (mission) feed.mission = mission;
  else {
    issues.cells.set('mission', { sheet: found.get('Mission')?.name ?? 'Mission' });
    feed.mission = {};
  }
  return {
    feed: { version: feed.version, mission: feed.mission, ...omit(feed, 'version', 'mission') },
    errors: issues.errors,
    warnings: issues.warnings,
    cells: issues.cells,
  };
}

function omit(record: Record<string, unknown>, ...keys: string[]): Record<string, unknown> {
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (!keys.includes(k)) copy[k] = v;
  return copy;
}
