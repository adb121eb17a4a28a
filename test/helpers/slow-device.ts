import type { Activity } from '../../src/core/feed/types.js';
import { taskSpent, taskStart } from '../../src/io/next-task.js';

/** Cards `el` shows in its shadow root. */
export const shownCards = (el: Element) => el.shadowRoot!.querySelectorAll('mission-activity-card').length;

/**
 * A `<tag>` (a timeline or a grid) given `activities` and connected in the current task. `slow`: that task has
 * already spent over 40 ms on its programme, as a phone spends them on the feed's reading and the agenda's own render
 * (real time, so never less).
 */
export function connectList(
  tag: 'mission-timeline' | 'mission-grid',
  activities: readonly Activity[],
  slow: boolean,
): HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean } {
  if (slow) {
    taskStart();
    while (taskSpent() <= 45);
  }
  const el = document.createElement(tag);
  el.activities = activities;
  document.body.append(el);
  return el;
}

/** How many cards a list just connected in a fast task shows once its first update ran (in microtasks). */
export async function cardsDrawnAtOnce(tag: 'mission-timeline' | 'mission-grid', activities: readonly Activity[]) {
  const el = connectList(tag, activities, false);
  try {
    for (let i = 0; i < 20; i++) await null;
    return shownCards(el);
  } finally {
    el.remove();
  }
}
