import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { MissionLoadEvent } from '../../src/events.js';
import { deepQueryAll, nextEvent, settle } from '../helpers/dom.js';
import { mountAgenda, uniqueKey, watchErrors } from './helpers.js';

interface Stats {
  requests: number;
  times: number[];
}
const stats = async (key: string): Promise<Stats> => (await fetch(`/__counter/${key}/stats`)).json();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

/**
 * Pretends the page is `state`. Tests start 'visible' explicitly: with several test files at once, this page may be
 * a background tab, whose real state is 'hidden' (and the agenda rightly does not poll then).
 */
function setVisibility(state: 'hidden' | 'visible'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
const restoreVisibility = () => delete (document as { visibilityState?: string }).visibilityState;

describe('refresh: back-off, visibility, clean-up', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    setVisibility('visible');
  });
  afterEach(() => {
    restoreVisibility();
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    expect(errors.stop()).to.deep.equal([]);
  });

  it('doubles the pause after each failed refresh and returns to the interval after a success', async () => {
    const key = uniqueKey();
    const planned: number[] = [];
    const setTimeout_ = window.setTimeout;
    // record the pauses the controller plans (multiples of the 60 ms interval, give or take the ms since planning)
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      // the controller subtracts the ms that passed since planning: allow for a busy machine
      const step = [60, 120, 240, 480, 960].find((s) => (ms ?? 0) <= s && (ms ?? 0) > s - 15);
      if (step) planned.push(step);
      return setTimeout_(fn, ms, ...args);
    }) as typeof window.setTimeout;
    try {
      const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.06 });
      await nextEvent(el, 'mission-load');
      const first: number = (await (await fetch(`/__counter/${key}/fail/4`)).json()).requests; // next one fails
      let s = await stats(key);
      for (let i = 0; i < 80 && s.requests < first + 7; i++) {
        await sleep(100);
        s = await stats(key);
      }
      const from = planned.lastIndexOf(60, planned.indexOf(120));
      expect(planned.slice(from, from + 7)).to.deep.equal([60, 120, 240, 480, 960, 60, 60]);
      // and the server saw it: the pauses between the requests grew (loose bounds: timers are not exact)
      const [f1f2, f2f3, f3f4, f4ok, ok1] = gaps(s.times.slice(first, first + 6));
      expect(f1f2).to.be.at.least(110);
      expect(f3f4).to.be.greaterThan(f1f2 + 200);
      expect(f4ok).to.be.greaterThan(f2f3 + 400);
      expect(f4ok).to.be.at.least(950);
      expect(ok1).to.be.below(f3f4);
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
    } finally {
      window.setTimeout = setTimeout_;
    }
  });

  it('retries a failed first load with back-off, keeping the error panel up, until it succeeds', async () => {
    const key = uniqueKey();
    await fetch(`/__counter/${key}/fail/3`);
    const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.05 });
    let failures = 0;
    let flashedLoading = false;
    el.addEventListener('mission-error', async () => {
      failures++;
      await settle(el);
      if (el.shadowRoot!.querySelector('[part="loading"]')) flashedLoading = true;
    });
    const load = await nextEvent<MissionLoadEvent>(el, 'mission-load', 3000);
    expect(load.detail.activityCount).to.equal(3);
    expect(failures).to.equal(3);
    expect(flashedLoading).to.equal(false);
    const s = await stats(key);
    const [g1, g2, g3] = gaps(s.times.slice(0, 4));
    // lower bounds only: timers never fire early, but a busy machine may fire them late
    expect(g1).to.be.at.least(80); // 50 ms × 2
    expect(g2).to.be.at.least(180); // × 4
    expect(g3).to.be.at.least(380); // × 8
    await settle(el);
    expect(deepQueryAll(el, 'mission-activity-card')).to.have.length(3);
  });

  it('does not retry a failed first load without refresh', async () => {
    const key = uniqueKey();
    await fetch(`/__counter/${key}/fail/1`);
    const el = mountAgenda({ src: `/__counter/${key}` });
    await nextEvent(el, 'mission-error');
    await sleep(300);
    expect((await stats(key)).requests).to.equal(1);
  });

  it('pauses while the page is hidden and fetches at once on return when a refresh fell due', async () => {
    const key = uniqueKey();
    const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.3 });
    await nextEvent(el, 'mission-load');
    setVisibility('hidden');
    const hiddenAt = (await stats(key)).requests;
    await sleep(800); // more than two intervals
    expect((await stats(key)).requests).to.equal(hiddenAt);
    const shown = performance.now();
    setVisibility('visible');
    let s = await stats(key);
    while (s.requests === hiddenAt && performance.now() - shown < 1000) {
      await sleep(20);
      s = await stats(key);
    }
    expect(s.requests).to.equal(hiddenAt + 1);
    expect(performance.now() - shown).to.be.below(200); // not a whole interval later
    await sleep(450);
    expect((await stats(key)).requests).to.be.within(hiddenAt + 2, hiddenAt + 3); // polling resumed
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
      const key = uniqueKey();
      const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.05 }) as MissionAgenda;
      await nextEvent(el, 'mission-load');
      await sleep(120);
      el.remove();
      await sleep(60); // a request already on the wire may still arrive
      const after = (await stats(key)).requests;
      await sleep(400);
      expect((await stats(key)).requests).to.equal(after);
      const perElement = added.length; // the feed controller's, and the clock's of the timeline
      expect(perElement).to.be.greaterThan(0);
      expect(removed).to.have.members(added);

      document.body.append(el);
      await sleep(300);
      expect((await stats(key)).requests).to.be.greaterThan(after);
      el.remove();
      expect(added).to.have.length(2 * perElement);
      expect(removed).to.have.members(added);
    } finally {
      document.addEventListener = add;
      document.removeEventListener = remove;
    }
  });

  it('stops retrying a failed first load when removed', async () => {
    const key = uniqueKey();
    await fetch(`/__counter/${key}/fail/50`);
    const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.03 });
    await nextEvent(el, 'mission-error');
    await sleep(150);
    el.remove();
    await sleep(60);
    const after = (await stats(key)).requests;
    expect(after).to.be.greaterThan(1);
    await sleep(500);
    expect((await stats(key)).requests).to.equal(after);
  });
});
