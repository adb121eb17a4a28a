import type { Issue } from './types.js';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Appends a key or an index to a JSON path: `at('activities', 12)` → `activities[12]`,
 * `at('mission.title', 'fr')` → `mission.title.fr`, odd keys are quoted: `x["a b"]`.
 */
export function at(base: string, key: string | number): string {
  if (typeof key === 'number') return `${base}[${key}]`;
  if (!IDENTIFIER.test(key)) return `${base}[${JSON.stringify(clip(key))}]`;
  return base ? `${base}.${key}` : key;
}

/** Shortens a feed value before it is quoted in a message (feeds may hold huge strings). */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A feed value, quoted for a message: strings clipped and in quotes, other values by their kind. Never throws. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(clip(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : 'an unsupported value';
}

/** How warnings of one kind, given for many items, are told once. */
export interface WarningGroup {
  /** Warnings with the same key are one kind (e.g. the same offset against the same zone). */
  readonly key: string;
  /** The item the warning is about (an activity's path): two warnings on one item count once. */
  readonly item: string;
  /** The one warning that replaces the kind's warnings once they concern `count` (two or more) items. */
  readonly summary: (count: number) => string;
}

interface Warned {
  readonly issue: Issue;
  readonly group: WarningGroup | undefined;
}

/**
 * Collects errors (something was thrown away) and warnings (kept, but interpreted). Warnings of one kind given for
 * several items are grouped into one (SPEC §3: "117 events give their times in UTC"): a kind is either named by the
 * `group` passed to `warn`, or, without one, a message repeated word for word at several paths.
 */
export class IssueCollector {
  readonly errors: Issue[] = [];
  private readonly warned: Warned[] = [];

  /** Something in the feed (an item, a field or a reference) was dropped. */
  error(path: string, message: string): void {
    this.errors.push({ path: path || '$', message });
  }

  /** The feed was kept but interpreted: a default was substituted, a time was ambiguous, … */
  warn(path: string, message: string, group?: WarningGroup): void {
    this.warned.push({ issue: { path: path || '$', message }, group });
  }

  /** The warnings in the order given, each kind that concerns several items told once, where it first occurred. */
  get warnings(): Issue[] {
    return groupWarnings(this.warned);
  }
}

/** A repeated message, told once: "… (and 36 more like it)". */
function repeated(message: string): (count: number) => string {
  return (count) => `${message} (and ${count - 1} more like it)`;
}

function groupWarnings(warned: readonly Warned[]): Issue[] {
  const kinds = new Map<string, { readonly items: Set<string>; readonly summary: (count: number) => string }>();
  const keyOf = (w: Warned) => (w.group ? `g:${w.group.key}` : `m:${w.issue.message}`);
  for (const w of warned) {
    const key = keyOf(w);
    let kind = kinds.get(key);
    if (!kind) kinds.set(key, (kind = { items: new Set(), summary: w.group?.summary ?? repeated(w.issue.message) }));
    kind.items.add(w.group?.item ?? w.issue.path);
  }
  const told = new Set<string>();
  const out: Issue[] = [];
  for (const w of warned) {
    const key = keyOf(w);
    const kind = kinds.get(key);
    if (!kind || kind.items.size < 2) out.push(w.issue);
    else if (!told.has(key)) {
      told.add(key);
      out.push({ path: w.issue.path, message: kind.summary(kind.items.size) });
    }
  }
  return out;
}
