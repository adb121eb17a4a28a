import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQueryAll, nextEvent, settle } from '../helpers/dom.js';

// What a visitor sees, measured in a real browser at a desktop and a phone width, on the example mission and on a
// real conference (FOSDEM 2026: 883 events, up to ~40 at once): readable cards, whatever the number in parallel.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The narrowest a card may be on a desktop (px): about 260, the 16.5rem of the grid's columns. */
const MIN_CARD = 260;
/** Room a host page's own header may take above the agenda on a phone (the demo's takes about 190 px). */
const PAGE_CHROME = 200;

// Off-screen cards and days skip their layout (`content-visibility: auto`); measuring needs them laid out.
const style = document.createElement('style');
style.textContent = `
  mission-activity-card { content-visibility: visible !important; }
  mission-agenda::part(day) { content-visibility: visible !important; }
  body { margin: 0; }
  .page { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem; }
  @media (max-width: 40rem) { .page { padding: 0 0.75rem; } }
`;
document.head.append(style);

async function agenda(source: 'mission' | 'fosdem'): Promise<MissionAgenda> {
  const wrapper = await fixture<HTMLElement>(
    source === 'mission'
      ? html`<div class="page"><mission-agenda lang="en" .feed=${structuredClone(feed)}></mission-agenda></div>`
      : html`<div class="page">
          <mission-agenda lang="en" group-by="mission-day" src="/test/fixtures/real/fosdem-2026.xml"></mission-agenda>
        </div>`,
  );
  const el = wrapper.querySelector('mission-agenda')!;
  if (source === 'fosdem') await nextEvent(el, 'mission-load');
  await settle(el);
  const timeline = el.shadowRoot!.querySelector('mission-timeline');
  await timeline?.updateComplete;
  await settle(el);
  return el;
}

interface CardFacts {
  id: string;
  width: number;
  right: number;
  /** The start and end times sit on one line. */
  timeOnOneLine: boolean;
  /** The star sits on the time's line. */
  starOnTimeLine: boolean;
  /** Widths of the title's line boxes, and its font size. */
  titleLines: number[];
  fontSize: number;
  title: string;
}

function facts(card: HTMLElement): CardFacts {
  const root = card.shadowRoot!;
  const rect = card.getBoundingClientRect();
  const start = root.querySelector('[part="start"]')!.getBoundingClientRect();
  const end = root.querySelector('[part="end"]')!.getBoundingClientRect();
  const star = root.querySelector('[part="star"]')!.getBoundingClientRect();
  const title = root.querySelector('[part="title"]')!;
  const range = document.createRange();
  range.selectNodeContents(title);
  // one rect per line box (merged per line: inline pieces of one line share their top)
  const lines = new Map<number, number>();
  for (const r of range.getClientRects()) {
    if (r.width === 0) continue;
    const top = Math.round(r.top);
    lines.set(top, (lines.get(top) ?? 0) + r.width);
  }
  const mid = (r: DOMRect) => r.top + r.height / 2;
  return {
    id: card.getAttribute('activity-id')!,
    width: rect.width,
    right: rect.right,
    timeOnOneLine: Math.abs(start.top - end.top) < 2,
    starOnTimeLine: mid(start) > star.top && mid(start) < star.bottom,
    titleLines: [...lines.values()],
    fontSize: parseFloat(getComputedStyle(title).fontSize),
    title: title.textContent ?? '',
  };
}

function check(el: MissionAgenda, viewport: { width: number }, minWidth: number): void {
  const cards = deepQueryAll<HTMLElement>(el, 'mission-activity-card');
  expect(cards.length, 'cards rendered').to.be.greaterThan(0);
  const all = cards.map(facts);
  const narrow = all.filter((c) => c.width < minWidth).map((c) => `${c.id} ${Math.round(c.width)}px`);
  expect(narrow, `cards narrower than ${minWidth}px`).to.deep.equal([]);
  const outside = all.filter((c) => c.right > viewport.width + 0.5).map((c) => c.id);
  expect(outside, 'cards reaching past the viewport').to.deep.equal([]);
  expect(
    all.filter((c) => !c.timeOnOneLine).map((c) => c.id),
    'time ranges on two lines',
  ).to.deep.equal([]);
  expect(
    all.filter((c) => !c.starOnTimeLine).map((c) => c.id),
    'stars off the time line',
  ).to.deep.equal([]);
  // a line box about one character wide before the title's last line (a short last word such as "AI" is fine):
  // letters stacked one per line
  const stacked = all
    .filter((c) => c.title.length > 3 && c.titleLines.slice(0, -1).some((w) => w < c.fontSize * 1.5))
    .map((c) => `${c.id}: ${c.titleLines.map(Math.round).join('/')}`);
  expect(stacked, 'title lines one character wide').to.deep.equal([]);
  expect(document.documentElement.scrollWidth, 'horizontal page overflow').to.be.at.most(viewport.width);
}

function firstCardTop(el: MissionAgenda): number {
  const first = deepQueryAll<HTMLElement>(el, 'mission-activity-card')[0];
  return first.getBoundingClientRect().top + window.scrollY;
}

describe('layout as a visitor sees it', function () {
  this.timeout(120_000);
  after(() => setViewport({ width: 800, height: 600 }));

  for (const source of ['mission', 'fosdem'] as const) {
    describe(source === 'mission' ? 'the example mission' : 'FOSDEM 2026', () => {
      it('on a 1280 px desktop: cards at least 260 px, times on one line, no letters stacked, no overflow', async () => {
        await setViewport(DESKTOP);
        const el = await agenda(source);
        check(el, DESKTOP, MIN_CARD);
      });

      it('on a 390×844 phone: full-width cards, and the first activity early', async () => {
        await setViewport(PHONE);
        const el = await agenda(source);
        const timeline = el.shadowRoot!.querySelector('mission-timeline')!.getBoundingClientRect();
        // the full column: the timeline's width less the rule and indent that mark a time slot
        check(el, PHONE, timeline.width - 24);
        const top = firstCardTop(el) - el.getBoundingClientRect().top - window.scrollY;
        // the mission's first activity on the first screen under a host page's header; a conference's (70 tracks,
        // three facets) within one and a half
        const budget = source === 'mission' ? PHONE.height - PAGE_CHROME : PHONE.height * 1.5 - PAGE_CHROME;
        expect(top, 'first card from the top of the agenda').to.be.at.most(budget);
      });
    });
  }
});
