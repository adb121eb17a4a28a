import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { FeedController } from '../../src/controllers/feed-controller.js';
import type { MissionLoadEvent } from '../../src/events.js';
import { deepQueryAll, settle } from '../helpers/dom.js';
import { installClock, realSleep, realUntil, type Clock } from './fake-clock.js';
import { mountAgenda, uniqueKey, watchErrors } from './helpers.js';

/**
 * Every timer here runs on a fake clock: a pause is checked to the millisecond (no fetch one ms early, one at the
 * planned instant) and no test waits on, or depends on, the speed of the machine. Only the network is real.
 */
const SECOND = 1000;
const loader = (el: MissionAgenda) => el['loader' as keyof MissionAgenda] as unknown as FeedController;
const inFlight = (el: MissionAgenda) => (loader(el) as unknown as { request?: AbortController }).request !== undefined;

/**
 * Pretends the page is `state`. Tests start 'visible' explicitly: with several test files at once, this page may be
 * a background tab, whose real state is 'hidden' (and the agenda rightly does not poll then).
 */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
const restoreVisibility = () => delete (document as { visibilityState?: string }).visibilityState;

describe('refresh: back-off, visibility, clean-up (on a fake clock)', () => {
  let errors: ReturnType<typeof watchErrors>;
  let clock: Clock;
  /** The fake-clock instant of each request for the feed under test. */
  let requests: number[];
  let src: string;
  const realFetch = window.fetch;

  beforeEach(async () => {
    errors = watchErrors();
    setVisibility('visible');
    src = `/__counter/${uniqueKey()}`;
    requests = [];
    clock = await installClock();
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith(src)) requests.push(clock.now);
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    clock.uninstall();
    restoreVisibility();
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    expect(errors.stop()).to.deep.equal([]);
  });

  /** Makes the next `n` requests of the feed fail (HTTP 503). */
  const failNext = (n: number) => realFetch(`${src}/fail/${n}`);
  /** Waits (in real time) until `count` requests were made and the last one was answered and taken in. */
  async function answered(el: MissionAgenda, count: number): Promise<void> {
    await realUntil(() => requests.length >= count && !inFlight(el), `request ${count} answered`);
    await clock.tickAsync(0);
  }
  /** Advances the clock by `ms` and says whether a request was made exactly at the end, and not before. */
  async function fetchesAfter(el: MissionAgenda, ms: number): Promise<void> {
    const before = requests.length;
    await clock.tickAsync(ms - 1);
    expect(requests.length, `no request before ${ms} ms`).to.equal(before);
    await clock.tickAsync(1);
    expect(requests.length, `a request at ${ms} ms`).to.equal(before + 1);
    await answered(el, before + 1);
  }

  it('doubles the pause after each failed refresh and returns to the interval after a success', async () => {
    const el = mountAgenda({ src, refresh: 15 });
    await answered(el, 1);
    await failNext(4);
    await fetchesAfter(el, 15 * SECOND); // fails
    expect(loader(el).stale).to.equal(true);
    await fetchesAfter(el, 30 * SECOND); // fails
    await fetchesAfter(el, 60 * SECOND); // fails
    await fetchesAfter(el, 120 * SECOND); // fails
    await fetchesAfter(el, 240 * SECOND); // succeeds
    expect(loader(el).stale).to.equal(false);
    await fetchesAfter(el, 15 * SECOND);
    await fetchesAfter(el, 15 * SECOND);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
  });

  it('re-fetches conditionally, announces a changed programme and keeps the last good one on failure', async () => {
    const el = mountAgenda({ src, refresh: 15 });
    const loads: number[] = [];
    el.addEventListener('mission-load', (e) => loads.push((e as MissionLoadEvent).detail.activityCount));
    await answered(el, 1);
    await realFetch(`${src}/bump`);
    await fetchesAfter(el, 15 * SECOND);
    await fetchesAfter(el, 15 * SECOND); // unchanged (304): no new announcement
    expect(loads).to.deep.equal([3, 4]);
    await failNext(1);
    await fetchesAfter(el, 15 * SECOND);
    await settle(el);
    expect(deepQueryAll(el, 'mission-activity-card')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('[part="notice"]')!.textContent).to.contain('Could not update');
    const stats = await (await realFetch(`${src}/stats`)).json();
    expect(stats.conditional).to.equal(2); // the two refreshes answered (the failed one is not counted)
  });

  it('never pauses longer than 15 minutes between failed refreshes (unless the interval is longer)', async () => {
    const el = mountAgenda({ src, refresh: 60 });
    await answered(el, 1);
    await failNext(8);
    for (const pause of [60, 120, 240, 480, 900, 900, 900]) await fetchesAfter(el, pause * SECOND);
  });

  it('retries a failed first load with back-off, keeping the error panel up, until it succeeds', async () => {
    await failNext(3);
    const el = mountAgenda({ src, refresh: 15 });
    let loads = 0;
    el.addEventListener('mission-load', () => loads++);
    await answered(el, 1);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    for (const pause of [30, 60]) {
      await fetchesAfter(el, pause * SECOND);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'no loading flash').to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    }
    await fetchesAfter(el, 120 * SECOND);
    await settle(el);
    expect(loads).to.equal(1);
    expect(deepQueryAll(el, 'mission-activity-card')).to.have.length(3);
  });

  it('does not retry a failed first load without refresh', async () => {
    await failNext(1);
    const el = mountAgenda({ src });
    await answered(el, 1);
    await clock.tickAsync(24 * 3600 * SECOND);
    expect(requests).to.have.length(1);
  });

  it('pauses while the page is hidden and fetches at once on return when a refresh fell due', async () => {
    const el = mountAgenda({ src, refresh: 15 });
    await answered(el, 1);
    await clock.tickAsync(5 * SECOND);
    setVisibility('hidden');
    await clock.tickAsync(60 * SECOND); // several intervals
    expect(requests).to.have.length(1);
    setVisibility('visible');
    await clock.tickAsync(0);
    expect(requests).to.have.length(2); // at once, not a whole interval later
    await answered(el, 2);
    await fetchesAfter(el, 15 * SECOND); // polling resumed
  });

  it('waits out the rest of the interval when the page is shown again before a refresh fell due', async () => {
    const el = mountAgenda({ src, refresh: 15 });
    await answered(el, 1);
    await clock.tickAsync(5 * SECOND);
    setVisibility('hidden');
    await clock.tickAsync(4 * SECOND);
    setVisibility('visible');
    await fetchesAfter(el, 6 * SECOND);
  });

  it('leaves no timer, request or listener behind when removed, and resumes when put back', async () => {
    const added: EventListenerOrEventListenerObject[] = [];
    const removed: EventListenerOrEventListenerObject[] = [];
    const { addEventListener: add, removeEventListener: remove } = document;
    type Options = boolean | AddEventListenerOptions | undefined;
    document.addEventListener = function (
      this: Document,
      type: string,
      fn: EventListenerOrEventListenerObject,
      o?: Options,
    ) {
      if (type === 'visibilitychange') added.push(fn);
      add.call(this, type, fn, o);
    } as typeof document.addEventListener;
    document.removeEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject) {
      if (type === 'visibilitychange') removed.push(fn);
      remove.call(this, type, fn);
    } as typeof document.removeEventListener;
    try {
      const el = mountAgenda({ src, refresh: 15 });
      await answered(el, 1);
      await clock.tickAsync(5 * SECOND);
      el.remove();
      expect(removed).to.have.members(added);
      await clock.tickAsync(3600 * SECOND);
      expect(requests).to.have.length(1);
      expect(clock.countTimers(), 'timers left').to.equal(0);
      const perElement = added.length; // the feed controller's, and the clock's of the timeline
      expect(perElement).to.be.greaterThan(0);

      document.body.append(el);
      await fetchesAfter(el, 15 * SECOND);
      el.remove();
      expect(added).to.have.length(2 * perElement);
      expect(removed).to.have.members(added);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });

  it('stops retrying a failed first load when removed', async () => {
    await failNext(50);
    const el = mountAgenda({ src, refresh: 15 });
    await answered(el, 1);
    await fetchesAfter(el, 30 * SECOND);
    el.remove();
    await clock.tickAsync(24 * 3600 * SECOND);
    expect(requests).to.have.length(2);
  });

  it('abandons a request after `timeout` seconds', async () => {
    const el = mountAgenda({ src: '/__slow/3000/bem-west-coast-2025', timeout: 2 });
    let failure: string | undefined;
    el.addEventListener('mission-error', (e) => (failure = (e as CustomEvent<{ message: string }>).detail.message));
    await realUntil(() => inFlight(el), 'the request');
    await clock.tickAsync(1999);
    await realSleep(50);
    expect(failure).to.equal(undefined);
    await clock.tickAsync(1);
    await realUntil(() => failure !== undefined, 'the timeout');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
  });
});
