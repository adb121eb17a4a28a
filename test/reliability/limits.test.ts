import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionLoadEvent } from '../../src/events.js';
import { MAX_ACTIVITIES, readFeed, saveOfflineCopy } from '../../src/io/feed-loader.js';
import { GuardedStorage, STORAGE_PREFIX } from '../../src/io/storage.js';
import { QuotaStorage } from '../io/quota-storage.js';
import { deepQueryAll, settle } from '../helpers/dom.js';
import { installClock, realSleep, realUntil } from './fake-clock.js';
import { mountAgenda, nextEvent, requestInFlight, uniqueKey, watchErrors } from './helpers.js';

const stats = async (key: string) => (await fetch(`/__counter/${key}/stats`)).json();
const cards = (el: Element) => deepQueryAll(el, 'mission-activity-card');
const libraryKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));
// Not the offline copies: test files run side by side on one origin, and the offline-copy tests keep theirs there
// (these tests never turn the copy on); removing them made those tests fail whenever the two files overlapped.
const clearLibrary = () =>
  libraryKeys()
    .filter((k) => !/^mission-agenda:offline[:-]/.test(k))
    .forEach((k) => localStorage.removeItem(k));

/** Captures console.warn while `run` runs. */
async function warnings(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
  }
  return seen;
}

describe('limits: moves, timers, inline feeds, storage, size', function () {
  // Megabyte feeds and storage on a busy machine: the timeout only guards against a hang, no outcome depends on it.
  this.timeout(120_000);
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
    document.querySelectorAll('mission-agenda, div.holder').forEach((el) => el.remove());
    clearLibrary();
    expect(errors.stop()).to.deep.equal([]);
  });

  it('does not refetch when the element is moved in the DOM while its feed loads', async () => {
    const key = uniqueKey();
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    a.className = b.className = 'holder';
    document.body.append(a, b);
    const el = document.createElement('mission-agenda');
    el.src = `/__counter/${key}`;
    const loaded = nextEvent<MissionLoadEvent>(el, 'mission-load');
    a.append(el);
    await el.updateComplete; // the request is on its way
    for (let i = 0; i < 1000; i++) (i % 2 ? a : b).append(el);
    expect((await loaded).detail.activityCount).to.equal(3);
    await realSleep(100);
    expect((await stats(key)).requests).to.equal(1);
    // and once loaded, moves never refetch either
    b.append(el);
    await realSleep(0);
    a.append(el);
    await realSleep(100);
    expect((await stats(key)).requests).to.equal(1);
  });

  it('stops for good when the element stays out of the page past the task it left in', async () => {
    const key = uniqueKey();
    const clock = await installClock();
    try {
      const el = mountAgenda({ src: `/__slow/1000/bem-west-coast-2025?${key}` });
      let settled = false;
      el.addEventListener('mission-load', () => (settled = true));
      el.addEventListener('mission-error', () => (settled = true));
      await realUntil(() => requestInFlight(el), 'the request');
      el.remove();
      await clock.tickAsync(0); // the task after the one it left in
      expect(requestInFlight(el)).to.equal(false);
      await realSleep(1300); // the answer arrives, and is ignored
      expect(settled, 'the abandoned request was not taken in').to.equal(false);
    } finally {
      clock.uninstall();
    }
  });

  it('clamps refresh to at least 15 s, with a console warning', async () => {
    const key = uniqueKey();
    const clock = await installClock();
    try {
      const seen = await warnings(async () => {
        const el = mountAgenda({ src: `/__counter/${key}`, refresh: 0.01 });
        await nextEvent(el, 'mission-load');
        await clock.tickAsync(14_999);
        await realSleep(50);
        expect((await stats(key)).requests).to.equal(1);
        await clock.tickAsync(1);
        for (let i = 0; i < 200 && (await stats(key)).requests < 2; i++) await realSleep(20);
        expect((await stats(key)).requests).to.equal(2);
      });
      expect(seen.some((w) => w.includes('refresh="0.01"') && w.includes('15 s'))).to.equal(true);
    } finally {
      clock.uninstall();
    }
  });

  it('clamps refresh and timeout to at most a day: 30 days never overflow the timers', async () => {
    // Real timers here: an overflowing delay fires at once, and would make requests without end.
    const key = uniqueKey();
    const seen = await warnings(async () => {
      const el = mountAgenda({ src: `/__counter/${key}`, refresh: 30 * 86_400 }, { timeout: String(30 * 86_400) });
      await nextEvent(el, 'mission-load');
      await realSleep(500);
    });
    expect((await stats(key)).requests).to.equal(1);
    expect(seen.some((w) => w.includes('refresh="2592000"'))).to.equal(true);
    expect(seen.some((w) => w.includes('timeout="2592000"'))).to.equal(true);
  });

  it('reads an inline feed script that is added after the element was defined and connected', async () => {
    const feed = await (await fetch('/__feed/bem-west-coast-2025')).text();
    const el = document.createElement('mission-agenda');
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="loading"]')).not.to.equal(null);
    // as a parser does: the script element first, its text afterwards
    const script = document.createElement('script');
    script.type = 'application/json';
    el.append(script);
    await realSleep(20);
    script.append(feed.slice(0, 1000));
    script.append(feed.slice(1000));
    const load = await nextEvent<MissionLoadEvent>(el, 'mission-load');
    expect(load.detail.activityCount).to.equal(80);
    await settle(el);
    expect(cards(el)).to.have.length(80);
  });

  it('never takes the last free space of the origin: the host keeps room for its own data', async () => {
    // an origin's storage of five million characters (as browsers give), of which the host page left 720,000 free;
    // in memory, so that test files running beside this one keep their own room
    const origin = new QuotaStorage(5_000_000);
    origin.setItem('host-data', 'h'.repeat(5_000_000 - 720_000 - 'host-data'.length));
    const text = await (await fetch('/__big/300')).text(); // about 260 kB: it would fit
    expect(text.length).to.be.within(200_000, 400_000);
    saveOfflineCopy('https://feeds.example/m.json', text, Date.now(), 'm', new GuardedStorage(() => origin));
    expect(origin.length).to.equal(1); // not kept: it would leave the page less than the headroom
    origin.setItem('host-more', 'h'.repeat(600_000)); // so the page's own write still fits
  });

  it(`shows the first days of a programme of more than ${MAX_ACTIVITIES} activities and says what was left out`, async () => {
    const big = await (await fetch(`/__big/${MAX_ACTIVITIES + 1000}`)).json();
    const outcome = await readFeed(big);
    if (!outcome.ok || !('result' in outcome)) throw new Error('not loaded');
    const { programme, truncated, errors } = outcome.result;
    expect(programme.activities).to.have.length(MAX_ACTIVITIES); // ten a day: a day boundary falls on the limit
    expect(truncated).to.deep.include({ shown: MAX_ACTIVITIES, omitted: 1000, limit: MAX_ACTIVITIES });
    expect(errors[0].path).to.equal('activities');
    expect(errors[0].message).to.contain('1000 activities after');
    // one more activity on the last kept day: that whole day goes, no day is shown half
    big.activities.push({ ...big.activities[MAX_ACTIVITIES - 1], id: 'extra' });
    const again = await readFeed(big);
    if (!again.ok || !('result' in again)) throw new Error('not loaded');
    expect(again.result.programme.activities).to.have.length(MAX_ACTIVITIES - 10);
    expect(again.result.truncated!.omitted).to.equal(1011);
  });

  it('says on the page that a programme too large to show whole was cut', async () => {
    const big = await (await fetch(`/__big/${MAX_ACTIVITIES + 1000}`)).json();
    const el = document.createElement('mission-agenda');
    el.setAttribute('no-toolbar', '');
    el.feed = big;
    document.body.append(el);
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part="notice"]');
    expect(notice?.textContent).to.contain('1000 more activities are left out');
  });
});
