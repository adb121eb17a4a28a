import { expect, waitUntil, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import type { AgendaState } from '../../src/context/agenda-context.js';
import { MissionFavouriteToggleEvent } from '../../src/events.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQuery, deepQueryAll, deepText, settle, typeSearch } from '../helpers/dom.js';

type Feed = typeof feed;
const example = (): Feed => structuredClone(feed);
const cards = (el: Element) => deepQueryAll<HTMLElement>(el, 'mission-activity-card');
const ids = (el: Element) => cards(el).map((c) => c.getAttribute('activity-id')!);
const context = (el: MissionAgenda) => (el as unknown as { context: AgendaState }).context;
const root = (el: MissionAgenda) => el.shadowRoot!;

async function agenda(template: ReturnType<typeof html>): Promise<MissionAgenda> {
  const el = await fixture<MissionAgenda>(template);
  await settle(el);
  return el;
}

const search = typeSearch;

function clearStorage(): void {
  // only this file's entries: test files run side by side on one origin (the offline-copy tests keep theirs)
  for (const key of Object.keys(localStorage)) {
    if (/^mission-agenda:(favourites|changes):/.test(key)) localStorage.removeItem(key);
  }
}

describe('<mission-agenda> search and facets', () => {
  it('finds activities by title, venue, city and contact, ignoring case and accents', async () => {
    const f = example();
    f.activities[0].title = { en: 'Café Crème with the Straße team' } as never;
    const el = await agenda(html`<mission-agenda .feed=${f}></mission-agenda>`);
    await search(el, 'CAFE creme strasse');
    expect(ids(el)).to.deep.equal([f.activities[0].id]);
    const title = deepQuery(cards(el)[0], '[part="title"]')!;
    expect([...title.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Café', 'Crème', 'Straße']);

    await search(el, 'stanford');
    expect(cards(el).length).to.be.greaterThan(0);
    for (const card of cards(el)) expect(deepText(card).toLowerCase()).to.contain('stanford');
    expect(root(el).querySelector('[part="result-count"]')!.textContent).to.contain(
      `Showing ${cards(el).length} of 80`,
    );

    await search(el, 'no such thing anywhere');
    expect(cards(el)).to.have.length(0);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('No results for');
  });

  it('does not rebuild the context or the filtered list while the visitor is still typing', async () => {
    const el = await agenda(
      html`<mission-agenda lock-sectors sectors="life-sciences" .feed=${example()}></mission-agenda>`,
    );
    const before = context(el);
    const visible = (el as unknown as { view: { visible: unknown } }).view.visible;
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = 'ucs';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(context(el)).to.equal(before);
    expect((el as unknown as { view: { visible: unknown } }).view.visible).to.equal(visible);
  });

  it('shows feed text in highlights literally', async () => {
    const f = example();
    f.activities[0].title = { en: '<img src=x onerror=alert(1)> Seminar' } as never;
    const el = await agenda(html`<mission-agenda .feed=${f}></mission-agenda>`);
    await search(el, 'img');
    expect(ids(el)).to.include(f.activities[0].id);
    expect(deepQueryAll(el, 'img')).to.have.length(0);
    expect(deepQuery(cards(el)[0], '[part="title"]')!.textContent).to.contain('<img src=x onerror=alert(1)> Seminar');
  });

  it('combines facets: OR within a facet, AND across facets and with sectors', async () => {
    const el = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    const toggle = async (facet: string, value: string) => {
      const box = root(el).querySelector<HTMLInputElement>(`[data-facet="${facet}"] input[value="${value}"]`)!;
      box.click();
      await settle(el);
    };
    await toggle('types', 'visit');
    const visits = feed.activities.filter((a) => a.type === 'visit').map((a) => a.id);
    expect(ids(el).sort()).to.deep.equal([...visits].sort());
    await toggle('types', 'seminar');
    const either = feed.activities.filter((a) => a.type === 'visit' || a.type === 'seminar').map((a) => a.id);
    expect(ids(el).sort()).to.deep.equal([...either].sort());
    await toggle('cities', 'la');
    const inLa = feed.activities.filter((a) => either.includes(a.id) && a.location === 'la').map((a) => a.id);
    expect(ids(el).sort()).to.deep.equal([...inLa].sort());
    // the type counts are computed under the other facets (here: Los Angeles only)
    const visitCount = root(el).querySelector('[data-facet="types"] input[value="visit"]')!.parentElement!;
    const laVisits = feed.activities.filter((a) => a.type === 'visit' && a.location === 'la').length;
    expect(visitCount.querySelector('.count')!.textContent).to.equal(String(laVisits));
    (root(el).querySelector('[part="clear-filters"]') as HTMLButtonElement).click();
    await settle(el);
    expect(cards(el)).to.have.length(80);
    await expect(el).to.be.accessible();
  });

  it('filters by day in the display zone', async () => {
    const el = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    root(el).querySelector<HTMLInputElement>('[data-facet="days"] input[value="2025-10-09"]')!.click();
    await settle(el);
    const days = deepQueryAll(el, '[part="day"]').map((d) => d.getAttribute('data-date'));
    expect(days).to.deep.equal(['2025-10-09']);
  });

  it('keeps facets, search and my programme in the URL and restores them', async () => {
    const before = location.href;
    try {
      const el = await agenda(html`<mission-agenda id="p" sync-url .feed=${example()}></mission-agenda>`);
      root(el).querySelector<HTMLInputElement>('[data-facet="types"] input[value="visit"]')!.click();
      await search(el, 'port');
      const params = new URLSearchParams(location.search);
      expect(params.get('ma-p.types')).to.equal('visit');
      expect(params.get('ma-p.q')).to.equal('port');
      const shown = ids(el);
      el.remove(); // a new visit of the page
      const again = await agenda(html`<mission-agenda id="p" sync-url .feed=${example()}></mission-agenda>`);
      expect(ids(again)).to.deep.equal(shown);
      expect(root(again).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('port');
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('<mission-agenda> my programme', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  const star = (el: MissionAgenda, id: string, starred = true) =>
    cards(el)
      .find((c) => c.getAttribute('activity-id') === id)!
      .dispatchEvent(new MissionFavouriteToggleEvent({ id, starred }));

  it('keeps stars per mission, shows my programme and warns about clashes in any zone', async () => {
    const el = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    // two activities that overlap in time
    const [a, b] = feed.activities.filter((x) => x.start === '2025-10-10T09:00');
    star(el, a.id);
    star(el, b.id);
    star(el, 'a-001');
    await settle(el);
    expect([...context(el).favourites].sort()).to.deep.equal([a.id, b.id, 'a-001'].sort());
    expect(
      context(el)
        .clashes.get(a.id)!
        .map((x) => x.id),
    ).to.deep.equal([b.id]);
    expect(context(el).clashes.has('a-001')).to.equal(false);
    const mine = root(el).querySelector<HTMLButtonElement>('[part="my-programme"]')!;
    mine.click();
    await settle(el);
    expect(mine.getAttribute('aria-pressed')).to.equal('true');
    expect(ids(el).sort()).to.deep.equal([a.id, b.id, 'a-001'].sort());

    const again = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    expect(context(again).favourites.size).to.equal(3);
    star(again, 'a-001', false);
    await settle(again);
    expect(JSON.parse(localStorage.getItem('mission-agenda:favourites:bem-west-coast-2025')!).sort()).to.deep.equal(
      [a.id, b.id].sort(),
    );
  });

  it('says when my programme is empty', async () => {
    const el = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    root(el).querySelector<HTMLButtonElement>('[part="my-programme"]')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="empty"]')!.textContent).to.contain('Your programme is still empty');
  });

  it('exports the starred activities as one calendar file', async () => {
    const el = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    star(el, 'a-001');
    star(el, 'a-010');
    await settle(el);
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      blobs.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      root(el).querySelector<HTMLButtonElement>('[part="export"]')!.click();
      // the calendar file's writer is loaded on first use
      await waitUntil(() => blobs.length > 0, 'no calendar file was made', { timeout: 30_000 });
    } finally {
      URL.createObjectURL = original;
    }
    expect(blobs).to.have.length(1);
    const text = await blobs[0].text();
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(text).to.contain('UID:a-001@bem-west-coast-2025.mission-agenda');
    expect(text).to.contain('UID:a-010@bem-west-coast-2025.mission-agenda');
  });

  it('shares a compact link that opens the programme, and asks before touching existing stars', async () => {
    const before = location.href;
    try {
      const el = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
      star(el, 'a-003');
      star(el, 'a-020');
      await settle(el);
      root(el).querySelector<HTMLButtonElement>('[part="share"]')!.click();
      await settle(el);
      const link = new URL(root(el).querySelector<HTMLInputElement>('.share-url')!.value);
      const code = link.searchParams.get('ma.share')!;
      expect(code).to.match(/^[A-Za-z0-9_-]{2,16}$/);

      // a visitor without stars: the shared programme becomes theirs and is shown
      clearStorage();
      history.replaceState(null, '', `${location.pathname}${link.search}`);
      const fresh = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
      expect(ids(fresh).sort()).to.deep.equal(['a-003', 'a-020']);
      expect(new URLSearchParams(location.search).has('ma.share')).to.equal(false);

      // a visitor with other stars: asked first, nothing overwritten until they choose
      localStorage.setItem('mission-agenda:favourites:bem-west-coast-2025', JSON.stringify(['a-050']));
      history.replaceState(null, '', `${location.pathname}${link.search}`);
      const asked = await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
      const prompt = root(asked).querySelector('[part="shared"]')!;
      expect(prompt.textContent).to.contain('2 activities');
      expect([...context(asked).favourites]).to.deep.equal(['a-050']);
      await expect(asked).to.be.accessible();
      [...prompt.querySelectorAll('button')].find((b) => b.textContent!.includes('Merge'))!.click();
      await settle(asked);
      expect([...context(asked).favourites].sort()).to.deep.equal(['a-003', 'a-020', 'a-050']);
      expect(root(asked).querySelector('[part="shared"]')).to.equal(null);
    } finally {
      history.replaceState(null, '', before);
    }
  });
});

describe('<mission-agenda> change awareness', () => {
  beforeEach(clearStorage);
  afterEach(clearStorage);

  it('marks what changed since the last visit until the visitor dismisses it', async () => {
    await agenda(html`<mission-agenda track-changes .feed=${example()}></mission-agenda>`);
    const changed = example();
    changed.activities[0].start = '2025-10-05T15:00';
    changed.activities[0].end = '2025-10-05T16:00';
    (changed.activities[1] as { status?: string }).status = 'cancelled';
    changed.activities.push({ ...changed.activities[5], id: 'a-999', title: 'A new reception' } as never);
    changed.activities.splice(10, 1);
    const el = await agenda(html`<mission-agenda track-changes .feed=${changed}></mission-agenda>`);
    const changes = context(el).changes;
    expect(changes.get(changed.activities[0].id)!.kind).to.equal('moved');
    expect(changes.get(changed.activities[1].id)).to.deep.equal({ kind: 'cancelled' });
    expect(changes.get('a-999')).to.deep.equal({ kind: 'new' });
    const banner = root(el).querySelector('[part="changes"]')!;
    expect(banner.textContent).to.contain('What changed since your last visit');
    expect(banner.textContent).to.contain('A new reception');
    expect(banner.textContent).to.match(/was Sun, Oct 5, 1:00\sPM → Sun, Oct 5, 3:00\sPM/);
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('[part="dismiss"]')!.click();
    await settle(el);
    expect(root(el).querySelector('[part="changes"]')).to.equal(null);
    const later = await agenda(html`<mission-agenda track-changes .feed=${changed}></mission-agenda>`);
    expect(root(later).querySelector('[part="changes"]')).to.equal(null);
  });

  it('remembers nothing without track-changes or refresh', async () => {
    await agenda(html`<mission-agenda .feed=${example()}></mission-agenda>`);
    expect(localStorage.getItem('mission-agenda:changes:bem-west-coast-2025')).to.equal(null);
  });
});
