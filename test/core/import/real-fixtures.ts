import type { Activity, Programme } from '../../../src/core/feed/types.js';

/** The text of a real-world fixture in `test/fixtures/real/` (served as is: the test server only transforms TS and JSON). */
export async function realFixture(name: string): Promise<string> {
  const response = await fetch(`/test/fixtures/real/${name}`);
  if (!response.ok) throw new Error(`fixture ${name}: HTTP ${response.status}`);
  return response.text();
}

/** The activity with id `id`; fails the test when it is missing. */
export function activity(programme: Programme | undefined, id: string): Activity {
  const found = programme?.activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id}`);
  return found;
}
