/**
 * What the `mission-agenda` command needs from the organiser's tools, bundled with exceljs and papaparse into one
 * Node module (dist/cli/organiser.js) by scripts/build-cli.mjs. File system access stays in bin/mission-agenda.mjs.
 */
export { convertSheets, convertText, type OrganiserResult } from './convert.js';
export { feedToSheets } from './feed-to-sheets.js';
export { describeCell, formatIssue } from './locate.js';
export { readCsv, writeCsv, sheetOfFile } from './io/csv.js';
export { looksLikeXlsx, readWorkbook, writeWorkbook } from './io/xlsx.js';
export { templateReadme } from './template.js';
export { importProgramme } from '../core/import/index.js';
