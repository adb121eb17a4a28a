/**
 * The organiser's conversion in one call: spreadsheet sheets (or a feed / conference schedule as text) → a validated
 * feed, with every problem located in the author's terms. Used by the CLI and the studio page alike.
 */
import { parseFeed } from '../core/feed/validate.js';
import type { Programme } from '../core/feed/types.js';
import { importProgramme } from '../core/import/index.js';
import { locateIssue, type SheetIssue } from './locate.js';
import { sheetsToFeed, type SheetInput } from './sheets-to-feed.js';

export interface OrganiserResult {
  /** What was read: a workbook / CSV sheets, or the format of a programme text. */
  readonly source: 'sheets' | 'mission' | 'frab-json' | 'frab-xml' | 'unknown';
  /** The feed to publish (version 1 JSON), when one could be built. */
  readonly feed?: unknown;
  /** The validated programme, when the feed is usable. */
  readonly programme?: Programme;
  readonly errors: readonly SheetIssue[];
  readonly warnings: readonly SheetIssue[];
}

/** Converts and validates spreadsheet sheets; the validator's findings point at the cells they came from. */
export function convertSheets(sheets: readonly SheetInput[]): OrganiserResult {
  const read = sheetsToFeed(sheets);
  if (!read.feed) return { source: 'sheets', errors: read.errors, warnings: read.warnings };
  const checked = parseFeed(read.feed);
  const errors = [...read.errors, ...checked.errors.map((i) => locateIssue(i, read.cells))];
  const warnings = [...read.warnings, ...checked.warnings.map((i) => locateIssue(i, read.cells))];
  return checked.programme
    ? { source: 'sheets', feed: read.feed, programme: checked.programme, errors, warnings }
    : { source: 'sheets', feed: read.feed, errors, warnings };
}

export interface TextOptions {
  /** Zone for conference schedules whose times carry no offset and no zone. */
  readonly eventZone?: string;
}

/** Converts and validates a programme text: a mission-agenda feed, a frab/pretalx schedule.json or schedule.xml. */
export function convertText(text: string, options: TextOptions = {}): OrganiserResult {
  const result = importProgramme(text.replace(/^\uFEFF/, ''), {
    format: 'auto',
    ...(options.eventZone ? { eventZone: options.eventZone } : {}),
  });
  return {
    source: result.format,
    ...(result.feed === undefined ? {} : { feed: result.feed }),
    ...(result.programme ? { programme: result.programme } : {}),
    errors: result.errors,
    warnings: result.warnings,
  };
}
