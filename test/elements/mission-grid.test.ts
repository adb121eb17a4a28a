import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { provide } from '@lit/context';
import '../../src/elements/mission-grid/mission-grid.define.js';
import type { MissionGrid } from '../../src/elements/mission-grid/mission-grid.js';
import type { MissionActivityCard } from '../../src/elements/mission-activity-card/mission-activity-card.js';
import { agendaContext, type AgendaState } from '../../src/context/agenda-context.js';
import { parseFeed, type Programme } from '../../src/core/feed/index.js';
import { importProgramme } from '../../src/core/import/index.js';
import { loadGrid } from '../../src/elements/mission-grid/mission-grid.load.js';
import { agendaState } from '../helpers/agenda-state.js';
import { settle } from '../helpers/dom.js';
import { nextTask } from '../../src/io/next-task.js';
import { cardsDrawnAtOnce, connectList, shownCards } from '../helpers/slow-device.js';

class GridTestProvider extends LitElement {
  @provide({ context: agendaContext }) state?: AgendaState;
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('grid-test-provider', GridTestProvider);

/** A programme in `zone` from feed items (wall times read by the library's time engine). */
function programme(zone: string, items: readonly Record<string, unknown>[]): Programme {
  const result = parseFeed({
    version: 1,
    mission: { id: 'm', title: 'Mission', timeZone: zone, defaultLanguage: 'en' },
    venues: [
      { id: 'main', name: 'Main hall' },
      { id: 'side', name: 'Side room with a very long name that does not fit on one line of a column' },
    ],
    sectors: [{ id: 'bio', name: { en: 'Biotech', fr: 'Biotechnologies' }, color: '#2e7d32' }],
    activities: items.map((item, i) => ({ id: `a${i}`, title: `Activity ${i}`, type: 'seminar', ...item })),
  });
  if (!result.programme) throw new Error(JSON.stringify(result.errors));
  return result.programme;
}

const brussels = programme('Europe/Brussels', [
  { start: '2025-10-06T09:00', end: '2025-10-06T10:30', venue: 'main', sectors: ['bio'] },
  {
    start: '2025-10-06T09:30',
    end: '2025-10-06T09:45',
    venue: 'side',
    title: 'A lightning talk with a title far too long for its block',
  },
  { start: '2025-10-06T22:00', end: '2025-10-07T01:00', venue: 'main', title: 'Night session' },
  { start: '2025-10-07T10:00', end: '2025-10-07T11:00' },
]);

const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const days = (el: MissionGrid) => [...shadow(el).querySelectorAll<HTMLElement>('[part="day"]')];
const cardOf = (el: MissionGrid, id: string) =>
  shadow(el).querySelector<MissionActivityCard>(`mission-activity-card[activity-id="${id}"]`);
const startOf = (card: MissionActivityCard | null) =>
  card && shadow(card).querySelector('time[part="start"]')?.getAttribute('datetime');

describe('<mission-grid>', () => {
  it('renders every activity as a compact card in its day and column, with times in the display zone', async function () {
    this.timeout(30000);
    const el = await fixture<MissionGrid>(
      html`<mission-grid columns="venue" .activities=${brussels.activities}></mission-grid>`,
    );
    await settle(el);
    expect(days(el).map((d) => d.dataset.date)).to.deep.equal(['2025-10-06', '2025-10-07']);
    const headings = (d: HTMLElement) =>
      [...d.querySelectorAll('[part="column-heading"]')].map((h) => [h.localName, h.textContent]);
    expect(headings(days(el)[0])).to.deep.equal([
      ['h3', 'Main hall'],
      ['h3', 'Side room with a very long name that does not fit on one line of a column'],
    ]);
    expect(headings(days(el)[1])).to.deep.equal([['h3', 'Other']]);
    const cards = shadow(el).querySelectorAll('mission-activity-card');
    expect([...cards].map((c) => [c.getAttribute('activity-id'), (c as MissionActivityCard).variant])).to.deep.equal([
      ['a0', 'compact'],
      ['a2', 'compact'],
      ['a1', 'compact'],
      ['a3', 'compact'],
    ]);
    expect(startOf(cardOf(el, 'a2'))).to.equal('2025-10-06T22:00:00+02:00');
    // the night session runs on below midnight: the axis ends at 01:00 the next morning
    const times = [...days(el)[0].querySelectorAll('.line')].map((t) => t.getAttribute('datetime'));
    expect(times.at(-1)).to.equal('2025-10-07T01:00:00+02:00');
    await expect(el).to.be.accessible();
  });

  it('sizes blocks by duration, with a least height, and lays long column names out in readable widths', async () => {
    const el = await fixture<MissionGrid>(
      html`<mission-grid columns="venue" .activities=${brussels.activities}></mission-grid>`,
    );
    await settle(el);
    const block = (id: string) => (cardOf(el, id)?.parentElement as HTMLElement).getBoundingClientRect();
    const hour = block('a0').height / 1.5;
    expect(hour).to.be.closeTo(144, 1); // 9rem
    expect(block('a1').height).to.be.closeTo(52, 1); // 15 minutes (36 px) raised to 3.25rem
    for (const column of shadow(el).querySelectorAll('[part="column"]')) {
      expect(column.getBoundingClientRect().width).to.be.at.least(160);
    }
  });

  it('lets the keyboard reach every block, and shows the whole card of the block that has focus', async () => {
    const el = await fixture<MissionGrid>(
      html`<mission-grid columns="venue" .activities=${brussels.activities}></mission-grid>`,
    );
    await settle(el);
    const short = cardOf(el, 'a1') as MissionActivityCard;
    const li = short.parentElement as HTMLElement;
    const before = li.getBoundingClientRect().height;
    const title = shadow(short).querySelector('[part="title"]') as HTMLElement;
    expect(title.scrollHeight).to.be.greaterThan(title.clientHeight); // clamped to a line
    shadow(el).querySelector<HTMLElement>('[part="scroller"]')?.focus();
    const reached = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      const active = shadow(el).activeElement?.closest('mission-activity-card');
      if (active) reached.add(active.getAttribute('activity-id') ?? '');
      if (active === short) break;
    }
    expect(reached.has('a1')).to.equal(true);
    expect(li.getBoundingClientRect().height).to.be.greaterThan(before);
    expect(title.scrollHeight).to.equal(title.clientHeight);
    // the details open in a popover, as in a compact card anywhere
    (shadow(short).querySelector('[part="details-toggle"]') as HTMLButtonElement).click();
    await settle(el);
    expect(shadow(short).querySelector('[part="details"]')?.matches(':popover-open')).to.equal(true);
  });

  it('draws a DST day in elapsed time: Brussels’ 26 October 2025 has 25 hours and 02:00 twice', async () => {
    const p = programme('Europe/Brussels', [
      { start: '2025-10-26T00:00', end: '2025-10-26T01:00', venue: 'main' },
      { start: '2025-10-26T03:00', end: '2025-10-26T04:00', venue: 'main' },
    ]);
    const el = await fixture<MissionGrid>(html`<mission-grid .activities=${p.activities}></mission-grid>`);
    await settle(el);
    const lines = [...shadow(el).querySelectorAll('.line')];
    expect(lines.map((l) => l.getAttribute('datetime')?.slice(11))).to.deep.equal([
      '00:00:00+02:00',
      '01:00:00+02:00',
      '02:00:00+02:00',
      '02:00:00+01:00',
      '03:00:00+01:00',
      '04:00:00+01:00',
    ]);
    expect(lines[3].hasAttribute('data-zone-change')).to.equal(true);
    const top = (id: string) => (cardOf(el, id)?.parentElement as HTMLElement).offsetTop;
    expect((top('a1') - top('a0')) / 144).to.be.closeTo(4, 0.01); // four hours apart, not three
  });

  it('inside an agenda shows its filtered activities in its zone and language, with its marks', async () => {
    const state = agendaState({
      programme: brussels,
      visible: brussels.activities.slice(0, 2),
      display: { zone: 'America/New_York', eventZone: 'Europe/Brussels', lang: 'fr' },
      favourites: new Set(['a0']),
    });
    const host = await fixture<GridTestProvider>(
      html`<grid-test-provider .state=${state}><mission-grid columns="sector"></mission-grid></grid-test-provider>`,
    );
    const el = host.querySelector('mission-grid') as MissionGrid;
    await settle(el);
    expect(shadow(el).querySelectorAll('mission-activity-card')).to.have.length(2);
    expect(startOf(cardOf(el, 'a0'))).to.equal('2025-10-06T03:00:00-04:00');
    const names = [...shadow(el).querySelectorAll('[part="column-heading"]')].map((h) => h.textContent);
    expect(names).to.deep.equal(['Biotechnologies', 'Autres']);
    expect(cardOf(el, 'a0')?.marks?.starred).to.equal(true);
    expect(shadow(el).querySelector('.corner')?.textContent).to.match(/^Heure \(/);
  });

  it('prints on a landscape page of its own name', async () => {
    await fixture(html`<mission-grid .activities=${brussels.activities}></mission-grid>`);
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
    expect(rules.some((r) => r.startsWith('@page mission-grid') && r.includes('landscape'))).to.equal(true);
  });

  describe('on a slow device (the task that renders the grid has already run 40 ms)', () => {
    // 80 half-hour activities in two rooms, over two days
    const many = programme(
      'Europe/Brussels',
      Array.from({ length: 80 }, (_, i) => {
        const day = 6 + Math.floor(i / 40);
        const slot = Math.floor((i % 40) / 2);
        const at = (m: number) =>
          `2025-10-0${day}T${String(8 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
        return { start: at(slot * 30), end: at(slot * 30 + 25), venue: i % 2 ? 'side' : 'main' };
      }),
    ).activities;
    const shown = shownCards;

    it('builds nothing in that task and holds its place, then a first screen of 8 cards, then all', async () => {
      const el = connectList('mission-grid', many, true);
      try {
        for (let i = 0; i < 20; i++) await null; // the first update runs in microtasks of the same task
        expect(el.hasUpdated).to.equal(true);
        expect(shown(el), 'cards in the slow task').to.equal(0);
        expect(shadow(el).querySelector('[part="empty"]'), 'no "empty" message while it waits').to.equal(null);
        expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight);
        await nextTask();
        expect(shown(el), 'cards after the next task').to.equal(8);
        await el.updateComplete;
        expect(shown(el)).to.equal(80);
      } finally {
        el.remove();
      }
    });

    it('builds the whole grid at once when the task is not slow', async () => {
      expect(await cardsDrawnAtOnce('mission-grid', many)).to.equal(80);
    });
  });

  it('shows a message when empty, and is defined by the on-demand loader', async () => {
    const el = await fixture<MissionGrid>(html`<mission-grid lang="de" .activities=${[]}></mission-grid>`);
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).to.not.equal('');
    await loadGrid();
    expect(customElements.get('mission-grid')).to.equal(el.constructor);
  });

  it('renders FOSDEM 2026 (883 events) with every card, readable columns and no column narrower than 160 px', async function () {
    this.timeout(30000);
    const xml = await (await fetch('/test/fixtures/real/fosdem-2026.xml')).text();
    const { programme: fosdem } = importProgramme(xml);
    if (!fosdem) throw new Error('FOSDEM did not import');
    const t0 = performance.now();
    const el = await fixture<MissionGrid>(
      html`<mission-grid time-zone="Europe/Brussels" .activities=${fosdem.activities}></mission-grid>`,
    );
    await settle(el);
    console.log(`FOSDEM grid: ${Math.round(performance.now() - t0)} ms`);
    expect(shadow(el).querySelectorAll('mission-activity-card')).to.have.length(883);
    expect(days(el).map((d) => d.dataset.date)).to.deep.equal(['2026-01-31', '2026-02-01']);
    const columns = days(el).map((d) => d.querySelectorAll('[part="column"]').length);
    expect(Math.min(...columns)).to.be.greaterThan(20);
    const first = days(el)[0].querySelector('[part="column"]') as HTMLElement;
    expect(first.getBoundingClientRect().width).to.be.at.least(160);
  });
});
