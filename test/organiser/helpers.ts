/** Helpers for the organiser tests: the example feed laid out on sheets as a spreadsheet reader would give them. */
import type { CellValue } from '../../src/organiser/cells.js';
import { feedToSheets, type OutCell } from '../../src/organiser/feed-to-sheets.js';
import type { SheetInput } from '../../src/organiser/sheets-to-feed.js';

/** A written cell as a reader gives it back: dates and times as Date values on their UTC fields. */
export function readBack(cell: OutCell): CellValue {
  if (typeof cell === 'string') return cell === '' ? null : cell;
  if ('date' in cell) return new Date(`${cell.date}T00:00:00Z`);
  return new Date(`1899-12-30T${cell.time}:00Z`);
}

/** The sheets of `feed` as a workbook reader would give them (heading row, then the rows). */
export function sheetsOf(feed: unknown): SheetInput[] {
  return feedToSheets(feed, { template: true }).sheets.map((table) => ({
    name: table.spec.name,
    rows: [table.headings, ...table.rows.map((row) => row.map(readBack))],
  }));
}

/** `sheets` with one cell replaced (row and column 1-based, as the spreadsheet numbers them). */
export function withCell(sheets: SheetInput[], sheet: string, row: number, heading: string, value: CellValue) {
  return sheets.map((s) => {
    if (s.name !== sheet) return s;
    const column = (s.rows[0] as readonly CellValue[]).indexOf(heading);
    const rows = s.rows.map((r, i) => (i === row - 1 ? r.map((c, j) => (j === column ? value : c)) : r));
    return { ...s, rows };
  });
}
