/**
 * The spreadsheet layout of a mission programme: one sheet per entity of the feed (SPEC §3), one row per item, one
 * column per field, and one column per language for every text (`title_en`, `title_fr`, …). Both directions of the
 * conversion, the template and its README sheet are built from this description.
 */

/** What a column holds, which decides how its cells are read and written. */
export type ColumnKind =
  | 'id'
  | 'text' // a plain text, the same in every language (a contact's name, an address)
  | 'localized' // one column per language: `<key>_<lang>`; a bare `<key>` column holds a text in no given language
  | 'date' // YYYY-MM-DD, dd/mm/yyyy or a date cell
  | 'time' // HH:mm, a time cell or a fraction of a day; may carry an offset (09:00-07:00)
  | 'list' // values separated by ";" (or "," or line breaks)
  | 'phones' // phone numbers separated by ";" or line breaks
  | 'ref' // the id of an item of another sheet
  | 'refs' // ids of items of another sheet, separated by ";"
  | 'choice' // one of `choices`
  | 'zone' // an IANA zone name
  | 'language' // a language tag
  | 'url'
  | 'email'
  | 'colour'
  | 'day-change'; // HH:mm

export interface ColumnSpec {
  /** The heading (for `localized`, the stem before `_<lang>`). */
  readonly key: string;
  /** The feed property it fills (`start`, `timeZone`, …). */
  readonly field: string;
  readonly kind: ColumnKind;
  /** Explanation for the README sheet and the docs. */
  readonly help: string;
  readonly required?: boolean;
  /** For `choice`: the allowed values (a drop-down in the template). */
  readonly choices?: readonly string[];
  /** For `ref`/`refs`: the sheet whose ids it names (a drop-down in the template). */
  readonly refSheet?: SheetName;
}

export type SheetName = 'Mission' | 'Locations' | 'Venues' | 'Sectors' | 'Contacts' | 'Activities';

export interface SheetSpec {
  readonly name: SheetName;
  /** The feed's top-level key: `mission` (one row) or the name of a list. */
  readonly entity: 'mission' | 'locations' | 'venues' | 'sectors' | 'contacts' | 'activities';
  readonly help: string;
  readonly columns: readonly ColumnSpec[];
}

/** Languages that get their own columns in the template, in this order. Others (`title_es`) are read all the same. */
export const TEMPLATE_LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;

export const ACTIVITY_TYPE_CHOICES = ['b2b', 'seminar', 'visit', 'networking', 'official', 'reception', 'other'];
export const ACTIVITY_STATUS_CHOICES = ['confirmed', 'tentative', 'cancelled'];

export const SHEETS: readonly SheetSpec[] = [
  {
    name: 'Mission',
    entity: 'mission',
    help: 'The mission as a whole: one row under the headings.',
    columns: [
      {
        key: 'id',
        field: 'id',
        kind: 'id',
        required: true,
        help: 'A short code for the mission, e.g. bem-west-coast-2025.',
      },
      {
        key: 'title',
        field: 'title',
        kind: 'localized',
        required: true,
        help: 'Name of the mission, one column per language.',
      },
      { key: 'description', field: 'description', kind: 'localized', help: 'A short introduction (plain text).' },
      {
        key: 'time_zone',
        field: 'timeZone',
        kind: 'zone',
        required: true,
        help: 'Time zone of the mission, as a name such as America/Los_Angeles or Europe/Brussels. Times in the other sheets are read in it unless a location or activity gives another.',
      },
      { key: 'start_date', field: 'startDate', kind: 'date', help: 'First day, e.g. 2025-10-05 or 05/10/2025.' },
      { key: 'end_date', field: 'endDate', kind: 'date', help: 'Last day.' },
      {
        key: 'default_language',
        field: 'defaultLanguage',
        kind: 'language',
        help: 'Language shown when the visitor’s is missing, e.g. en.',
      },
      { key: 'languages', field: 'languages', kind: 'list', help: 'Languages offered, in order, e.g. en; fr; nl; de.' },
      {
        key: 'day_change',
        field: 'dayChange',
        kind: 'day-change',
        help: 'When grouping by mission day, activities before this time belong to the previous day, e.g. 04:00.',
      },
      { key: 'url', field: 'url', kind: 'url', help: 'Web page of the mission (https://…).' },
      {
        key: 'contacts',
        field: 'contacts',
        kind: 'refs',
        refSheet: 'Contacts',
        help: 'Ids of the general contacts, separated by ";".',
      },
    ],
  },
  {
    name: 'Locations',
    entity: 'locations',
    help: 'The cities of the mission, each with its time zone.',
    columns: [
      { key: 'id', field: 'id', kind: 'id', required: true, help: 'A short code, e.g. sf.' },
      { key: 'name', field: 'name', kind: 'localized', help: 'Name of the city.' },
      { key: 'time_zone', field: 'timeZone', kind: 'zone', help: 'Time zone of the city (default: the mission’s).' },
    ],
  },
  {
    name: 'Venues',
    entity: 'venues',
    help: 'Buildings or rooms where activities take place.',
    columns: [
      { key: 'id', field: 'id', kind: 'id', required: true, help: 'A short code, e.g. v-fairmont.' },
      { key: 'name', field: 'name', kind: 'localized', help: 'Name of the venue.' },
      { key: 'address', field: 'address', kind: 'localized', help: 'Postal address.' },
      {
        key: 'location',
        field: 'location',
        kind: 'ref',
        refSheet: 'Locations',
        help: 'Id of the city (from Locations).',
      },
      { key: 'url', field: 'url', kind: 'url', help: 'Web page of the venue.' },
    ],
  },
  {
    name: 'Sectors',
    entity: 'sectors',
    help: 'Sectors or tracks visitors can filter on.',
    columns: [
      { key: 'id', field: 'id', kind: 'id', required: true, help: 'A short code, e.g. life-sciences.' },
      { key: 'name', field: 'name', kind: 'localized', help: 'Name of the sector.' },
      { key: 'color', field: 'color', kind: 'colour', help: 'Colour, e.g. #2e7d32.' },
    ],
  },
  {
    name: 'Contacts',
    entity: 'contacts',
    help: 'People to contact, named by id from the mission and the activities.',
    columns: [
      { key: 'id', field: 'id', kind: 'id', required: true, help: 'A short code, e.g. press-1.' },
      { key: 'name', field: 'name', kind: 'text', help: 'Full name.' },
      { key: 'role', field: 'role', kind: 'localized', help: 'Role or function.' },
      { key: 'organisation', field: 'organisation', kind: 'localized', help: 'Organisation.' },
      {
        key: 'phones',
        field: 'phones',
        kind: 'phones',
        help: 'Phone numbers, international format, separated by ";".',
      },
      { key: 'email', field: 'email', kind: 'email', help: 'E-mail address.' },
      { key: 'url', field: 'url', kind: 'url', help: 'Web page.' },
    ],
  },
  {
    name: 'Activities',
    entity: 'activities',
    help: 'The programme: one row per activity, in any order.',
    columns: [
      {
        key: 'id',
        field: 'id',
        kind: 'id',
        required: true,
        help: 'A short code, unique in the programme, e.g. a-001.',
      },
      {
        key: 'date',
        field: 'start',
        kind: 'date',
        required: true,
        help: 'Day of the start, e.g. 2025-10-06 or 06/10/2025.',
      },
      {
        key: 'start',
        field: 'start',
        kind: 'time',
        required: true,
        help: 'Start time, e.g. 09:00, in the activity’s time zone.',
      },
      { key: 'end', field: 'end', kind: 'time', required: true, help: 'End time, after the start.' },
      {
        key: 'end_date',
        field: 'end',
        kind: 'date',
        help: 'Day of the end, only when it is not the day of the start.',
      },
      { key: 'title', field: 'title', kind: 'localized', required: true, help: 'Title of the activity.' },
      {
        key: 'type',
        field: 'type',
        kind: 'choice',
        choices: ACTIVITY_TYPE_CHOICES,
        help: `Kind of activity: ${ACTIVITY_TYPE_CHOICES.join(', ')}.`,
      },
      {
        key: 'status',
        field: 'status',
        kind: 'choice',
        choices: ACTIVITY_STATUS_CHOICES,
        help: `Status: ${ACTIVITY_STATUS_CHOICES.join(', ')} (default confirmed).`,
      },
      {
        key: 'location',
        field: 'location',
        kind: 'ref',
        refSheet: 'Locations',
        help: 'Id of the city (from Locations).',
      },
      { key: 'venue', field: 'venue', kind: 'ref', refSheet: 'Venues', help: 'Id of the venue (from Venues).' },
      {
        key: 'sectors',
        field: 'sectors',
        kind: 'refs',
        refSheet: 'Sectors',
        help: 'Ids of the sectors, separated by ";".',
      },
      {
        key: 'time_zone',
        field: 'timeZone',
        kind: 'zone',
        help: 'Only when the times are in another zone than the location’s.',
      },
      { key: 'description', field: 'description', kind: 'localized', help: 'Details (plain text).' },
      {
        key: 'contacts',
        field: 'contacts',
        kind: 'refs',
        refSheet: 'Contacts',
        help: 'Ids of the contacts, separated by ";".',
      },
      { key: 'url', field: 'url', kind: 'url', help: 'More information or registration (https://…, mailto: or tel:).' },
    ],
  },
];

/** The sheet description named `name` (any case, surrounding spaces ignored), if any. */
export function sheetSpec(name: string): SheetSpec | undefined {
  const wanted = name.trim().toLowerCase();
  return SHEETS.find((s) => s.name.toLowerCase() === wanted);
}
