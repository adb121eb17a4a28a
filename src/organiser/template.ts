/** The README sheet of the template: what each sheet and column is for, written from the sheet descriptions. */
import { SHEETS, TEMPLATE_LANGUAGES } from './schema.js';

/** Rows of the README sheet: a title, a few lines of how-to, then per sheet its purpose and each column. */
export function templateReadme(): string[][] {
  const rows: string[][] = [
    ['Mission programme: how to fill in this workbook'],
    [
      '',
      '',
      'One sheet per kind of item, one row per item, headings in row 1 (keep them). Texts have a column per language ' +
        `(title_${TEMPLATE_LANGUAGES.join(', title_')}); leave a language empty when you have no translation. ` +
        'Dates as date cells or as 2025-10-06 or 06/10/2025; times as time cells or as 09:00. Several ids in one cell ' +
        'are separated by ";" (life-sciences; cleantech-energy). The drop-downs propose the allowed values and the ids ' +
        'of the other sheets.',
    ],
    [
      '',
      '',
      'Check the workbook in the studio page (studio/index.html of the mission-agenda package) or convert it with ' +
        '"npx mission-agenda convert programme.xlsx -o mission.json": every problem names its sheet, cell and column.',
    ],
    [],
  ];
  for (const sheet of SHEETS) {
    rows.push([sheet.name, '', sheet.help]);
    for (const column of sheet.columns) {
      const heading = column.kind === 'localized' ? `${column.key}_en, _fr, …` : column.key;
      rows.push(['', heading, `${column.required ? 'Required. ' : ''}${column.help}`]);
    }
    rows.push([]);
  }
  return rows;
}
