import { parseFeed } from '../feed/validate.js';
import type { Issue, ParseResult } from '../feed/types.js';
import { isObject, own } from '../feed/values.js';
import { frabJsonToFeed, type ConversionResult } from './frab-json.js';
import { frabXmlToFeed } from './frab-xml.js';

export type { ConvertOptions } from './convert.js';
export { frabJsonToFeed, type ConversionResult } from './frab-json.js';
export { frabXmlToFeed } from './frab-xml.js';
export { htmlToText } from './html.js';
export { parseXml, XmlError, type XmlElement } from './xml.js';

/** The programme formats `importProgramme` reads. */
export type ProgrammeFormat = 'mission' | 'frab-json' | 'frab-xml';

/** `parseFeed`'s result, with the conversion's own findings first, the format that was read and the feed validated. */
export type ImportResult = ParseResult & {
  readonly format: ProgrammeFormat | 'unknown';
  /** The version 1 feed given to `parseFeed`: the converted one for conference formats, else the parsed input. */
  readonly feed?: unknown;
};

export interface ImportOptions {
  /** `auto` (default) detects the format from the content. */
  readonly format?: 'auto' | ProgrammeFormat;
  /**
   * IANA zone of a conference schedule whose times carry neither an offset nor a zone (old frab XML), and of one that
   * names no zone at all: the page's `event-zone`, the CLI's `--time-zone`. A schedule's own `time_zone_name` wins
   * (with a warning when they differ); without either, times are read as UTC and a warning says so. Not used for
   * mission-agenda feeds, which always name their zone. An unknown name is an error and is not used.
   */
  readonly eventZone?: string;
}

/**
 * The longest programme text read, in characters: ten times FOSDEM 2026's whole `schedule.xml` (2.8 million, 883
 * events). A longer one is refused with one error rather than parsed for seconds into a page nobody could read.
 */
export const MAX_DOCUMENT = 32_000_000;

const UNKNOWN =
  'Not a programme this reader knows: expected a mission-agenda feed (JSON with "version": 1 and a "mission"), ' +
  'a frab/pretalx schedule.json or a Pentabarf/frab schedule.xml.';

/** Skips the XML declaration, comments, processing instructions and a DOCTYPE before the root element. */
const PROLOG = /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;

function xmlRoot(text: string): string | undefined {
  const rest = text.slice(PROLOG.exec(text)?.[0].length ?? 0);
  return /^<([A-Za-z_][\w:.-]*)/.exec(rest)?.[1];
}

function valueFormat(value: unknown): ProgrammeFormat | 'unknown' {
  if (!isObject(value)) return 'unknown';
  const schedule = own(value, 'schedule');
  if (isObject(schedule) && isObject(own(schedule, 'conference'))) return 'frab-json';
  return own(value, 'mission') !== undefined || own(value, 'activities') !== undefined ? 'mission' : 'unknown';
}

/**
 * The format of a programme text: `frab-xml` for XML whose root is `<schedule>`, `frab-json` for JSON with
 * `schedule.conference`, `mission` for JSON with `mission` or `activities`, else `unknown` (including text that is
 * neither JSON nor XML).
 */
export function detectFormat(text: string): ProgrammeFormat | 'unknown' {
  if (typeof text !== 'string') return 'unknown';
  const root = xmlRoot(text);
  if (root !== undefined) return root === 'schedule' ? 'frab-xml' : 'unknown';
  try {
    return valueFormat(JSON.parse(text));
  } catch {
    return 'unknown';
  }
}

function refuse(format: ProgrammeFormat | 'unknown', message: string): ImportResult {
  return { format, errors: [{ path: '$', message }], warnings: [] };
}

function validate(format: ProgrammeFormat, converted: ConversionResult): ImportResult {
  const { feed } = converted;
  if (!feed) return { format, errors: converted.errors, warnings: converted.warnings };
  const result = parseFeed(feed);
  const errors: Issue[] = [...converted.errors, ...result.errors];
  const warnings: Issue[] = [...converted.warnings, ...result.warnings];
  return result.programme
    ? { format, feed, programme: result.programme, errors, warnings }
    : { format, feed, errors, warnings };
}

/**
 * Reads a programme in any supported format and validates it (SPEC §3): a mission-agenda feed goes straight to
 * `parseFeed`; a frab/pretalx `schedule.json` or Pentabarf/frab `schedule.xml` is first converted into a feed. `input`
 * is the document's text or an already parsed JSON value. Errors and warnings of the conversion (located in the
 * source document: `schedule.conference.days[0]…`, `/schedule/day[1]/…`) come before those of the validator
 * (located in the converted feed: `activities[3].start`). Unreadable input gives no programme and one error. Never
 * throws.
 */
export function importProgramme(input: unknown, options: ImportOptions = {}): ImportResult {
  const wanted = options.format ?? 'auto';
  const convertOptions = options.eventZone === undefined ? {} : { eventZone: options.eventZone };
  let value = input;
  if (typeof input === 'string') {
    if (input.length > MAX_DOCUMENT) {
      const size = (n: number) => `${(n / 1e6).toFixed(1)} million`;
      return refuse(
        wanted === 'auto' ? 'unknown' : wanted,
        `The document is ${size(input.length)} characters long; programmes of up to ${size(MAX_DOCUMENT)} are read ` +
          `(a 900-event conference is about 3 million).`,
      );
    }
    const root = xmlRoot(input);
    if (wanted === 'frab-xml' || (wanted === 'auto' && root !== undefined)) {
      if (wanted === 'auto' && root !== 'schedule') return refuse('unknown', `${UNKNOWN} The XML root is <${root}>.`);
      return validate('frab-xml', frabXmlToFeed(input, convertOptions));
    }
    try {
      value = JSON.parse(input);
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      return refuse(wanted === 'auto' ? 'unknown' : wanted, `${UNKNOWN} The text is neither XML nor JSON (${reason}).`);
    }
  } else if (wanted === 'frab-xml') {
    return refuse('frab-xml', 'A schedule.xml must be given as text.');
  }
  const format = wanted === 'auto' ? valueFormat(value) : wanted;
  if (format === 'frab-json') return validate(format, frabJsonToFeed(value, convertOptions));
  if (format === 'mission') return { format, feed: value, ...parseFeed(value) };
  return refuse('unknown', UNKNOWN);
}
