import { expect } from '@open-wc/testing';
import { InstantMemo, ZoneMemo } from '../../../src/core/time/cache.js';

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

describe('InstantMemo', () => {
  it('makes a value once per key and instant, keeps keys apart, and stays bounded per key', () => {
    const made: string[] = [];
    const memo = new InstantMemo<string>(2);
    const text = (key: string, instant: number) =>
      memo.get(key, instant, () => {
        made.push(`${key}@${instant}`);
        return `${key}:${instant}`;
      });
    expect(text('en|UTC', 1)).to.equal('en|UTC:1');
    expect(text('en|UTC', 1)).to.equal('en|UTC:1');
    expect(text('fr|UTC', 1)).to.equal('fr|UTC:1');
    text('en|UTC', 2);
    text('en|UTC', 3); // the en|UTC table was full: it starts again
    text('fr|UTC', 1);
    text('en|UTC', 1);
    expect(made).to.deep.equal(['en|UTC@1', 'fr|UTC@1', 'en|UTC@2', 'en|UTC@3', 'en|UTC@1']);
  });
});
