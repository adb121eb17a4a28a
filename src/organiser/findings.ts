/**
 * The studio's view of a conversion's problems: each one classified (for a translated title and a one-line fix),
 * and grouped by the sheet (or the part of the feed) it is in, in reading order.
 */
import { describeCell, type SheetIssue } from './locate.js';

/** Kinds of problem the studio explains; `other` for anything it has no better words for. */
export const FINDING_KINDS = [
  'not-a-time',
  'not-a-date',
  'missing',
  'missing-column',
  'no-sheet',
  'no-headings',
  'unknown-column',
  'repeated-column',
  'second-mission',
  'end-before-start',
  'time-gap',
  'time-twice',
  'offset',
  'unknown-ref',
  'duplicate-id',
  'missing-id',
  'missing-title',
  'zone',
  'link',
  'colour',
  'phone',
  'email',
  'date-time',
  'unknown-value',
  'not-readable',
  'other',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly kind: FindingKind;
  /** `Activities!E14 (start)`, or the JSON path for a feed that was not a spreadsheet. */
  readonly where: string;
  readonly issue: SheetIssue;
}

export interface FindingGroup {
  /** A sheet name, or the top-level key of the feed (`activities`, `mission`), or `$` for the file as a whole. */
  readonly title: string;
  readonly findings: readonly Finding[];
}

const PATTERNS: readonly (readonly [RegExp, FindingKind])[] = [
  [/end must be after the start/i, 'end-before-start'],
  [/does not exist in/i, 'time-gap'],
  [/occurs twice/i, 'time-twice'],
  [/offset|give their times at/i, 'offset'],
  [/^Unknown (?!time zone|value)\w+ .*reference was dropped/i, 'unknown-ref'],
  [/^Duplicate id/i, 'duplicate-id'],
  [/non-empty text "id"/i, 'missing-id'],
  [/needs a title/i, 'missing-title'],
  [/Unknown time zone/i, 'zone'],
  [/Not a usable link/i, 'link'],
  [/colour/i, 'colour'],
  [/phone number/i, 'phone'],
  [/e-mail/i, 'email'],
  [/Expected a date-time|Expected a date such as/i, 'date-time'],
  [/^Unknown value/i, 'unknown-value'],
  [/Not a (?:readable spreadsheet|programme this reader knows)/i, 'not-readable'],
];

/** The kind of `issue`: its code when the converter gave one, else read from the validator's message. */
export function findingKind(issue: SheetIssue): FindingKind {
  if (issue.code && (FINDING_KINDS as readonly string[]).includes(issue.code)) return issue.code as FindingKind;
  for (const [pattern, kind] of PATTERNS) if (pattern.test(issue.message)) return kind;
  return 'other';
}

/** Row, then column, so findings read down the sheet. */
function order(a: Finding, b: Finding): number {
  const ra = a.issue.cell?.row ?? 0;
  const rb = b.issue.cell?.row ?? 0;
  return ra - rb || (a.issue.cell?.column ?? 0) - (b.issue.cell?.column ?? 0);
}

/**
 * Errors and warnings grouped by sheet (in the order sheets were met) or, for a JSON feed, by its top-level key;
 * within a group, errors first, then down the sheet.
 */
export function groupFindings(errors: readonly SheetIssue[], warnings: readonly SheetIssue[]): FindingGroup[] {
  const groups = new Map<string, Finding[]>();
  const add = (issue: SheetIssue, severity: Finding['severity']) => {
    const title = issue.cell?.sheet ?? (/^[A-Za-z$]+/.exec(issue.path)?.[0] || '$');
    const where = issue.cell ? describeCell(issue.cell) : issue.path;
    const finding: Finding = { severity, kind: findingKind(issue), where, issue };
    groups.set(title, [...(groups.get(title) ?? []), finding]);
  };
  for (const issue of errors) add(issue, 'error');
  for (const issue of warnings) add(issue, 'warning');
  return [...groups].map(([title, findings]) => ({
    title,
    findings: [...findings].sort((a, b) => (a.severity === b.severity ? order(a, b) : a.severity === 'error' ? -1 : 1)),
  }));
}
