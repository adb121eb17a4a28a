import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
// the agenda alone: the timetable grid is registered only when its code is fetched
import '../../src/elements/mission-agenda/mission-agenda.define.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { AgendaState } from '../../src/context/agenda-context.js';
import { MissionFavouriteToggleEvent } from '../../src/events.js';
import { HOLD_MS, personalCode, searchCode } from '../../src/io/chunks.js';
import { nextTask } from '../../src/io/next-task.js';
import { installClock } from '../reliability/fake-clock.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQueryAll, settle, typeSearch } from '../helpers/dom.js';

// The search and "My programme" beyond the stars are chunks of the embed bundle, loaded on demand. This file's page
// starts with both unreachable, as when a site published the bundle without its chunks or the network dropped.
const realSearch = () => import('../../src/chunks/search.js');
const realPersonal = () => import('../../src/chunks/personal.js');
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
/** Where `code` comes from from now on; unreachable also forgets a module loaded before. */
// (unreachable also drops a load under way: `loading` is the code's own, set here only to start the next test afresh)
const reach = (code: object, importer: () => Promise<unknown>) =>
  Object.assign(code, importer === offline ? { importer, module: undefined, loading: undefined } : { importer });
reach(searchCode, offline);
reach(personalCode, offline);

// a mission id of this file's own: test files run side by side on one origin, and the stars are kept per mission
const MISSION = 'chunks-test-mission';
const STARS = `mission-agenda:favourites:${MISSION}`;
const example = () => ({ ...structuredClone(feed), mission: { ...feed.mission, id: MISSION } });
const root = (el: MissionAgenda) => el.shadowRoot!;
const cards = (el: Element) => deepQueryAll<HTMLElement>(el, 'mission-activity-card');
const context = (el: MissionAgenda) => (el as unknown as { context: AgendaState }).context;
const notice = (el: MissionAgenda) => root(el).querySelector('[part="notice"]')?.textContent ?? '';
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function agenda(): Promise<MissionAgenda> {
  const el = await fixture<MissionAgenda>(html`<mission-agenda .feed=${example()}></mission-agenda>`);
  await settle(el);
  return el;
}

const search = typeSearch;

/** Runs `fn` with the console's warnings kept (a chunk that does not load is said there). */
async function quietly<T>(fn: () => Promise<T>): Promise<{ result: T; warned: string[] }> {
  const warned: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warned.push(String(args[0]));
  try {
    return { result: await fn(), warned };
  } finally {
    console.warn = original;
  }
}

// first: every agenda queues code to fetch ahead, and what earlier tests queued would be counted here
describe('<mission-agenda> fetching code ahead', () => {
  afterEach(() => {
    reach(searchCode, offline);
    reach(personalCode, offline);
  });

  // first: an agenda fetches each chunk ahead once per page
  it('fetches neither the search nor the timetable for an agenda without its toolbar', async () => {
    const fetched: string[] = [];
    reach(searchCode, () => (fetched.push('search'), realSearch()));
    reach(personalCode, () => (fetched.push('personal'), realPersonal()));
    const el = await fixture<MissionAgenda>(html`<mission-agenda no-toolbar .feed=${example()}></mission-agenda>`);
    await settle(el);
    await waitUntil(() => fetched.length > 0, 'nothing was fetched ahead', { timeout: 20_000 });
    await personalCode.load();
    await wait(100);
    expect(fetched).to.deep.equal(['personal']);
    expect(customElements.get('mission-grid')).to.equal(undefined);
  });

  it('fetches the search, "My programme" and the timetable in idle time once the programme is on screen', async () => {
    // what was fetched, and how many cards the page showed then
    const fetched: [string, number][] = [];
    const shown = () => deepQueryAll(document.body, 'mission-activity-card').length;
    reach(searchCode, () => (fetched.push(['search', shown()]), realSearch()));
    reach(personalCode, () => (fetched.push(['personal', shown()]), realPersonal()));
    const el = await agenda();
    expect(cards(el)).to.have.length(80);
    await waitUntil(() => fetched.length > 0, 'the search was not fetched ahead', { timeout: 20_000 });
    // not on the way to the first cards: after all 80 were drawn ("My programme" was fetched by the agenda above)
    expect(fetched).to.deep.equal([['search', 80]]);
    expect(await searchCode.load()).to.equal(searchCode.module);
    expect(searchCode.module?.IndexedSearch).to.be.a('function');
    expect(fetched).to.have.length(1);
    // the switch to the timetable is offered on this screen: its element is registered before the visitor asks
    await waitUntil(() => customElements.get('mission-grid'), 'the timetable was not fetched ahead', {
      timeout: 20_000,
    });
    expect(root(el).querySelector('mission-grid'), 'fetched, not shown').to.equal(null);
  });
});

describe('<mission-agenda> when a chunk does not load', () => {
  afterEach(() => {
    reach(searchCode, offline);
    reach(personalCode, offline);
    for (const key of Object.keys(localStorage)) {
      if (key.endsWith(`:${MISSION}`)) localStorage.removeItem(key);
    }
  });

  it('shows the whole programme with a notice when the search cannot load, and tries again for a new text', async () => {
    const { result: el, warned } = await quietly(async () => {
      const el = await agenda();
      await search(el, 'stanford');
      return el;
    });
    expect(warned.some((w) => w.includes('the search could not be loaded'))).to.equal(true);
    expect(cards(el)).to.have.length(80);
    expect(notice(el)).to.contain('Search could not be loaded');
    expect(context(el).query).to.equal('');
    expect(deepQueryAll(el, 'mark')).to.have.length(0);
    await expect(el).to.be.accessible();

    reach(searchCode, realSearch);
    await search(el, 'stanford university');
    expect(cards(el).length).to.be.within(1, 79);
    expect(notice(el)).to.equal('');
    expect(deepQueryAll(el, 'mark').length).to.be.greaterThan(0);
  });

  it('keeps the stars working and says so when a shared link cannot be read', async () => {
    const before = location.href;
    try {
      history.replaceState(null, '', `${location.pathname}?ma.share=bAQ`);
      const { result: el } = await quietly(agenda);
      expect(cards(el)).to.have.length(80);
      expect(notice(el)).to.contain('Shared links, clash notes and changes since your last visit could not be loaded');
      expect(new URLSearchParams(location.search).has('ma.share')).to.equal(false);

      const id = feed.activities[3].id;
      cards(el)
        .find((c) => c.getAttribute('activity-id') === id)!
        .dispatchEvent(new MissionFavouriteToggleEvent({ id, starred: true }));
      await settle(el);
      expect([...context(el).favourites]).to.deep.equal([id]);
      expect(JSON.parse(localStorage.getItem(STARS)!)).to.deep.equal([id]);

      // the next thing asked of it loads it again
      reach(personalCode, realPersonal);
      root(el).querySelector<HTMLButtonElement>('[part="share"]')!.click();
      await waitUntil(() => root(el).querySelector<HTMLInputElement>('.share-url')?.value, 'no link was made', {
        timeout: 20_000,
      });
      await settle(el);
      expect(notice(el)).to.equal('');
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('says when clash notes cannot be shown, and shows them once their code is there', async () => {
    const [a, b] = feed.activities.filter((x) => x.start === '2025-10-10T09:00');
    localStorage.setItem(STARS, JSON.stringify([a.id, b.id]));
    const { result: el } = await quietly(agenda);
    expect(context(el).favourites.size).to.equal(2);
    expect(context(el).clashes.size).to.equal(0);
    expect(notice(el)).to.contain('clash notes');

    // other updates do not fetch it again and again
    const { warned } = await quietly(async () => {
      el.requestUpdate();
      await settle(el);
    });
    expect(warned).to.deep.equal([]);

    // the next star does
    reach(personalCode, realPersonal);
    const [, , c] = feed.activities.filter((x) => x.start === '2025-10-10T09:00');
    cards(el)
      .find((card) => card.getAttribute('activity-id') === c.id)!
      .dispatchEvent(new MissionFavouriteToggleEvent({ id: c.id, starred: true }));
    await waitUntil(() => context(el).clashes.size > 0, 'the clashes did not appear', { timeout: 20_000 });
    await settle(el);
    expect(
      context(el)
        .clashes.get(a.id)!
        .map((x) => x.id),
    ).to.include(b.id);
    expect(context(el).clashes.size).to.equal(3);
    expect(notice(el)).to.equal('');
    expect(deepQueryAll(el, '[part="clash"]')).to.have.length(3);
  });

  it('holds the programme back for a shared link at most a few seconds when its code never comes', async () => {
    const before = location.href;
    const clock = await installClock();
    const el = document.createElement('mission-agenda');
    try {
      reach(personalCode, () => new Promise(() => {}));
      history.replaceState(null, '', `${location.pathname}?ma.share=bAQ`);
      el.feed = example();
      const loaded = oneEvent(el, 'mission-load');
      document.body.append(el);
      await clock.tickAsync(10); // the feed is read in a task of its own (a timer)
      await loaded;
      for (let i = 0; i < 5; i++) await nextTask();
      expect(cards(el), 'while the code may still come').to.have.length(0);
      await clock.tickAsync(HOLD_MS);
      await el.updateComplete;
      await settle(el);
      expect(cards(el)).to.have.length(80);
      expect(notice(el), 'not failed, only slow').to.equal('');
    } finally {
      clock.uninstall();
      el.remove();
      history.replaceState(null, '', before);
    }
  });
});
