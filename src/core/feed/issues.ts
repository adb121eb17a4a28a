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

/** Collects errors (something was thrown away) and warnings (kept, but interpreted). */
export class IssueCollector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  /** Something in the feed (an item, a field or a reference) was dropped. */
  error(path: string, message: string): void {
    this.errors.push({ path: path || '$', message });
  }

  /** The feed was kept but interpreted: a default was substituted, a time was ambiguous, … */
  warn(path: string, message: string): void {
    this.warnings.push({ path: path || '$', message });
  }
}
