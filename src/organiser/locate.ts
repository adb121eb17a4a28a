/**
 * Where a feed value came from in the spreadsheet, so that a problem found in the feed (`activities[12].start`) can
 * be told in the author's terms: `Activities!E14 (start)`.
 */
import type { Issue } from '../core/feed/types.js';

/** A place in a workbook: a sheet, a row (1-based, as the spreadsheet numbers it) and, when known, a column. */
export interface CellRef {
  readonly sheet: string;
  /** 1-based row number; absent for a problem with the sheet as a whole. */
  readonly row?: number;
  /** 1-based column number. */
  readonly column?: number;
  /** The column's heading as written in the sheet. */
  readonly heading?: string;
}

/** A problem of the conversion or of the validator, located in the sheet when it can be. */
export interface SheetIssue extends Issue {
  /** The place in the workbook, when the problem is in one. */
  readonly cell?: CellRef;
  /** What kind of problem it is, for translated messages and fix suggestions (see `issueKind`). */
  readonly code?: string;
  /** The cell's content as shown in the message, for translated messages. */
  readonly value?: string;
}

/** `A`, `B`, … `Z`, `AA`, … for a 1-based column number. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A sheet name as a spreadsheet formula writes it: quoted when it is not a plain word. */
function sheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
}

/** `Activities!E14 (start)`, `Activities row 14`, or `Activities` (plain words, as shown to authors). */
export function describeCell(ref: CellRef): string {
  const sheet = sheetName(ref.sheet);
  if (ref.row === undefined) return ref.heading ? `${sheet} (${ref.heading})` : sheet;
  if (ref.column === undefined) return `${sheet} row ${ref.row}`;
  return `${sheet}!${columnLetter(ref.column)}${ref.row}${ref.heading ? ` (${ref.heading})` : ''}`;
}

/** Where each JSON path of a converted feed was read from. */
export class CellMap {
  readonly #paths = new Map<string, CellRef>();

  set(path: string, ref: CellRef): void {
    if (!this.#paths.has(path)) this.#paths.set(path, ref);
  }

  /**
   * The cell `path` was read from, else that of its nearest recorded parent (`activities[3].sectors[1]` →
   * `activities[3].sectors` → `activities[3]`), else undefined.
   */
  find(path: string): CellRef | undefined {
    let current = path;
    for (;;) {
      const ref = this.#paths.get(current);
      if (ref) return ref;
      const cut = Math.max(current.lastIndexOf('.'), current.lastIndexOf('['));
      if (cut <= 0) return undefined;
      current = current.slice(0, cut);
    }
  }
}

/** `issue` with the cell it concerns, when `cells` knows where its path came from. */
export function locateIssue(issue: Issue, cells: CellMap): SheetIssue {
  const cell = cells.find(issue.path);
  return cell ? { ...issue, cell } : issue;
}

/** One line for a terminal or a log: `Activities!E14 (start): "25:00" is not a time`, or `path: message`. */
export function formatIssue(issue: SheetIssue): string {
  return `${issue.cell ? describeCell(issue.cell) : issue.path}: ${issue.message}`;
}
