/**
 * XLSX ⇄ sheets, through exceljs: reading a workbook into rows of plain cell values, and writing the template (or a
 * feed laid out on it) with a README sheet, frozen headings and drop-downs for types, statuses, sectors and places.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from '../cells.js';
import type { OutCell, SheetsOut } from '../feed-to-sheets.js';
import { columnLetter } from '../locate.js';
import type { SheetInput } from '../sheets-to-feed.js';

/** The plain value of an exceljs cell value: rich text joined, a formula's cached result, a link's text. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return plain(value.result);
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('error' in value) return null;
  }
  return null;
}

/** True when `bytes` start like a ZIP file (an .xlsx is one). */
export function looksLikeXlsx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * The sheets of an .xlsx workbook as rows of plain values. A merged cell gives its value to every cell it covers,
 * so a date merged down a day's rows belongs to each of them and a heading merged over its language columns heads
 * each of them. Rejects when the bytes are not a workbook.
 */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetInput[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: SheetInput[] = [];
  workbook.eachSheet((sheet) => {
    const rows: CellValue[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, number) => {
      const cells: CellValue[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        cells[col - 1] = plain(cell.isMerged ? cell.master.value : cell.value);
      });
      rows[number - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    sheets.push({ name: sheet.name, rows });
  });
  return sheets;
}

/** The spreadsheet value of a cell to write: dates as date cells (wall values, stored as UTC), times as fractions. */
function cellValue(cell: OutCell): { value: ExcelJS.CellValue; numFmt?: string } {
  if (typeof cell === 'string') return { value: cell === '' ? null : cell };
  if ('date' in cell) return { value: new Date(`${cell.date}T00:00:00Z`), numFmt: 'yyyy-mm-dd' };
  // the fraction of a day itself: through a Date it would lose a hair (14:00 read back as 13:59:59.9999)
  const [h, m] = cell.time.split(':').map(Number);
  return { value: (h * 60 + m) / 1440, numFmt: 'hh:mm' };
}

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** Rows of each sheet that get drop-downs and formats, beyond the filled ones. */
const SPARE_ROWS = 500;

export interface WriteOptions {
  /** Stored as the workbook's creation and modification date (a fixed one makes the file reproducible). */
  readonly date?: Date;
  /** The README sheet's text: a title and one line per sheet/column. */
  readonly readme?: readonly (readonly string[])[];
}

/** An .xlsx workbook holding `out` (from `feedToSheets`), with a README sheet first when given. */
export async function writeWorkbook(out: SheetsOut, options: WriteOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'mission-agenda';
  const date = options.date ?? new Date(Date.UTC(2025, 0, 1));
  workbook.created = date;
  workbook.modified = date;
  if (options.readme) {
    const readme = workbook.addWorksheet('README', { properties: { tabColor: { argb: 'FF1F4E8C' } } });
    readme.columns = [{ width: 14 }, { width: 22 }, { width: 110 }];
    options.readme.forEach((line, i) => {
      const row = readme.addRow([...line]);
      if (i === 0) row.font = { bold: true, size: 14 };
      else if (line.length === 3 && line[1] === '') row.font = { bold: true };
      row.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  const idRange = (sheet: string) => `${sheet}!$A$2:$A$${SPARE_ROWS + 200}`;
  for (const table of out.sheets) {
    const sheet = workbook.addWorksheet(table.spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(table.headings);
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    for (const cells of table.rows) {
      const row = sheet.addRow([]);
      cells.forEach((cell, i) => {
        const { value, numFmt } = cellValue(cell);
        const target = row.getCell(i + 1);
        target.value = value;
        if (numFmt) target.numFmt = numFmt;
      });
    }
    const last = Math.max(table.rows.length + 1, SPARE_ROWS);
    // exceljs keeps ranged validations on the sheet (one rule per range, not per cell); its types omit them
    const validations = (sheet as unknown as { dataValidations: DataValidations }).dataValidations;
    table.columns.forEach((column, i) => {
      const letter = columnLetter(i + 1);
      const width = column.kind === 'localized' ? 36 : column.kind === 'refs' || column.kind === 'url' ? 28 : 14;
      sheet.getColumn(i + 1).width = width;
      const range = `${letter}2:${letter}${last}`;
      if (column.kind === 'choice' && column.choices) {
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: [`"${column.choices.join(',')}"`],
          showErrorMessage: true,
          errorStyle: 'stop',
          errorTitle: column.key,
          error: `Choose one of: ${column.choices.join(', ')}`,
        });
      } else if ((column.kind === 'ref' || column.kind === 'refs') && column.refSheet) {
        // a list of several ids ("a; b") is allowed: the drop-down only proposes, it does not refuse
        validations.add(range, {
          type: 'list',
          allowBlank: true,
          formulae: [idRange(column.refSheet)],
          showErrorMessage: true,
          errorStyle: column.kind === 'ref' ? 'warning' : 'information',
          errorTitle: column.key,
          error: `Not an id of the ${column.refSheet} sheet.`,
        });
      } else if (column.kind === 'date' && table.spec.entity === 'activities') {
        sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
      } else if (column.kind === 'time') {
        sheet.getColumn(i + 1).numFmt = 'hh:mm';
      }
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
