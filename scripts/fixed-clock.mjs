// Sets every page of a Playwright browser context to a fixed moment, its clock still running from there (`Date`
// only: timers, animation frames and `performance.now()` are untouched). Pictures and figures then do not change
// with the day they are taken: a programme of October 2025 seen in 2026 would be all in the past.

/** Before the example mission (5–10 October 2025, San Francisco) and the bench's programmes. */
export const BEFORE_THE_MISSION = Date.parse('2025-10-01T07:00:00Z');

/** Makes `Date` in every page of `context` start at `now` (epoch ms). */
export async function fixClock(context, now = BEFORE_THE_MISSION) {
  await context.addInitScript((start) => {
    const RealDate = Date;
    const offset = start - RealDate.now();
    // eslint-disable-next-line no-global-assign
    Date = class extends RealDate {
      constructor(...a) {
        super(...(a.length ? a : [RealDate.now() + offset]));
      }
      static now() {
        return RealDate.now() + offset;
      }
    };
  }, now);
}
