import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nextChunk } from '../../src/controllers/chunk-controller.js';

describe('nextChunk', () => {
  it('sizes the next chunk to about 100 ms of work, or 50 ms when short (a slow device, idle time)', () => {
    // the previous chunk drew 100 cards in 25 ms
    expect(nextChunk(25, 100, false)).to.equal(400);
    expect(nextChunk(25, 100, true)).to.equal(200);
    // 160 cards in 40 ms: 400 fit in 100 ms, 200 in 50 ms
    expect(nextChunk(40, 160, false)).to.equal(400);
    expect(nextChunk(40, 160, true)).to.equal(200);
  });

  it('grows at most fourfold, never below 20 entries, never above 2,000', () => {
    expect(nextChunk(1, 40, false), 'a chunk that cost nothing').to.equal(160);
    expect(nextChunk(500, 40, true), 'a very slow chunk').to.equal(20);
    expect(nextChunk(10, 1_000, false), 'a very fast one').to.equal(2_000);
  });

  it('always gives a whole number of entries within the bounds (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.integer({ min: 1, max: 5_000 }),
        fc.boolean(),
        (cost, added, short) => {
          const n = nextChunk(cost, added, short);
          expect(Number.isInteger(n)).to.equal(true);
          expect(n).to.be.at.least(Math.min(20, added * 4));
          expect(n).to.be.at.most(Math.min(2_000, added * 4));
          // a short chunk is never bigger than a full one at the same pace
          expect(n).to.be.at.most(nextChunk(cost, added, false));
        },
      ),
    );
  });
});
