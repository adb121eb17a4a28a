import { expect } from '@open-wc/testing';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQueryAll, nextEvent, settle } from '../helpers/dom.js';

// What a visitor sees, measured in a real browser at a desktop and a phone width, on the example mission and on a
// real conference (FOSDEM 2026: 883 events, up to ~40 at once): readable cards, whatever the number in parallel.
// Each page is an iframe of the device's size (its own viewport, media and container queries), so the measurements
// do not depend on the size of the test runner's window or on other test files running beside this one.

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** The narrowest a card may be on a desktop (px): about 260, the 16.5rem of the grid's columns. */
const MIN_CARD = 260;
/** Room a host page's own header may take above the agenda on a phone (the demo's takes about 190 px). */
const PAGE_CHROME = 200;

// Off-screen cards and days skip their layout (`content-visibility: auto`); measuring needs them laid out.
const PAGE_STYLE = `
  mission-activity-card { content-visibility: visible !important; }
  mission-agenda::part(day) { content-visibility: visible !important; }
  body { margin: 0; }
  .page { max-width: 64rem; margin: 0 auto; padding: 0 1.25rem; }
  @media (max-width: 40rem) { .page { padding: 0 0.75rem; } }
`;

let frame: HTMLIFrameElement | undefined;
afterEach(() => frame?.remove());

/** A page of `viewport`'s size holding one agenda of the example mission or of FOSDEM, fully rendered. */
async function agenda(source: 'mission' | 'fosdem', viewport: { width: number; height: number }) {
  frame = document.createElement('iframe');
  frame.style.cssText = `width:${viewport.width}px;height:${viewport.height}px;border:0;display:block`;
  const attrs = source === 'mission' ? '' : 'group-by="mission-day" src="/test/fixtures/real/fosdem-2026.xml"';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width">
    <style>${PAGE_STYLE}</style><script type="module" src="/src/index.ts"></script></head>
    <body><div class="page"><mission-agenda lang="en" ${attrs}></mission-agenda></div></body></html>`;
  const loadedFrame = new Promise((resolve) => frame?.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loadedFrame;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('mission-agenda');
  const el = win.document.querySelector('mission-agenda') as MissionAgenda;
  const load = nextEvent(el, 'mission-load');
  if (source === 'mission') el.feed = win.structuredClone(feed);
  await load;
  await settle(el);
  await el.shadowRoot?.querySelector('mission-timeline')?.updateComplete;
  await settle(el);
  return { el, win };
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
  const range = card.ownerDocument.createRange();
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
    fontSize: parseFloat(card.ownerDocument.defaultView!.getComputedStyle(title).fontSize),
    title: title.textContent ?? '',
  };
}

function check(el: MissionAgenda, win: Window, viewport: { width: number }, minWidth: number): void {
  const cards = deepQueryAll<HTMLElement>(el.shadowRoot!, 'mission-activity-card');
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
  expect(win.document.documentElement.scrollWidth, 'horizontal page overflow').to.be.at.most(viewport.width);
}

describe('layout as a visitor sees it', function () {
  this.timeout(120_000);

  for (const source of ['mission', 'fosdem'] as const) {
    describe(source === 'mission' ? 'the example mission' : 'FOSDEM 2026', () => {
      it('on a 1280 px desktop: cards at least 260 px, times on one line, no letters stacked, no overflow', async () => {
        const { el, win } = await agenda(source, DESKTOP);
        check(el, win, DESKTOP, MIN_CARD);
      });

      it('on a 390×844 phone: full-width cards, and the first activity early', async () => {
        const { el, win } = await agenda(source, PHONE);
        const timeline = el.shadowRoot!.querySelector('mission-timeline')!.getBoundingClientRect();
        // the full column: the timeline's width less the rule and indent that mark a time slot
        check(el, win, PHONE, timeline.width - 24);
        const first = deepQueryAll<HTMLElement>(el.shadowRoot!, 'mission-activity-card')[0];
        const top = first.getBoundingClientRect().top - el.getBoundingClientRect().top;
        // the mission's first activity on the first screen under a host page's header; a conference's (70 tracks,
        // three facets) within one and a half
        const budget = source === 'mission' ? PHONE.height - PAGE_CHROME : PHONE.height * 1.5 - PAGE_CHROME;
        expect(top, 'first card from the top of the agenda').to.be.at.most(budget);
      });
    });
  }

  it('brings a slot of parallel sessions into view below the sticky day heading, its label readable', async () => {
    const { el } = await agenda('mission', DESKTOP);
    const groups = deepQueryAll<HTMLElement>(el.shadowRoot!, '[part="parallel"]');
    expect(groups.length).to.be.greaterThan(3);
    for (const group of [groups[1]!, groups[groups.length - 1]!]) {
      group.scrollIntoView({ block: 'start' });
      const heading = group.closest('[part="day"]')!.querySelector('[part="day-heading"]')!.getBoundingClientRect();
      const label = group.querySelector('[part="parallel-label"]')!.getBoundingClientRect();
      expect(label.top, 'the label starts below the heading').to.be.at.least(heading.bottom - 1);
    }
  });
});
