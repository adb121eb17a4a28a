import type { Activity, Programme } from '../../../src/core/feed/types.js';

/**
 * The text of a shared real-world fixture (`/work/shared/fixtures/real/<name>`, one level above the repository).
 * The test server serves files outside its root under `/__wds-outside-root__/<levels up>/`.
 */
export async function realFixture(name: string): Promise<string> {
  const response = await fetch(`/__wds-outside-root__/1/shared/fixtures/real/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

/** The activity with id `id`; fails the test when it is missing. */
export function activity(programme: Programme | undefined, id: string): Activity {
  const found = programme?.activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}
