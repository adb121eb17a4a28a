import { expect } from '@open-wc/testing';
import { ZoneMemo } from '../../../src/core/time/cache.js';

describe('ZoneMemo', () => {
  it('computes once per zone and instant, and stays bounded', () => {
    const calls: string[] = [];
    const memo = new ZoneMemo((instant, zone) => {
      calls.push(`${zone}@${instant}`);
      return `${zone}:${instant}`;
    }, 3);
    expect(memo.get(1, 'UTC')).to.equal('UTC:1');
    expect(memo.get(1, 'UTC')).to.equal('UTC:1');
    expect(memo.get(1, 'Europe/Brussels')).to.equal('Europe/Brussels:1');
    expect(calls).to.deep.equal(['UTC@1', 'Europe/Brussels@1']);
    memo.get(2, 'UTC');
    memo.get(3, 'UTC');
    memo.get(4, 'UTC'); // the UTC table was full: it starts again
    memo.get(1, 'UTC');
    expect(calls.filter((c) => c === 'UTC@1')).to.have.length(2);
  });
});
