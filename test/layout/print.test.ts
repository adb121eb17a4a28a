import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { MissionActivityCard } from '../../src/elements/mission-activity-card/mission-activity-card.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQueryAll, nextEvent, settle } from '../helpers/dom.js';

// The programme as it prints: laid out with print media at the width of an A4 page's text (21 cm less two 1 cm
// margins, 718 CSS px). Page breaks themselves are only seen in a PDF (scripts/screenshots.mjs prints one and counts
// its pages); what decides them is measured here.

const A4_TEXT_WIDTH = 718;

let page: HTMLElement | undefined;

async function printedAgenda(lang: string) {
  await emulateMedia({ media: 'print' });
  // Built by hand: open-wc's fixture waits for an animation frame for a plain wrapper, and a test page running
  // beside another one (in a background tab) gets none.
  page = document.createElement('div');
  page.style.width = `${A4_TEXT_WIDTH}px`;
  const el = document.createElement('mission-agenda') as MissionAgenda;
  el.lang = lang;
  el.setAttribute('time-zone', 'event');
  page.append(el);
  document.body.append(page);
  const load = nextEvent(el, 'mission-load');
  el.feed = structuredClone(feed);
  await load;
  await settle(el);
  return el;
}

afterEach(async () => {
  page?.remove();
  await emulateMedia({ media: 'screen' });
});

describe('the printed programme', () => {
  it('says in one line which zone the times are in, and leaves out the list / timetable switch', async () => {
    const el = await printedAgenda('en');
    const root = el.shadowRoot!;
    const legend = root.querySelector<HTMLElement>('[part="zone-switch"] legend')!;
    const line = parseFloat(getComputedStyle(legend).lineHeight) || parseFloat(getComputedStyle(legend).fontSize) * 1.5;
    expect(legend.textContent!.trim()).to.equal('Show times in');
    expect(legend.getBoundingClientRect().height).to.be.below(line * 1.5);
    const switches = root.querySelector<HTMLElement>('[part="view-switch"]');
    expect(switches === null || switches.getBoundingClientRect().height === 0).to.equal(true);
  });

  it('is a table per day whose head, with the zone of its times, repeats on every page the day runs on to', async () => {
    const el = await printedAgenda('en');
    const days = deepQueryAll<HTMLElement>(el, '[part="day"]');
    expect(days.length).to.equal(6);
    for (const day of days) {
      expect(getComputedStyle(day).display).to.equal('table');
      const head = day.querySelector<HTMLElement>('.day-head')!;
      // a table's header group is what Chromium repeats at the top of each page a table is split over
      expect(getComputedStyle(head).display).to.equal('table-header-group');
      expect(head.querySelector('[part="day-heading"]')).to.be.instanceOf(HTMLElement);
      const zone = head.querySelector<HTMLElement>('.print-zone')!;
      expect(getComputedStyle(zone).display).to.equal('block');
      expect(zone.textContent).to.match(/^(San Francisco|Los Angeles) time \(UTC−7\)$/);
      expect(zone.getBoundingClientRect().height).to.be.greaterThan(0);
    }
  });

  it('keeps every time range in its column, clear of the title, and never breaks inside a time', async () => {
    const el = await printedAgenda('en');
    const cards = deepQueryAll<MissionActivityCard>(el, 'mission-activity-card');
    expect(cards.length).to.be.greaterThan(70);
    let wrapped = 0;
    for (const card of cards) {
      const root = card.shadowRoot!;
      const time = root.querySelector('[part="time"]')!.getBoundingClientRect();
      const title = root.querySelector('[part="title"]')!.getBoundingClientRect();
      for (const part of ['start', 'end']) {
        // the text itself, which may overflow its box: one line, left of the title
        const rects = root.querySelector(`[part="${part}"]`)!.getClientRects();
        expect(rects.length, `${card.activityId} ${part}`).to.equal(1);
        expect(rects[0]!.right, `${card.activityId} ${part}`).to.be.at.most(title.left);
      }
      if (time.height > title.height * 1.5) wrapped++;
    }
    // the 12-hour ranges of the example are too long for one line of the column: they break after the dash
    expect(wrapped).to.be.greaterThan(0);
  });

  it('gives an activity about four lines, the time beside the title rather than above it', async () => {
    const el = await printedAgenda('en');
    const cards = deepQueryAll<HTMLElement>(el, 'mission-activity-card');
    const heights = cards.map((card) => card.getBoundingClientRect().height).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)]!;
    const line = parseFloat(getComputedStyle(cards[0]!).fontSize) * 1.5;
    expect(median / line).to.be.below(5);
  });
});
