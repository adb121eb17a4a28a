/**
 * CSV ⇄ sheets, through papaparse: one file per sheet, named after it (`activities.csv`, `Programme - Venues.csv`).
 * Reads what offices export: `;` or `,` separated, UTF-8 with or without BOM, or Windows-1252.
 */
import Papa from 'papaparse';
import type { OutCell, SheetTable } from '../feed-to-sheets.js';
import { SHEETS } from '../schema.js';
import type { SheetInput } from '../sheets-to-feed.js';

/** The text of a CSV file: UTF-8 (BOM or not) when it is valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The sheet a CSV file stands for, from its name (`Mission programme - Activities.csv` → Activities). */
export function sheetOfFile(fileName: string): string | undefined {
  const base = fileName
    .replace(/^.*[/\\]/, '')
    .replace(/\.[^.]*$/, '')
    .toLowerCase();
  let best: { name: string; at: number } | undefined;
  for (const sheet of SHEETS) {
    const at = base.lastIndexOf(sheet.name.toLowerCase());
    if (at >= 0 && (!best || at > best.at)) best = { name: sheet.name, at };
  }
  return best?.name;
}

/** The rows of one CSV text; the separator (`,`, `;`, tab, `|`) is detected. */
export function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text, { delimiter: '', skipEmptyLines: false });
  return parsed.data;
}

/** One CSV file as the sheet its name says (or the name itself when it says none). */
export function readCsv(fileName: string, bytes: Uint8Array): SheetInput {
  return { name: sheetOfFile(fileName) ?? fileName, rows: parseCsv(decodeText(bytes)) };
}

const cellText = (cell: OutCell) => (typeof cell === 'string' ? cell : 'date' in cell ? cell.date : cell.time);

/**
 * One sheet as CSV text: `;`-separated with a UTF-8 BOM and CRLF line ends, which spreadsheet programs set to
 * Belgian, French, Dutch or German conventions open directly.
 */
export function writeCsv(table: SheetTable): string {
  const body = Papa.unparse([table.headings as string[], ...table.rows.map((row) => row.map(cellText))], {
    delimiter: ';',
    newline: '\r\n',
  });
  return `\uFEFF${body}\r\n`;
}
