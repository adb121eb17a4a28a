import { expect, waitUntil } from '@open-wc/testing';
import { LazyCode, atMost, prefetch } from '../../src/io/lazy.js';
import { installClock } from '../reliability/fake-clock.js';

/** An importer the test settles by hand, counting its calls. */
function importer<M>() {
  const calls: { resolve: (m: M) => void; reject: (e: Error) => void }[] = [];
  const load = () => new Promise<M>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

/** Console warnings while `fn` runs. */
async function warnings(fn: () => Promise<void>): Promise<unknown[][]> {
  const seen: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args);
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('LazyCode', () => {
  it('loads once, shares the load between callers and keeps the module', async () => {
    const i = importer<{ n: number }>();
    const code = new LazyCode(i.load, 'the test code');
    expect(code.module).to.equal(undefined);
    const a = code.load();
    const b = code.load();
    expect(i.calls).to.have.length(1);
    i.calls[0].resolve({ n: 1 });
    expect(await a).to.deep.equal({ n: 1 });
    expect(await b).to.equal(await a);
    expect(code.module).to.equal(await a);
    expect(await code.load()).to.equal(await a);
    expect(i.calls).to.have.length(1);
    expect(code.failed).to.equal(false);
  });

  it('says once that a chunk did not load, resolves to undefined, and tries again on the next load', async () => {
    const i = importer<string>();
    const code = new LazyCode(i.load, 'the test code');
    const seen = await warnings(async () => {
      const a = code.load();
      const b = code.load();
      i.calls[0].reject(new TypeError('Failed to fetch dynamically imported module'));
      expect(await a).to.equal(undefined);
      expect(await b).to.equal(undefined);
    });
    expect(seen).to.have.length(1);
    expect(String(seen[0][0])).to.contain('the test code could not be loaded');
    expect(code.failed).to.equal(true);
    expect(code.module).to.equal(undefined);

    const again = code.load();
    expect(i.calls).to.have.length(2);
    // while the new attempt is under way, the feature is not said to be unavailable
    expect(code.failed).to.equal(false);
    i.calls[1].resolve('ok');
    expect(await again).to.equal('ok');
    expect(code.failed).to.equal(false);
  });
});

describe('prefetch', () => {
  const saveData = (on: boolean | undefined) =>
    Object.defineProperty(navigator, 'connection', {
      value: on === undefined ? undefined : { saveData: on },
      configurable: true,
    });
  afterEach(() => delete (navigator as { connection?: unknown }).connection);

  it('requests every chunk in one idle period, not in the calling task, and a failure stops none of the others', async () => {
    const started: string[] = [];
    const done: string[] = [];
    let arrive = () => {};
    const network = new Promise<void>((resolve) => (arrive = resolve));
    const load =
      (name: string, fail = false) =>
      async () => {
        started.push(name);
        await network;
        done.push(name);
        if (fail) throw new Error(`${name} is offline`);
      };
    prefetch([load('a'), load('b', true), load('c')]);
    // not in the calling task: the page is busy with what it is drawing
    expect(started).to.deep.equal([]);
    await waitUntil(() => started.length > 0, 'no chunk was fetched', { timeout: 20_000 });
    // all requested together: on a phone each would otherwise wait for the round trip of the one before
    expect(started).to.deep.equal(['a', 'b', 'c']);
    expect(done).to.deep.equal([]);
    arrive();
    await waitUntil(() => done.length === 3, 'not every chunk was fetched', { timeout: 20_000 });
  });

  it('loads a chunk asked for twice once', async () => {
    let calls = 0;
    const load = async () => {
      calls++;
    };
    prefetch([load]);
    prefetch([load]);
    await waitUntil(() => calls > 0, 'the chunk was not fetched', { timeout: 20_000 });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).to.equal(1);
  });

  it('fetches nothing ahead for a visitor saving data', async () => {
    saveData(true);
    let calls = 0;
    prefetch([
      async () => {
        calls++;
      },
    ]);
    // the same wait in which the tests above saw their chunks fetched
    saveData(false);
    let control = 0;
    prefetch([
      async () => {
        control++;
      },
    ]);
    await waitUntil(() => control === 1, 'the control chunk was not fetched', { timeout: 20_000 });
    expect(calls).to.equal(0);
  });
});

describe('atMost', () => {
  it('resolves when the promise settles, either way, or when the time is up, whichever comes first', async () => {
    const clock = await installClock();
    try {
      const settled: string[] = [];
      void atMost(Promise.resolve('code'), 3000).then(() => settled.push('resolved'));
      void atMost(Promise.reject(new Error('offline')), 3000).then(() => settled.push('rejected'));
      void atMost(new Promise(() => {}), 3000).then(() => settled.push('stalled'));
      await clock.tickAsync(0);
      expect(settled).to.deep.equal(['resolved', 'rejected']);
      await clock.tickAsync(2999);
      expect(settled).to.have.length(2);
      await clock.tickAsync(1);
      expect(settled).to.deep.equal(['resolved', 'rejected', 'stalled']);
    } finally {
      clock.uninstall();
    }
  });
});
