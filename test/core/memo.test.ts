import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { keepIfSame, sameFields, sameList } from '../../src/core/memo.js';

describe('memo helpers', () => {
  it('keep the previous object while every field is the same value', () => {
    const prev = { a: 1, b: 'x', c: NaN };
    expect(keepIfSame(prev, { a: 1, b: 'x', c: NaN })).to.equal(prev);
    const next = { a: 2, b: 'x', c: NaN };
    expect(keepIfSame(prev, next)).to.equal(next);
    expect(keepIfSame(undefined, next)).to.equal(next);
    expect(sameFields({ a: 1 } as Record<string, number>, { a: 1, b: 2 })).to.equal(false);
  });

  it('compare lists by place', () => {
    fc.assert(
      fc.property(fc.array(fc.anything()), (list) => {
        expect(sameList(list, [...list])).to.equal(true);
        expect(sameList(list, [...list, 1])).to.equal(false);
        expect(sameList(undefined, list)).to.equal(false);
      }),
    );
  });
});
