import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { limitProgramme, MAX_ACTIVITIES } from '../../../src/core/feed/limit.js';
import { parseFeed } from '../../../src/core/feed/validate.js';
import type { Programme } from '../../../src/core/feed/types.js';
import { activity, feedWith } from './feeds.js';

/** A programme of `perDay[i]` activities on day i (8 October 2025 + i, Los Angeles). */
function programmeOf(perDay: number[]): Programme {
  const activities = perDay.flatMap((n, d) =>
    Array.from({ length: n }, (_, i) => {
      const day = `2025-10-${String(8 + d).padStart(2, '0')}`;
      const minute = String(i % 60).padStart(2, '0');
      const hour = String(8 + Math.floor(i / 60)).padStart(2, '0');
      return activity({ id: `d${d}-${i}`, start: `${day}T${hour}:${minute}`, end: `${day}T${hour}:${minute}:30` });
    }),
  );
  return parseFeed(feedWith(...activities)).programme!;
}

describe('limitProgramme', () => {
  it('leaves a programme within the limit as it is', () => {
    const programme = programmeOf([3, 3]);
    expect(limitProgramme(programme, 6)).to.deep.equal({ programme });
    expect(MAX_ACTIVITIES).to.equal(5000);
  });

  it('keeps whole first days and says how many activities of the later days were left out', () => {
    const { programme, truncated, error } = limitProgramme(programmeOf([3, 4, 5]), 8);
    expect(programme.activities.map((a) => a.id.slice(0, 2))).to.deep.equal([...'000', ...'1111'].map((d) => `d${d}`));
    expect(truncated).to.deep.equal({ shown: 7, omitted: 5, limit: 8, lastDay: '2025-10-09' });
    expect(error!.path).to.equal('activities');
    expect(error!.message).to.contain('5 activities after 2025-10-09');
  });

  it('cuts a first day longer than the limit itself', () => {
    const { programme, truncated } = limitProgramme(programmeOf([10, 2]), 4);
    expect(programme.activities).to.have.length(4);
    expect(truncated!.omitted).to.equal(8);
  });

  it('never shows more than the limit, never cuts a day in two unless it must, and loses nothing unsaid', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
        fc.integer({ min: 1, max: 20 }),
        (days, limit) => {
          const whole = programmeOf(days);
          const { programme, truncated } = limitProgramme(whole, limit);
          const kept = programme.activities.length;
          expect(kept).to.be.at.most(limit);
          expect(kept + (truncated?.omitted ?? 0)).to.equal(whole.activities.length);
          expect(programme.activities).to.deep.equal(whole.activities.slice(0, kept));
          if (truncated && kept < limit) {
            // the cut falls between two days
            expect(whole.activities[kept].id.split('-')[0]).not.to.equal(whole.activities[kept - 1].id.split('-')[0]);
          }
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });
});
