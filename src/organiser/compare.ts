/**
 * What changed between the published programme and the one being checked, in the change model visitors see
 * (`diffProgrammes`: new, moved, cancelled, removed), plus the retitled activities an organiser wants to review.
 */
import { diffProgrammes, fingerprint, type RemovedActivity } from '../core/agenda/changes.js';
import type { Activity, LocalizedText, Programme } from '../core/feed/types.js';

export interface ProgrammeComparison {
  readonly added: readonly Activity[];
  readonly moved: readonly {
    readonly activity: Activity;
    readonly from: { readonly start: number; readonly end: number };
  }[];
  readonly cancelled: readonly Activity[];
  /** Gone since the published programme, with the title it had there. */
  readonly removed: readonly (RemovedActivity & { readonly title?: LocalizedText })[];
  readonly retitled: readonly { readonly activity: Activity; readonly before: LocalizedText }[];
}

function sameText(a: LocalizedText, b: LocalizedText): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Compares `current` with `published`; every list is in the current programme's (chronological) order. */
export function compareProgrammes(published: Programme, current: Programme): ProgrammeComparison {
  const diff = diffProgrammes(fingerprint(published), current);
  const before = new Map(published.activities.map((a) => [a.id, a]));
  const added: Activity[] = [];
  const moved: { activity: Activity; from: { start: number; end: number } }[] = [];
  const cancelled: Activity[] = [];
  const retitled: { activity: Activity; before: LocalizedText }[] = [];
  for (const activity of current.activities) {
    const change = diff.changes.get(activity.id);
    if (change?.kind === 'new') added.push(activity);
    else if (change?.kind === 'moved') moved.push({ activity, from: change.from });
    else if (change?.kind === 'cancelled') cancelled.push(activity);
    const old = before.get(activity.id);
    if (old && !sameText(old.title, activity.title)) retitled.push({ activity, before: old.title });
  }
  const removed = diff.removed.map((r) => {
    const title = before.get(r.id)?.title;
    return title ? { ...r, title } : r;
  });
  return { added, moved, cancelled, removed, retitled };
}

/** True when nothing changed. */
export function isUnchanged(c: ProgrammeComparison): boolean {
  return !c.added.length && !c.moved.length && !c.cancelled.length && !c.removed.length && !c.retitled.length;
}
