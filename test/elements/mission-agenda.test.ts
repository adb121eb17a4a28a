import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { MissionErrorEvent, MissionLoadEvent, MissionTimeZoneChangeEvent } from '../../src/events.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import camp from '../fixtures/real/frab-camp2019.json' with { type: 'json' };
import { deepQuery, deepQueryAll, deepText, nextEvent, settle } from '../helpers/dom.js';

const FEED_URL = '/__feed/bem-west-coast-2025';
const LIFE = 'life-sciences';

/** A fresh copy, so no test can change another's feed. */
const example = () => structuredClone(feed) as typeof feed;

/** The first two days only: enough for every kind of card, small enough for axe to check quickly. */
const twoDays = () => {
  const f = example();
  f.activities = f.activities.filter((a) => a.start < '2025-10-07');
  return f;
};

async function loaded(template: ReturnType<typeof html>): Promise<MissionAgenda> {
  const el = await fixture<MissionAgenda>(template);
  if (el.shadowRoot!.querySelector('[part="loading"]')) await nextEvent(el, 'mission-load');
  await settle(el);
  return el;
}

const cards = (el: Element) => deepQueryAll<HTMLElement>(el, 'mission-activity-card');
const ids = (el: Element) => cards(el).map((c) => c.getAttribute('activity-id'));

describe('<mission-agenda>', () => {
  it('loads the feed from src, announces it and renders every activity once', async () => {
    const el = document.createElement('mission-agenda') as MissionAgenda;
    el.src = FEED_URL;
    const load = nextEvent<MissionLoadEvent>(el, 'mission-load');
    document.body.append(el);
    try {
      const event = await load;
      expect(event.detail).to.deep.equal({ activityCount: 80, errors: [], warnings: [] });
      expect(event.bubbles && event.composed).to.equal(true);
      await settle(el);
      expect(new Set(ids(el)).size).to.equal(80);
      expect(cards(el)).to.have.length(80);
      expect(deepText(el.shadowRoot!.querySelector('[part="header"]')!)).to.contain(
        'Belgian Economic Mission to the US West Coast',
      );
    } finally {
      el.remove();
    }
  });

  it('takes the feed from the property and from a child script', async () => {
    const a = await loaded(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    expect(cards(a)).to.have.length(80);
    const b = await loaded(
      html`<mission-agenda
        ><script type="application/json">
          ${JSON.stringify(example())}
        </script></mission-agenda
      >`,
    );
    expect(cards(b)).to.have.length(80);
  });

  it('asks for its feed in the task it is upgraded in, and renders first in a task of its own', async () => {
    const asked: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    const el = document.createElement('mission-agenda');
    el.setAttribute('src', FEED_URL);
    try {
      document.body.append(el);
      for (let i = 0; i < 20; i++) await null; // what follows in this task (microtasks)
      expect(asked.some((url) => url.endsWith(FEED_URL))).to.equal(true);
      expect(el.hasUpdated, 'rendered in the task that upgraded it').to.equal(false);
      const load = nextEvent(el, 'mission-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]')).not.to.equal(null);
      await load;
      await settle(el);
      expect(cards(el)).to.have.length(80);
    } finally {
      window.fetch = realFetch;
      el.remove();
    }
  });

  it('on a slow device, draws itself in the task that read the feed and its cards in the tasks after', async () => {
    const el = document.createElement('mission-agenda');
    el.feed = example();
    const inThatTask = new Promise<{ toolbar: boolean; cards: number }>((resolve) =>
      el.addEventListener('mission-load', async () => {
        // the page's own work on `mission-load` makes this a slow task, as a phone's render task is
        const start = performance.now();
        while (performance.now() - start <= 45);
        for (let i = 0; i < 20; i++) await null; // the agenda's and the timeline's updates, in this task
        resolve({ toolbar: !!deepQuery(el, '[part="result-count"]'), cards: cards(el).length });
      }),
    );
    document.body.append(el);
    try {
      expect(await inThatTask).to.deep.equal({ toolbar: true, cards: 0 });
      await el.updateComplete;
      // the same cards, in the same order, as an agenda drawn in one go
      const reference = await fixture<MissionAgenda>(html`<mission-agenda .feed=${example()}></mission-agenda>`);
      await reference.updateComplete;
      expect(ids(reference)).to.have.length(80);
      expect(ids(el)).to.deep.equal(ids(reference));
    } finally {
      el.remove();
    }
  });

  it('shows a labelled loading state, then the programme', async () => {
    const el = await fixture<MissionAgenda>(
      html`<mission-agenda src="/__slow/1500/bem-west-coast-2025"></mission-agenda>`,
    );
    const load = nextEvent(el, 'mission-load');
    const loading = el.shadowRoot!.querySelector('[part="loading"]')!;
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.textContent).to.contain('Loading the programme');
    await expect(el).to.be.accessible();
    await load;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="loading"]')).to.equal(null);
  });

  for (const [src, text] of [
    ['/__status/404', 'HTTP status 404'],
    ['/__status/500', 'HTTP status 500'],
    ['/__body/not-json', 'not valid JSON'],
    ['/__body/empty', 'not valid JSON'],
    ['/__body/truncated', 'not valid JSON'],
    ['/__body/html', 'Not a programme this reader knows'],
    ['/__redirect-loop', 'could not be loaded'],
    ['http://127.0.0.1:9/feed.json', 'could not be loaded'],
  ]) {
    it(`shows an error panel and fires mission-error for ${src}`, async () => {
      const el = document.createElement('mission-agenda') as MissionAgenda;
      el.src = src;
      const error = nextEvent<MissionErrorEvent>(el, 'mission-error', 8000);
      document.body.append(el);
      try {
        const event = await error;
        expect(event.detail.message).to.contain(text);
        expect(event.detail.errors.length).to.be.greaterThan(0);
        await settle(el);
        const panel = el.shadowRoot!.querySelector('[part="error"]')!;
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(panel.textContent).to.contain(text);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('accepts a body with a byte-order mark', async () => {
    const el = await loaded(html`<mission-agenda src="/__body/bom"></mission-agenda>`);
    expect(cards(el)).to.have.length(80);
  });

  it('refuses an unusable feed with one clear error, and keeps the valid rest of a damaged one', async () => {
    const bad = await fixture<MissionAgenda>(html`<mission-agenda .feed=${{ version: 2 }}></mission-agenda>`);
    await settle(bad);
    expect(bad.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain('version');

    const damaged = example();
    (damaged.activities[3] as { start: string }).start = 'tomorrow';
    (damaged.activities[5] as { url?: string }).url = 'javascript:alert(1)';
    const el = document.createElement('mission-agenda') as MissionAgenda;
    el.feed = damaged;
    const load = nextEvent<MissionLoadEvent>(el, 'mission-load');
    document.body.append(el);
    try {
      const { detail } = await load;
      expect(detail.activityCount).to.equal(79);
      expect(detail.errors.map((e) => e.path)).to.include.members(['activities[3].start', 'activities[5].url']);
      await settle(el);
      expect(cards(el)).to.have.length(79);
      expect(deepQueryAll(el, 'a[href^="javascript:"]')).to.have.length(0);
    } finally {
      el.remove();
    }
  });

  it('ignores the answer for an older src', async () => {
    const el = await fixture<MissionAgenda>(
      html`<mission-agenda src="/__slow/600/bem-west-coast-2025"></mission-agenda>`,
    );
    const small = example();
    small.activities = small.activities.slice(0, 2);
    el.feed = small;
    await settle(el);
    await new Promise((r) => setTimeout(r, 900));
    await settle(el);
    expect(cards(el)).to.have.length(2);
  });

  it('switches between event time and the visitor’s time', async () => {
    const el = await loaded(html`<mission-agenda .feed=${twoDays()}></mission-agenda>`);
    const start = () =>
      deepQuery(
        cards(el).find((c) => c.getAttribute('activity-id') === 'a-001')!,
        'time[part="start"]',
      )!;
    expect(start().getAttribute('datetime')).to.match(/-07:00$/);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="zone-switch"] input[type="radio"]')];
    expect(radios).to.have.length(2);
    const labels = [...el.shadowRoot!.querySelectorAll('[part="zone-switch"] label')].map((l) => l.textContent!.trim());
    expect(labels[0]).to.contain('San Francisco');
    expect(labels[1]).to.contain('Brussels');
    const change = nextEvent<MissionTimeZoneChangeEvent>(el, 'mission-time-zone-change');
    radios[1].click();
    expect((await change).detail).to.deep.equal({ timeZone: 'Europe/Brussels' });
    await settle(el);
    expect(start().getAttribute('datetime')).to.match(/\+02:00$/);
    await expect(el).to.be.accessible();
  });

  it('starts in the zone the page asks for', async () => {
    const el = await loaded(html`<mission-agenda time-zone="Asia/Tokyo" .feed=${example()}></mission-agenda>`);
    expect(deepQuery(cards(el)[0], 'time[part="start"]')!.getAttribute('datetime')).to.match(/\+09:00$/);
    const days = deepQueryAll(el, '[part="day"]').map((d) => d.getAttribute('data-date'));
    expect(days[0]).to.equal('2025-10-06'); // Sunday afternoon in California is Monday morning in Tokyo
  });

  it('preselects sectors and filters out everything else; the visitor can reset', async () => {
    const el = await loaded(html`<mission-agenda sectors=${LIFE} .feed=${example()}></mission-agenda>`);
    const expected = feed.activities.filter((a) => (a.sectors ?? []).includes(LIFE)).map((a) => a.id);
    expect(ids(el).sort()).to.deep.equal([...expected].sort());
    const filterChange = nextEvent(el, 'mission-filter-change');
    const reset = deepQuery<HTMLButtonElement>(
      el,
      'mission-sector-filter',
    )!.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!;
    expect(reset.getAttribute('aria-pressed')).to.equal('false');
    reset.click();
    await filterChange;
    await settle(el);
    expect(cards(el)).to.have.length(80);
  });

  it('resolves updateComplete only once the timeline shows the change', async () => {
    const el = document.createElement('mission-agenda') as MissionAgenda;
    el.feed = example();
    document.body.append(el);
    await el.updateComplete; // the feed is read in a task of its own, then rendered
    expect(cards(el)).to.have.length(80);
    const expected = feed.activities.filter((a) => (a.sectors ?? []).includes(LIFE)).length;
    el.setAttribute('sectors', LIFE);
    await el.updateComplete;
    expect(cards(el)).to.have.length(expected);
    el.removeAttribute('sectors');
    await el.updateComplete;
    expect(cards(el)).to.have.length(80);
    el.remove();
  });

  it('locks a chamber’s track: no filter, only that sector', async () => {
    const el = await loaded(html`<mission-agenda lock-sectors sectors=${LIFE} .feed=${twoDays()}></mission-agenda>`);
    expect(deepQuery(el, 'mission-sector-filter')).to.equal(undefined);
    expect(cards(el).length).to.be.greaterThan(0);
    const sectorsOf = new Map(feed.activities.map((a) => [a.id, a.sectors ?? []]));
    for (const id of ids(el)) expect(sectorsOf.get(id!)).to.include(LIFE);
    await expect(el).to.be.accessible();
  });

  it('says when a filter leaves nothing and offers to show all', async () => {
    const el = await loaded(html`<mission-agenda sectors="no-such-sector" .feed=${example()}></mission-agenda>`);
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No activities match');
    (el.shadowRoot!.querySelector('[part="reset"]') as HTMLButtonElement).click();
    await settle(el);
    expect(cards(el)).to.have.length(80);
  });

  it('says when the programme has no activities at all', async () => {
    const none = example();
    none.activities = [];
    const el = await loaded(html`<mission-agenda .feed=${none}></mission-agenda>`);
    expect(el.shadowRoot!.querySelector('[part="empty"]')!.textContent).to.contain('no activities yet');
    expect(el.shadowRoot!.querySelector('[part="reset"]')).to.equal(null);
  });

  for (const [lang, title, english] of [
    ['fr', 'Mission économique belge', 'Show times in'],
    ['nl', 'Belgische economische missie', 'Show times in'],
    ['de', 'Belgische Wirtschaftsmission', 'Show times in'],
  ]) {
    it(`speaks ${lang} in the header, switch and filter`, async () => {
      const el = await loaded(html`<mission-agenda lang=${lang} .feed=${example()}></mission-agenda>`);
      const header = deepText(el.shadowRoot!.querySelector('[part="header"]')!);
      expect(header).to.contain(title);
      expect(header).not.to.contain(english);
      expect(header).not.to.contain('October');
      expect(deepText(deepQuery(el, 'mission-sector-filter')!)).not.to.contain('All sectors');
    });
  }

  it('inherits the language of an ancestor and follows it when it changes', async () => {
    // fixtureSync: fixture() of a plain <div> waits for an animation frame, which stalls in a background tab
    const wrapper = fixtureSync(html`<div lang="nl"><mission-agenda .feed=${example()}></mission-agenda></div>`);
    const el = wrapper.querySelector('mission-agenda')!;
    await settle(el);
    expect(deepText(el.shadowRoot!.querySelector('[part="header"]')!)).to.contain('oktober');
    wrapper.setAttribute('lang', 'fr');
    await new Promise((r) => setTimeout(r));
    await settle(el);
    expect(deepText(el.shadowRoot!.querySelector('[part="header"]')!)).to.contain('octobre');
  });

  it('reflects filter and zone choices in the URL under its own namespace, and restores them', async () => {
    const before = location.href;
    try {
      const el = await loaded(html`<mission-agenda id="one" sync-url .feed=${example()}></mission-agenda>`);
      el.dispatchEvent(new CustomEvent('mission-filter-change', { detail: { sectors: [LIFE] }, bubbles: true }));
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
      await settle(el);
      const params = new URLSearchParams(location.search);
      expect(params.get('ma-one.sectors')).to.equal(LIFE);
      expect(params.get('ma-one.tz')).to.equal('local');
      el.remove(); // a new visit of the page
      const again = await loaded(html`<mission-agenda id="one" sync-url .feed=${example()}></mission-agenda>`);
      expect(deepQuery(cards(again)[0], 'time[part="start"]')!.getAttribute('datetime')).to.match(/\+02:00$/);
      const sectorsOf = new Map(feed.activities.map((a) => [a.id, a.sectors ?? []]));
      for (const id of ids(again)) expect(sectorsOf.get(id!)).to.include(LIFE);
      const other = await loaded(html`<mission-agenda id="two" sync-url .feed=${example()}></mission-agenda>`);
      expect(cards(other)).to.have.length(80);
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('lets only one agenda without an id keep its state in the URL, so a second is never filtered by the first', async () => {
    const before = location.href;
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(String(args[0]));
    try {
      const first = await loaded(html`<mission-agenda sync-url .feed=${example()}></mission-agenda>`);
      first.dispatchEvent(new CustomEvent('mission-filter-change', { detail: { sectors: [LIFE] }, bubbles: true }));
      await settle(first);
      expect(new URLSearchParams(location.search).get('ma.sectors')).to.equal(LIFE);
      const second = await loaded(html`<mission-agenda sync-url .feed=${example()}></mission-agenda>`);
      expect(cards(second)).to.have.length(80);
      expect(warnings.some((w) => w.includes('give this one an id'))).to.equal(true);
      second.dispatchEvent(
        new CustomEvent('mission-filter-change', { detail: { sectors: ['aerospace-defence'] }, bubbles: true }),
      );
      await settle(second);
      expect(new URLSearchParams(location.search).get('ma.sectors')).to.equal(LIFE);
    } finally {
      console.warn = warn;
      history.replaceState(null, '', before);
    }
  });

  it('shows the page’s own fallback content until the programme is there, and beside an error', async () => {
    const el = await fixture<MissionAgenda>(
      html`<mission-agenda src="/__status/404"><a href="/programme.pdf">The programme as a PDF</a></mission-agenda>`,
    );
    const slot = () => el.shadowRoot!.querySelector<HTMLSlotElement>('slot.fallback')!;
    const link = el.querySelector('a')!;
    expect(slot().hidden).to.equal(false);
    expect(slot().assignedElements()).to.deep.equal([link]);
    if (!el.shadowRoot!.querySelector('[part="error"]')) await nextEvent(el, 'mission-error');
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    expect(slot().hidden).to.equal(false);
    expect(link.getClientRects().length).to.be.above(0); // laid out: visible
    el.src = '';
    el.feed = example();
    await settle(el);
    expect(slot().hidden).to.equal(true);
    expect(link.getClientRects().length).to.equal(0);
  });

  it('takes a zone asked for by an element inside it', async () => {
    const el = await loaded(html`<mission-agenda .feed=${twoDays()}></mission-agenda>`);
    const timeline = el.shadowRoot!.querySelector('mission-timeline')!;
    timeline.dispatchEvent(
      new CustomEvent('mission-time-zone-change', {
        detail: { timeZone: 'Asia/Tokyo' },
        bubbles: true,
        composed: true,
      }),
    );
    await settle(el);
    expect(deepQuery(cards(el)[0], 'time[part="start"]')!.getAttribute('datetime')).to.match(/\+09:00$/);
  });

  it('shows the programme as a timetable with view="grid", and lets the visitor switch', async () => {
    const el = await loaded(html`<mission-agenda view="grid" .feed=${twoDays()}></mission-agenda>`);
    const root = el.shadowRoot!;
    expect(root.querySelector('mission-timeline')).to.equal(null);
    const grid = root.querySelector('mission-grid')!;
    expect(grid).to.not.equal(null);
    const expected = twoDays()
      .activities.map((a) => a.id)
      .sort();
    expect(ids(el).sort()).to.deep.equal(expected); // every activity is a card in the grid too
    const options = [...root.querySelectorAll<HTMLInputElement>('[part="view-switch"] input')];
    expect(options.map((o) => o.checked)).to.deep.equal([false, true]);
    options[0].click();
    await settle(el);
    expect(root.querySelector('mission-grid')).to.equal(null);
    expect(ids(el).sort()).to.deep.equal(expected);
    await expect(el).to.be.accessible();
  });

  it('shows the list on a phone whatever the view, and no switch', async () => {
    await setViewport({ width: 390, height: 844 });
    try {
      const el = await loaded(html`<mission-agenda view="grid" .feed=${twoDays()}></mission-agenda>`);
      expect(el.shadowRoot!.querySelector('mission-grid')).to.equal(null);
      expect(el.shadowRoot!.querySelector('mission-timeline')).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="view-switch"]')).to.equal(null);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });

  it('passes axe when loaded', async () => {
    const el = await loaded(html`<mission-agenda .feed=${twoDays()}></mission-agenda>`);
    await expect(el).to.be.accessible();
  });
});

describe('<mission-agenda refresh>', () => {
  // When test files run side by side, this page may be a background tab, where polling rightly pauses.
  let visibility: PropertyDescriptor | undefined;
  before(() => {
    visibility = Object.getOwnPropertyDescriptor(Document.prototype, 'visibilityState');
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
  });
  after(() => {
    delete (document as { visibilityState?: string }).visibilityState;
    if (!visibility) throw new Error('visibilityState descriptor missing');
  });

  // Re-fetching, back-off and failures are tested on a fake clock in test/reliability/refresh.test.ts.

  it('stops polling when removed from the page', async () => {
    const key = `k${Math.random().toString(36).slice(2)}`;
    const el = document.createElement('mission-agenda') as MissionAgenda;
    el.src = `/__counter/${key}`;
    el.refresh = 0.1;
    const first = nextEvent(el, 'mission-load');
    document.body.append(el);
    await first;
    el.remove();
    const before = (await (await fetch(`/__counter/${key}/stats`)).json()).requests;
    await new Promise((r) => setTimeout(r, 500));
    const after = (await (await fetch(`/__counter/${key}/stats`)).json()).requests;
    expect(after).to.equal(before);
  });
});

describe('<mission-agenda> conference formats', () => {
  it('reads a Pentabarf schedule.xml from src (FOSDEM 2026: 883 events)', async () => {
    const el = document.createElement('mission-agenda') as MissionAgenda;
    el.src = '/test/fixtures/real/fosdem-2026.xml';
    const load = nextEvent<MissionLoadEvent>(el, 'mission-load', 15000);
    document.body.append(el);
    try {
      const { detail } = await load;
      expect(detail.activityCount).to.equal(883);
      expect(detail.errors).to.deep.equal([]);
      await settle(el);
      expect(cards(el)).to.have.length(883);
      // FOSDEM is in Brussels: the first day is Saturday 31 January 2026
      expect(deepQueryAll(el, '[part="day"]')[0].getAttribute('data-date')).to.equal('2026-01-31');
    } finally {
      el.remove();
    }
  });

  it('reads a frab schedule.json given as a property, and honours format', async () => {
    const json = structuredClone(camp);
    const el = await loaded(html`<mission-agenda .feed=${json}></mission-agenda>`);
    expect(cards(el)).to.have.length(79);
    const wrong = await fixture<MissionAgenda>(html`<mission-agenda format="frab-xml" .feed=${json}></mission-agenda>`);
    await settle(wrong);
    expect(wrong.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
  });
});
