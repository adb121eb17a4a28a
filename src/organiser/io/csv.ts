/**
 * CSV ⇄ sheets, through papaparse: one file per sheet, named after it (`activities.csv`, `Programme - Venues.csv`).
 * Reads what offices export: `;` or `,` separated, UTF-8 with or without BOM, or Windows-1252.
 */
import Papa from 'papaparse';
import type { OutCell, SheetTable } from '../feed-to-sheets.js';
import { SHEETS } from '../schema.js';
import type { SheetInput } from '../sheets-to-feed.js';

/**
 * Windows-1252 characters of bytes 0x80–0x9F (€, ’, –, …), where Latin-1 has control characters. Some decoders
 * (Node's among them) read `windows-1252` as Latin-1, so these are put right after decoding.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** The text of a CSV file: UTF-8 (BOM or not) when it is valid UTF-8, else Windows-1252 (Excel's "CSV" on Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]);
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
