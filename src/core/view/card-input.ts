import type { Activity, Issue } from '../feed/types.js';
import { parseFeed } from '../feed/validate.js';

/** What a card makes of the `activity` a page gave it: the activity to show, and what was wrong with it. */
export interface CardInput {
  readonly activity?: Activity;
  readonly problems: readonly Issue[];
}

const REFERENCES = ['location', 'venue', 'sectors', 'contacts'] as const;
const isNormalised = (value: object): value is Activity =>
  typeof (value as Activity).start === 'number' && typeof (value as Activity).end === 'number';
const memo = new WeakMap<object, Map<string, CardInput>>();

/** No problems: one frozen list shared by every card of a programme. */
const NONE: readonly Issue[] = Object.freeze([]);

/**
 * An activity as a card can show it. A normalised activity (from a programme: instants as numbers) is taken as it
 * is. An activity straight from a feed's JSON (times as text, references as ids) is validated on its own, its wall
 * times read in its `timeZone`, else in `zone`; references to locations, venues, sectors and contacts need the
 * programme, so they are left out with a warning. Anything unusable gives problems located under `activity`.
 */
export function cardInput(value: unknown, zone: string): CardInput {
  if (typeof value !== 'object' || value === null) {
    return { problems: [{ path: 'activity', message: 'An activity must be an object.' }] };
  }
  if (isNormalised(value)) return { activity: value, problems: NONE };
  let byZone = memo.get(value);
  if (!byZone) memo.set(value, (byZone = new Map<string, CardInput>()));
  let input = byZone.get(zone);
  if (!input) byZone.set(zone, (input = normalise(value as Record<string, unknown>, zone)));
  return input;
}

function normalise(raw: Record<string, unknown>, zone: string): CardInput {
  const problems: Issue[] = [];
  const own = Object.fromEntries(
    Object.entries(raw).filter(([key]) => !(REFERENCES as readonly string[]).includes(key)),
  );
  for (const key of REFERENCES) {
    if (raw[key] === undefined) continue;
    problems.push({
      path: `activity.${key}`,
      message: `"${key}" refers to the programme by id; a card on its own cannot show it (give a normalised activity, or place the card in <mission-agenda>).`,
    });
  }
  const result = parseFeed({
    version: 1,
    mission: { id: 'card', title: 'card', timeZone: zone },
    activities: [own],
  });
  const located = (issue: Issue): Issue => ({ ...issue, path: issue.path.replace(/^activities\[0\]/, 'activity') });
  problems.push(...result.errors.map(located), ...result.warnings.map(located));
  return { activity: result.programme?.activities[0], problems };
}
