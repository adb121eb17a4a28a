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

function setVisibility(state: 'hidden' | 'visible'): void {
  if (state === 'visible') delete (document as { visibilityState?: string }).visibilityState;
  else Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('refresh: back-off, visibility, clean-up', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
  });
  afterEach(() => {
    setVisibility('visible');
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    expect(errors.stop()).to.deep.equal([]);
  });

  it('doubles the pause after each failed refresh and returns to the interval after a success', async () => {
    const key = uniqueKey();
    const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.06 });
    await nextEvent(el, 'mission-load');
    await fetch(`/__counter/${key}/fail/4`);
    const first = (await stats(key)).requests; // the next request is the first to fail
    let s = await stats(key);
    for (let i = 0; i < 80 && s.requests < first + 7; i++) {
      await sleep(100);
      s = await stats(key);
    }
    const [f1f2, f2f3, f3f4, f4ok, ok1, ok2] = gaps(s.times.slice(first, first + 7));
    // 60 ms × 2, × 4, × 8, × 16 after one to four failures in a row (plus the request's own time); then 60 ms again
    expect(f1f2).to.be.within(115, 250);
    expect(f2f3).to.be.within(235, 400);
    expect(f3f4).to.be.within(475, 700);
    expect(f4ok).to.be.within(955, 1250);
    for (const [a, b] of [
      [f1f2, f2f3],
      [f2f3, f3f4],
      [f3f4, f4ok],
    ])
      expect(b / a).to.be.within(1.4, 2.2);
    expect(ok1).to.be.within(55, 200);
    expect(ok2).to.be.within(55, 200);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="notice"]')).to.equal(null);
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
    expect(g1).to.be.within(80, 250); // 50 ms × 2
    expect(g2).to.be.within(180, 450); // × 4
    expect(g3).to.be.within(380, 800); // × 8
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
    document.addEventListener = function (this: Document, type: string, fn: EventListenerOrEventListenerObject, o?) {
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
