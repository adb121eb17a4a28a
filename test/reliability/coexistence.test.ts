import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQueryAll, deepText, settle } from '../helpers/dom.js';

const LIFE = 'life-sciences';
const cards = (el: Element) => deepQueryAll<HTMLElement>(el, 'mission-activity-card');
const starts = (el: Element) =>
  cards(el).map((c) => c.shadowRoot!.querySelector('time[part="start"]')!.getAttribute('datetime'));

/** The example feed under another mission id, with its first `n` activities. */
function missionFeed(id: string, n: number) {
  const f = structuredClone(feed) as typeof feed;
  f.mission.id = id;
  f.activities = f.activities.slice(0, n);
  return f;
}

describe('two agendas on one page', () => {
  it('keep their own feed, zone, language, filter and URL parameters', async () => {
    const before = location.href;
    try {
      // built by hand, not with fixture(): that waits for an animation frame, which a background tab never gets
      const wrap = document.createElement('div');
      const [a, b] = [document.createElement('mission-agenda'), document.createElement('mission-agenda')];
      Object.assign(a, { id: 'one', syncUrl: true, timeZone: 'event', lang: 'fr', feed: missionFeed('m-one', 20) });
      Object.assign(b, {
        id: 'two',
        syncUrl: true,
        timeZone: 'Asia/Tokyo',
        lang: 'de',
        feed: missionFeed('m-two', 12),
      });
      wrap.append(a, b);
      document.body.append(wrap);
      const [one, two] = [...wrap.querySelectorAll<MissionAgenda>('mission-agenda')];
      await settle(one);
      await settle(two);
      expect(cards(one)).to.have.length(20);
      expect(cards(two)).to.have.length(12);
      expect(starts(one)[0]).to.match(/-07:00$/);
      expect(starts(two)[0]).to.match(/\+09:00$/);
      expect(deepText(one.shadowRoot!.querySelector('[part="header"]')!)).to.contain('Mission économique belge');
      expect(deepText(two.shadowRoot!.querySelector('[part="header"]')!)).to.contain('Belgische Wirtschaftsmission');
      const twoStarts = starts(two);

      // the visitor switches the first one to their own time and filters it
      one.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')[1].click();
      one.dispatchEvent(new CustomEvent('mission-filter-change', { detail: { sectors: [LIFE] }, bubbles: true }));
      await settle(one);
      await settle(two);
      expect(starts(one)[0]).to.match(/\+02:00$/);
      expect(cards(one).length).to.be.below(20);
      expect(cards(two)).to.have.length(12);
      expect(starts(two)).to.deep.equal(twoStarts);

      const params = new URLSearchParams(location.search);
      expect(params.get('ma-one.sectors')).to.equal(LIFE);
      expect(params.get('ma-one.tz')).to.equal('local');
      expect([...params.keys()].filter((k) => k.startsWith('ma-two.'))).to.deep.equal([]);

      // ids inside the shadow roots are scoped: each root's ids are unique and none leaks into the document
      for (const el of [one, two]) {
        const roots = [el, ...deepQueryAll(el, '*')].map((n) => n.shadowRoot).filter((r): r is ShadowRoot => !!r);
        for (const root of roots) {
          const ids = [...root.querySelectorAll('[id]')].map((n) => n.id);
          expect(new Set(ids).size, 'unique ids per shadow root').to.equal(ids.length);
          for (const id of ids) expect(document.getElementById(id)).to.equal(null);
        }
      }
    } finally {
      history.replaceState(null, '', before);
      document.querySelectorAll('mission-agenda').forEach((el) => el.parentElement?.remove());
    }
  });

  it('do not let their styles reach the host page, nor the page’s aggressive CSS break them', async () => {
    const style = document.createElement('style');
    // straight under <body>: the page's `div { display: none }` would hide a wrapping div, as it should
    const wrap = document.createElement('section');
    wrap.innerHTML = '<h2>Outside</h2><button type="button">Outside</button>';
    document.body.append(wrap);
    const h2 = wrap.querySelector('h2')!;
    const button = wrap.querySelector('button')!;
    const snapshot = (el: Element) => {
      const cs = getComputedStyle(el);
      return [
        'color',
        'font-family',
        'font-size',
        'margin-top',
        'padding-left',
        'background-color',
        'border-top-width',
      ].map((p) => cs.getPropertyValue(p));
    };
    const h2Before = snapshot(h2);
    const buttonBefore = snapshot(button);
    const el = document.createElement('mission-agenda');
    el.feed = missionFeed('m-css', 6);
    const broken = document.createElement('mission-agenda');
    broken.feed = { version: 9 };
    wrap.append(el, broken);
    await settle(el);
    await settle(broken);
    expect(snapshot(h2)).to.deep.equal(h2Before);
    expect(snapshot(button)).to.deep.equal(buttonBefore);

    style.textContent = '* { all: unset; } div { display: none !important; } html { font-size: 40px; }';
    document.head.append(style);
    try {
      // no frame wait (a background tab gets none): reading a box forces style and layout
      for (const card of cards(el)) {
        const box = card.getBoundingClientRect();
        expect(box.width * box.height, card.getAttribute('activity-id')!).to.be.greaterThan(0);
      }
      const panel = broken.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(panel).display).not.to.equal('none');
    } finally {
      style.remove();
      wrap.remove();
    }
  });
});
