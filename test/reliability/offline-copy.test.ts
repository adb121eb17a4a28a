import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { FeedController } from '../../src/controllers/feed-controller.js';
import type { MissionErrorEvent, MissionLoadEvent } from '../../src/events.js';
import { formatTime } from '../../src/core/time/format.js';
import { BUDGET, STORAGE_PREFIX } from '../../src/io/storage.js';
import { deepQueryAll, settle } from '../helpers/dom.js';
import { installClock } from './fake-clock.js';
import { mountAgenda, nextEvent, uniqueKey, watchErrors } from './helpers.js';

const libraryKeys = () => Object.keys(localStorage).filter((k) => k.startsWith(STORAGE_PREFIX));
const libraryUsage = () => libraryKeys().reduce((n, k) => n + k.length + localStorage.getItem(k)!.length, 0);
const absolute = (src: string) => new URL(src, document.baseURI).href;
const storageKey = (src: string) => `mission-agenda:offline:${absolute(src)}`;
const cards = (el: Element) => deepQueryAll(el, 'mission-activity-card');
const loader = (el: MissionAgenda) => (el as unknown as { loader: FeedController }).loader;
const notice = (el: MissionAgenda) => el.shadowRoot!.querySelector('[part="notice"]');
const errorPanel = (el: MissionAgenda) => el.shadowRoot!.querySelector('[part="error"]');
const ZONE = 'America/Los_Angeles'; // the counter feed's mission zone, the default display zone

/** Loads `src` once with the offline copy on, so a copy is stored; resolves with the time it was stored around. */
async function primeCopy(src: string): Promise<number> {
  const el = mountAgenda({ src, offlineCopy: true });
  await nextEvent(el, 'mission-load');
  el.remove();
  return Date.now();
}

describe('offline copy', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
    // a background tab is 'hidden' and would not refresh: pretend the page is shown
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
  afterEach(() => {
    delete (document as { visibilityState?: string }).visibilityState;
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    // only the offline copies: test files run side by side on one origin, and others keep their own entries
    for (const key of libraryKeys()) if (/^mission-agenda:offline[:-]/.test(key)) localStorage.removeItem(key);
    expect(errors.stop()).to.deep.equal([]);
  });

  it('keeps the last good feed and shows it, marked, when the first load fails; mission-error still fires', async () => {
    const src = `/__counter/${uniqueKey()}`;
    const before = Date.now();
    const after = await primeCopy(src);
    const stored = JSON.parse(localStorage.getItem(storageKey(src))!);
    expect(stored.v).to.equal(1);
    expect(stored.savedAt).to.be.within(before, after);
    expect(JSON.parse(stored.text).activities).to.have.length(3);

    await fetch(`${src}/fail`);
    const el = document.createElement('mission-agenda');
    el.src = src;
    el.offlineCopy = true;
    const error = nextEvent<MissionErrorEvent>(el, 'mission-error');
    document.body.append(el);
    expect((await error).detail.message).to.contain('HTTP status 503');
    await settle(el);
    expect(cards(el)).to.have.length(3);
    expect(errorPanel(el)).to.equal(null);
    expect(loader(el).offline).to.equal(true);
    expect(loader(el).loadedAt).to.equal(stored.savedAt);
    expect(notice(el)!.getAttribute('role')).to.equal('status');
    expect(notice(el)!.textContent).to.contain(formatTime(stored.savedAt, ZONE, 'en'));
  });

  it('says "Offline copy from {time}" on the copy', async () => {
    const src = `/__counter/${uniqueKey()}`;
    await primeCopy(src);
    await fetch(`${src}/fail`);
    const el = mountAgenda({ src, offlineCopy: true });
    await nextEvent(el, 'mission-error');
    await settle(el);
    const { savedAt } = JSON.parse(localStorage.getItem(storageKey(src))!);
    expect(notice(el)!.textContent!.trim()).to.equal(`Offline copy from ${formatTime(savedAt, ZONE, 'en')}`);
  });

  it('replaces the copy with the live feed when a refresh succeeds, and stores the new one', async () => {
    const src = `/__counter/${uniqueKey()}`;
    await primeCopy(src);
    await fetch(`${src}/bump`);
    await fetch(`${src}/fail`);
    const clock = await installClock();
    let load: MissionLoadEvent;
    try {
      const el = mountAgenda({ src, offlineCopy: true, refresh: 15 });
      await nextEvent(el, 'mission-error');
      const loaded = new Promise<MissionLoadEvent>((resolve) =>
        el.addEventListener('mission-load', (e) => resolve(e as MissionLoadEvent), { once: true }),
      );
      await clock.tickAsync(30_000); // the first retry after a failure waits twice the interval
      load = await loaded;
    } finally {
      clock.uninstall();
    }
    const el = document.querySelector('mission-agenda')!;
    expect(load.detail.activityCount).to.equal(4);
    await settle(el);
    expect(cards(el)).to.have.length(4);
    expect(notice(el)).to.equal(null);
    expect(loader(el).offline).to.equal(false);
    expect(JSON.parse(JSON.parse(localStorage.getItem(storageKey(src))!).text).activities).to.have.length(4);
  });

  it('is never used, nor written, without the attribute', async () => {
    const src = `/__counter/${uniqueKey()}`;
    const plain = mountAgenda({ src });
    await nextEvent(plain, 'mission-load');
    expect(localStorage.getItem(storageKey(src))).to.equal(null);
    plain.remove();

    await primeCopy(src);
    await fetch(`${src}/fail`);
    const el = mountAgenda({ src });
    await nextEvent(el, 'mission-error');
    await settle(el);
    expect(cards(el)).to.have.length(0);
    expect(errorPanel(el)).not.to.equal(null);
  });

  // Here, not in a file of its own: test files run side by side and share the origin's storage, whose caps this fills.
  it('keeps one offline copy per mission within the size caps: cache-busting URLs do not pile up', async function () {
    this.timeout(120_000); // megabyte feeds on a busy machine: a guard against a hang only
    const big = await (await fetch('/__big/1500')).text(); // about 1.3 MB
    expect(big.length).to.be.within(1_000_000, 1_450_000);
    for (let v = 1; v <= 3; v++) {
      const el = mountAgenda({ src: `/__big/1500?v=${v}`, offlineCopy: true });
      await nextEvent(el, 'mission-load', 100_000);
      el.remove();
    }
    const copies = libraryKeys().filter((k) => k.startsWith(`${STORAGE_PREFIX}offline:`) && k.includes('/__big/1500'));
    expect(copies).to.have.length(1);
    expect(copies[0]).to.match(/\?v=3$/);
    expect(libraryUsage()).to.be.at.most(BUDGET);
    // the host page still has room of its own
    localStorage.setItem('host-data', 'h'.repeat(900_000));
    localStorage.removeItem('host-data');
  });

  it('is kept per feed URL', async () => {
    const key = uniqueKey();
    await primeCopy(`/__counter/${key}`);
    const other = `/__counter/${key}x`;
    await fetch(`${other}/fail`);
    const el = mountAgenda({ src: other, offlineCopy: true });
    await nextEvent(el, 'mission-error');
    await settle(el);
    expect(errorPanel(el)).not.to.equal(null);
  });

  it('stands in only for transport failures, not for a broken feed', async () => {
    const src = '/__body/not-json';
    const good = await (await fetch('/__feed/bem-west-coast-2025')).text();
    localStorage.setItem(storageKey(src), JSON.stringify({ v: 1, savedAt: Date.now(), text: good }));
    const el = mountAgenda({ src, offlineCopy: true });
    expect((await nextEvent<MissionErrorEvent>(el, 'mission-error')).detail.message).to.contain('not valid JSON');
    await settle(el);
    expect(errorPanel(el)).not.to.equal(null);
  });

  const good = JSON.stringify({ version: 1, mission: { id: 'm', title: 'M', timeZone: 'UTC' }, activities: [] });
  for (const [name, stored] of [
    ['not JSON', '{"v":1,'],
    ['null', 'null'],
    ['an array', '[]'],
    ['another record version', JSON.stringify({ v: 2, savedAt: 1, text: good })],
    ['a bad date', JSON.stringify({ v: 1, savedAt: 'yesterday', text: good })],
    ['an infinite date', '{"v":1,"savedAt":1e999,"text":"{}"}'],
    ['a text that is not a string', JSON.stringify({ v: 1, savedAt: 1, text: { version: 1 } })],
    ['an unusable feed', JSON.stringify({ v: 1, savedAt: 1, text: '{"version":2}' })],
    ['a polluting feed', JSON.stringify({ v: 1, savedAt: 1, text: '{"__proto__":{"polluted":1},"version":1}' })],
  ]) {
    it(`ignores a stored copy that is ${name}`, async () => {
      const src = `/__status/503?${name.replace(/\W/g, '')}`;
      localStorage.setItem(storageKey(src), stored);
      const el = mountAgenda({ src, offlineCopy: true });
      await nextEvent(el, 'mission-error');
      await settle(el);
      expect(errorPanel(el)).not.to.equal(null);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });
  }

  it('uses a valid copy written by hand (the check above is not vacuous)', async () => {
    const src = '/__status/503?valid';
    localStorage.setItem(storageKey(src), JSON.stringify({ v: 1, savedAt: 1, text: good }));
    const el = mountAgenda({ src, offlineCopy: true });
    await nextEvent(el, 'mission-error');
    await settle(el);
    expect(errorPanel(el)).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="empty"]')).not.to.equal(null);
  });

  it('swallows a full storage', async () => {
    const setItem = Storage.prototype.setItem;
    let attempts = 0;
    Storage.prototype.setItem = () => {
      attempts++;
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const el = mountAgenda({ src: '/__feed/bem-west-coast-2025', offlineCopy: true });
      await nextEvent(el, 'mission-load');
      await settle(el);
      expect(attempts).to.equal(1);
      expect(cards(el)).to.have.length(80);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('works where reading localStorage itself throws (storage disabled)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const ok = mountAgenda({ src: '/__feed/bem-west-coast-2025', offlineCopy: true });
      await nextEvent(ok, 'mission-load');
      const failing = mountAgenda({ src: '/__status/503?disabled', offlineCopy: true });
      await nextEvent(failing, 'mission-error');
      await settle(failing);
      expect(errorPanel(failing)).not.to.equal(null);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });
});
