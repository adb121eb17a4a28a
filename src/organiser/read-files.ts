/**
 * Files dropped on the studio (or read by any other caller) → a checked conversion: one workbook, a set of CSV files
 * (one per sheet), or one programme text (a feed, a frab/pretalx schedule). Runs in the studio's worker.
 */
import { convertSheets, convertText, type OrganiserResult } from './convert.js';
import { readCsv } from './io/csv.js';
import { looksLikeXlsx, readWorkbook } from './io/xlsx.js';

export interface InputFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

const refuse = (message: string): OrganiserResult => ({
  source: 'unknown',
  errors: [{ path: '$', message, code: 'not-readable' }],
  warnings: [],
});

/** Converts and validates `files`; never rejects (an unreadable file gives a result with one error saying so). */
export async function readFiles(files: readonly InputFile[]): Promise<OrganiserResult> {
  if (!files.length) return refuse('No file was given.');
  const csv = files.filter((f) => /\.csv$/i.test(f.name));
  if (csv.length) return convertSheets(csv.map((f) => readCsv(f.name, f.bytes)));
  const file = files[0];
  if (looksLikeXlsx(file.bytes)) {
    try {
      return convertSheets(await readWorkbook(file.bytes));
    } catch (error) {
      return refuse(
        `${file.name} is not a readable spreadsheet (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return refuse(`${file.name} is neither a spreadsheet (.xlsx), nor CSV, nor a feed (JSON).`);
  }
  const result = convertText(text);
  if (result.source === 'unknown' && /\.xlsx?$/i.test(file.name))
    return refuse(`${file.name} is not a readable spreadsheet: save it as .xlsx.`);
  return result;
}
