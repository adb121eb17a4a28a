import { expect } from '@open-wc/testing';
import { BUDGET, GuardedStorage, HEADROOM, MAX_VALUE, STORAGE_PREFIX } from '../../src/io/storage.js';
import { QuotaStorage } from './quota-storage.js';

const K = (name: string) => `${STORAGE_PREFIX}${name}`;

describe('GuardedStorage', () => {
  it('reads and writes the library keys', () => {
    const storage = new QuotaStorage(10_000_000);
    const store = new GuardedStorage(() => storage);
    expect(store.set(K('a'), 'one')).to.equal(true);
    expect(store.get(K('a'))).to.equal('one');
    expect(store.keys()).to.deep.equal([K('a')]);
    expect(store.usage()).to.equal(K('a').length + 3);
    store.remove(K('a'));
    expect(store.get(K('a'))).to.equal(undefined);
  });

  it('never throws: missing, forbidden or failing storage only means nothing is kept', () => {
    const failing = {
      get length(): number {
        throw new Error('denied');
      },
      key() {
        throw new Error('denied');
      },
      getItem() {
        throw new Error('denied');
      },
      setItem() {
        throw new Error('denied');
      },
      removeItem() {
        throw new Error('denied');
      },
      clear() {},
    } as unknown as Storage;
    for (const source of [
      () => undefined,
      () => failing,
      () => {
        throw new DOMException('Access is denied', 'SecurityError');
      },
    ]) {
      const store = new GuardedStorage(source);
      expect(store.set(K('a'), 'x')).to.equal(false);
      expect(store.get(K('a'))).to.equal(undefined);
      expect(store.keys()).to.deep.equal([]);
      expect(() => store.remove(K('a'))).not.to.throw();
    }
  });

  it("writes only the library's own keys", () => {
    const storage = new QuotaStorage(10_000_000);
    expect(new GuardedStorage(() => storage).set('host-key', 'x')).to.equal(false);
    expect(storage.getItem('host-key')).to.equal(null);
  });

  it('refuses an entry over MAX_VALUE and writes that would pass the BUDGET of all entries', () => {
    const storage = new QuotaStorage(20_000_000);
    const store = new GuardedStorage(() => storage);
    expect(store.set(K('big'), 'x'.repeat(MAX_VALUE))).to.equal(false);
    const third = Math.floor(BUDGET / 3);
    expect(store.set(K('a'), 'x'.repeat(third))).to.equal(true);
    expect(store.set(K('b'), 'x'.repeat(third))).to.equal(true);
    expect(store.set(K('c'), 'x'.repeat(third))).to.equal(false);
    // replacing an entry counts its new size only
    expect(store.set(K('b'), 'y'.repeat(third))).to.equal(true);
    expect(store.usage()).to.be.at.most(BUDGET);
  });

  it('takes back a large write that would leave the page less than HEADROOM, keeping the older value', () => {
    const storage = new QuotaStorage(HEADROOM + 500_000);
    storage.setItem('host-data', 'h'.repeat(200_000));
    const store = new GuardedStorage(() => storage);
    expect(store.set(K('copy'), 'old')).to.equal(true); // small: no headroom check
    expect(store.set(K('copy'), 'n'.repeat(400_000))).to.equal(false);
    expect(storage.getItem(K('copy'))).to.equal('old');
    expect(storage.getItem(`${STORAGE_PREFIX}probe`)).to.equal(null);
    storage.setItem('host-more', 'h'.repeat(HEADROOM)); // the page's own room is intact
  });
});
