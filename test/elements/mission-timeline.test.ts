import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import { LitElement } from 'lit';
import { provide } from '@lit/context';
import '../../src/elements/mission-timeline/mission-timeline.define.js';
import type { MissionTimeline } from '../../src/elements/mission-timeline/mission-timeline.js';
import type { MissionActivityCard } from '../../src/elements/mission-activity-card/mission-activity-card.js';
import { agendaContext, type AgendaState } from '../../src/context/agenda-context.js';
import type { Activity, Programme } from '../../src/core/feed/types.js';
import { HOUR, makeActivity, makeLocation, makeSector } from '../core/agenda/builders.js';
import { agendaState } from '../helpers/agenda-state.js';
import { nextTask } from '../../src/io/next-task.js';
import { searchCode } from '../../src/io/chunks.js';
import { installClock } from '../reliability/fake-clock.js';
import { cardsDrawnAtOnce, connectList, shownCards } from '../helpers/slow-device.js';

const LA = 'America/Los_Angeles';
const sf = makeLocation('sf', LA, 'San Francisco');
const la = makeLocation('la', LA, 'Los Angeles');

/** An activity starting at `utcHour` on `day` of October 2025 (UTC), lasting `hours`. */
function at(id: string, day: number, utcHour: number, hours = 1, extra: Partial<Activity> = {}): Activity {
  const start = Date.UTC(2025, 9, day, utcHour);
  return makeActivity({ id, start, end: start + hours * HOUR, location: sf, ...extra });
}

/** A context provider standing in for `<mission-agenda>`. */
class TimelineTestProvider extends LitElement {
  @provide({ context: agendaContext }) state?: AgendaState;
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('timeline-test-provider', TimelineTestProvider);

function days(el: MissionTimeline): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="day"]')];
}
function cardIds(root: ParentNode): string[] {
  return [...root.querySelectorAll('mission-activity-card')].map((c) => c.getAttribute('activity-id')!);
}
function card(el: MissionTimeline, id: string): MissionActivityCard {
  return el.shadowRoot!.querySelector<MissionActivityCard>(`mission-activity-card[activity-id="${id}"]`)!;
}

describe('<mission-timeline>', () => {
  describe('days', () => {
    // 09:00 in Los Angeles on 6 Oct (16:00 UTC) and 21:00 in Los Angeles on 6 Oct (04:00 UTC 7 Oct = 06:00 Brussels).
    const list = [at('morning', 6, 16), at('evening', 7, 4)];

    it('groups by date in the display zone: 21:00 in Los Angeles is the next day in Brussels', async () => {
      const event = await fixture<MissionTimeline>(html`<mission-timeline .activities=${list}></mission-timeline>`);
      expect(days(event).map((d) => d.dataset.date)).to.deep.equal(['2025-10-06']);
      const brussels = await fixture<MissionTimeline>(
        html`<mission-timeline time-zone="Europe/Brussels" .activities=${list}></mission-timeline>`,
      );
      expect(days(brussels).map((d) => d.dataset.date)).to.deep.equal(['2025-10-06', '2025-10-07']);
      expect(cardIds(days(brussels)[1])).to.deep.equal(['evening']);
      const local = await fixture<MissionTimeline>(
        html`<mission-timeline time-zone="local" .activities=${list}></mission-timeline>`,
      );
      expect(days(local).map((d) => d.dataset.date)).to.deep.equal(['2025-10-06', '2025-10-07']);
      // the cards show the browser's zone (Brussels, +02:00 in October)
      expect(card(local, 'evening').shadowRoot!.querySelector('time[part="start"]')!.getAttribute('datetime')).to.match(
        /\+02:00$/,
      );
    });

    const headings: [string, string][] = [
      ['en-GB', 'Monday 6 October — San Francisco'],
      ['fr', 'lundi 6 octobre — San Francisco'],
      ['nl', 'maandag 6 oktober — San Francisco'],
      ['de', 'Montag, 6. Oktober — San Francisco'],
    ];
    for (const [lang, expected] of headings) {
      it(`writes the day heading in ${lang}`, async () => {
        const el = await fixture<MissionTimeline>(
          html`<mission-timeline lang=${lang} .activities=${[at('a', 6, 16)]}></mission-timeline>`,
        );
        const heading = el.shadowRoot!.querySelector('h2[part="day-heading"]')!;
        expect(heading.textContent!.trim()).to.equal(expected);
        expect(days(el)[0].getAttribute('aria-labelledby')).to.equal(heading.id);
      });
    }

    it('joins the cities of a day, takes the lang of an ancestor and honours heading-level', async () => {
      const list2 = [at('a', 9, 16), at('b', 9, 20, 1, { location: la }), at('c', 9, 22)];
      const parentNode = document.createElement('div');
      parentNode.lang = 'en-GB';
      document.body.append(parentNode);
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline heading-level="3" .activities=${list2}></mission-timeline>`,
        { parentNode },
      );
      const heading = el.shadowRoot!.querySelector('h3[part="day-heading"]')!;
      expect(heading.textContent!.trim()).to.equal('Thursday 9 October — San Francisco / Los Angeles');
      expect(card(el, 'a').shadowRoot!.querySelector('h4[part="title"]')).to.not.equal(null);
    });

    it('lists cards chronologically by start, then end, then id', async () => {
      const start = Date.UTC(2025, 9, 6, 16);
      const list2 = [
        makeActivity({ id: 'z', start: start + HOUR, end: start + 2 * HOUR }),
        makeActivity({ id: 'long', start, end: start + 3 * HOUR }),
        makeActivity({ id: 'b', start, end: start + HOUR }),
        makeActivity({ id: 'a', start, end: start + HOUR }),
      ];
      const el = await fixture<MissionTimeline>(html`<mission-timeline .activities=${list2}></mission-timeline>`);
      expect(cardIds(el.shadowRoot!)).to.deep.equal(['a', 'b', 'long', 'z']);
    });

    it('groups by mission day with a day change and marks the shifted cards', async () => {
      const list2 = [
        at('night', 7, 9), // 02:00 in LA on 7 Oct: before 04:00, so mission day 6 Oct; 11:00 in Brussels on 7 Oct
        at('evening', 7, 1), // 18:00 in LA on 6 Oct; 03:00 in Brussels on 7 Oct
        at('morning', 6, 16), // 09:00 in LA, 18:00 in Brussels on 6 Oct
      ];
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline
          time-zone="Europe/Brussels"
          mission-zone=${LA}
          group-by="mission-day"
          day-change="04:00"
          .activities=${list2}
        ></mission-timeline>`,
      );
      expect(days(el).map((d) => d.dataset.date)).to.deep.equal(['2025-10-06']);
      expect(cardIds(el.shadowRoot!)).to.deep.equal(['morning', 'evening', 'night']);
      expect(['morning', 'evening', 'night'].map((id) => card(el, id).dayShift)).to.deep.equal([0, 1, 1]);
      expect(card(el, 'night').shadowRoot!.querySelector('[part="day-shift"]')).to.not.equal(null);
      el.groupBy = 'day';
      await el.updateComplete;
      expect(days(el).map((d) => d.dataset.date)).to.deep.equal(['2025-10-06', '2025-10-07']);
      expect(card(el, 'night').dayShift).to.equal(0);
      expect(card(el, 'night').shadowRoot!.querySelector('[part="day-shift"]')).to.equal(null);
    });

    it('forwards the card parts, keeping start and end', async () => {
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline .activities=${[at('a', 6, 16)]}></mission-timeline>`,
      );
      const parts = card(el, 'a').getAttribute('exportparts')!.split(/,\s*/);
      expect(parts).to.include.members(['title: card-title', 'card', 'start', 'end', 'day-shift: card-day-shift']);
      expect(parts).to.include.members([
        'star: card-star',
        'clash: card-clash',
        'change: card-change',
        'mark: card-mark',
      ]);
    });
  });

  describe('cards', () => {
    it('renders activity cards whose times are written in the display zone, themable through forwarded parts', async () => {
      const style = document.createElement('style');
      style.textContent = 'mission-timeline::part(card-title) { color: rgb(1, 2, 3); }';
      document.head.append(style);
      try {
        const el = await fixture<MissionTimeline>(
          html`<mission-timeline time-zone="Europe/Brussels" lang="de" .activities=${[at('a', 6, 16)]}>
          </mission-timeline>`,
        );
        const c = card(el, 'a') as HTMLElement & { updateComplete: Promise<boolean> };
        await c.updateComplete;
        expect(customElements.get('mission-activity-card')).to.not.equal(undefined);
        const start = c.shadowRoot!.querySelector('time[part~="start"]')!;
        expect(start.getAttribute('datetime')).to.equal('2025-10-06T18:00:00+02:00');
        expect(start.textContent!.trim()).to.equal('18:00');
        expect(c.shadowRoot!.querySelector('time[part~="end"]')!.getAttribute('datetime')).to.equal(
          '2025-10-06T19:00:00+02:00',
        );
        const title = c.shadowRoot!.querySelector('[part~="title"]')!;
        expect(getComputedStyle(title).color).to.equal('rgb(1, 2, 3)');
        await expect(el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  });

  describe('parallel sessions', () => {
    it('groups overlapping activities into time slots by the hour they start, and leaves the rest single', async () => {
      const list = [at('p1', 6, 16, 2), at('p2', 6, 16, 1), at('p3', 6, 16, 3), at('p4', 6, 17, 2), at('after', 6, 20)];
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline lang="en" .activities=${list}></mission-timeline>`,
      );
      const groups = el.shadowRoot!.querySelectorAll('[part="parallel"]');
      expect(groups.length).to.equal(1);
      expect(groups[0].getAttribute('role')).to.equal('group');
      expect(groups[0].getAttribute('aria-label')).to.equal('9:00 AM · 3 parallel sessions');
      expect(groups[0].querySelector('[part="parallel-label"]')!.textContent).to.equal('9:00 AM · 3 parallel sessions');
      expect(cardIds(groups[0])).to.deep.equal(['p2', 'p1', 'p3']);
      // p4 starts in the next hour: a slot of its own (a single card), then the one after
      expect(cardIds(el.shadowRoot!)).to.deep.equal(['p2', 'p1', 'p3', 'p4', 'after']);
      expect(el.shadowRoot!.querySelectorAll('[part="list"] > li').length).to.equal(3);
      await expect(el).to.be.accessible();
    });

    it('labels the group in French', async () => {
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline lang="fr" .activities=${[at('p1', 6, 16, 2), at('p2', 6, 16)]}></mission-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('[part="parallel"]')!.getAttribute('aria-label')).to.equal(
        '9:00 · 2 sessions parallèles',
      );
    });

    /** The lists as data: per day, per item, a card id or a group of ids (and any stray node). */
    function structure(el: MissionTimeline): unknown[] {
      return days(el).map((day) =>
        [...day.querySelector('[part="list"]')!.childNodes].map((li) => {
          const kids = [...li.childNodes];
          if (kids.length === 1 && kids[0] instanceof HTMLElement && kids[0].localName === 'mission-activity-card')
            return kids[0].getAttribute('activity-id');
          const group = kids[0] as HTMLElement;
          return {
            count: group.getAttribute('aria-label'),
            label: group.firstElementChild?.textContent,
            items: [...group.childNodes]
              .slice(1)
              .map((n) => `${n.nodeName}:${(n as Element).getAttribute('activity-id')}`),
            rest: kids.length,
          };
        }),
      );
    }

    it('updated in place, shows the same lists as a fresh render, with nothing left over', async () => {
      // 24 activities over two days, starting on the half hour: many overlaps, groups that split and merge
      const pool = Array.from({ length: 24 }, (_, i) => at(`a${i}`, 6 + (i % 2), 15 + ((i * 7) % 10) / 2, 1 + (i % 3)));
      const subset = fc.subarray(pool, { minLength: 1 });
      await fc.assert(
        fc.asyncProperty(fc.array(subset, { minLength: 2, maxLength: 4 }), async (steps) => {
          const el = await fixture<MissionTimeline>(
            html`<mission-timeline lang="en" time-zone="America/Los_Angeles"></mission-timeline>`,
          );
          for (const list of steps) {
            el.activities = list;
            await el.updateComplete;
            const fresh = await fixture<MissionTimeline>(
              html`<mission-timeline lang="en" time-zone="America/Los_Angeles" .activities=${list}></mission-timeline>`,
            );
            expect(structure(el)).to.deep.equal(structure(fresh));
            expect(cardIds(el.shadowRoot!).length).to.equal(list.length);
          }
        }),
        { numRuns: 12 },
      );
    });

    it('keeps a time slot and the cards that stay when its first session goes and comes back', async () => {
      const list = [at('g1', 6, 15, 1), at('g2', 6, 15, 2), at('g3', 6, 15, 3), at('g4', 6, 15, 4)];
      const el = await fixture<MissionTimeline>(html`<mission-timeline .activities=${list}></mission-timeline>`);
      const group = el.shadowRoot!.querySelector('[part="parallel"]')!;
      const order = cardIds(group);
      expect(order[0]).to.equal('g1');
      const staying = ['g2', 'g3', 'g4'].map((id) => card(el, id));
      const removed: Node[] = [];
      const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      el.activities = list.slice(1);
      await el.updateComplete;
      el.activities = list;
      await el.updateComplete;
      observer.takeRecords().forEach((r) => removed.push(...r.removedNodes));
      observer.disconnect();
      expect(el.shadowRoot!.querySelector('[part="parallel"]')).to.equal(group);
      expect(staying.filter((lane) => removed.includes(lane))).to.deep.equal([]);
      // g1, once (the label's text changes with the count)
      expect(removed.filter((n) => n.nodeType === Node.ELEMENT_NODE).map((n) => n.nodeName)).to.deep.equal([
        'MISSION-ACTIVITY-CARD',
      ]);
      expect(cardIds(group)).to.deep.equal(order);
      expect(order.length).to.equal(4);
    });

    it('leaves the cards that stay where they are when others are filtered out', async () => {
      const list = Array.from({ length: 12 }, (_, i) => at(`s${i}`, 6, 14 + i));
      const el = await fixture<MissionTimeline>(html`<mission-timeline .activities=${list}></mission-timeline>`);
      const removed: Node[] = [];
      const observer = new MutationObserver((records) => records.forEach((r) => removed.push(...r.removedNodes)));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      const kept = list.filter((_, i) => i % 3 === 0);
      el.activities = kept;
      await el.updateComplete;
      el.activities = list;
      await el.updateComplete;
      observer.takeRecords().forEach((r) => removed.push(...r.removedNodes));
      observer.disconnect();
      const keptCards = kept.map((a) => card(el, a.id).parentElement);
      expect(removed.length).to.equal(list.length - kept.length); // the others' items, once each
      expect(keptCards.some((li) => removed.includes(li!))).to.equal(false);
      expect(cardIds(el.shadowRoot!)).to.deep.equal(list.map((a) => a.id));
    });
  });

  describe('states', () => {
    const list = [at('one', 6, 16), at('two', 6, 20)];

    it('says the programme has ended, and keeps the past activities listed', async () => {
      const after = Date.UTC(2025, 9, 9);
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline lang="fr" .now=${after} .activities=${list}></mission-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('[part="ended"]')!.textContent).to.equal(
        'Ce programme est terminé. Ses activités restent listées ci-dessous.',
      );
      expect(cardIds(el.shadowRoot!)).to.deep.equal(['one', 'two']);
      expect(card(el, 'one').getAttribute('highlight')).to.equal('past');
      expect(el.shadowRoot!.querySelector('[part="jump-now"]')).to.equal(null);
    });

    it('offers a way back to now while the programme runs, and nothing before it starts', async () => {
      const during = Date.UTC(2025, 9, 6, 18);
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline .now=${during} .activities=${list}></mission-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('[part="ended"]')).to.equal(null);
      const jump = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump-now"]')!;
      expect(jump.textContent!.trim()).to.equal('Jump to now');
      const marker = el.shadowRoot!.querySelector<HTMLElement>('[part="now-marker"]')!;
      let scrolled = 0;
      marker.scrollIntoView = () => {
        scrolled++;
      };
      jump.click();
      expect(scrolled, 'the marker scrolled into view').to.equal(1);
      await expect(el).to.be.accessible();

      const before = await fixture<MissionTimeline>(
        html`<mission-timeline .now=${Date.UTC(2025, 9, 1)} .activities=${list}></mission-timeline>`,
      );
      expect(before.shadowRoot!.querySelector('[part="jump-now"], [part="ended"]')).to.equal(null);
    });

    it('jumps to now at once, far down a long programme, not by an animation that ends short', async () => {
      // three days of 24 hourly activities: the marker, on the third day, is far below the first screen
      const long = [5, 6, 7].flatMap((day) => Array.from({ length: 24 }, (_, h) => at(`d${day}h${h}`, day, h)));
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline .now=${Date.UTC(2025, 9, 7, 12, 30)} .activities=${long}></mission-timeline>`,
      );
      window.scrollTo(0, 0);
      const marker = el.shadowRoot!.querySelector<HTMLElement>('[part="now-marker"]')!;
      expect(marker.getBoundingClientRect().top, 'below the first screen').to.be.above(window.innerHeight);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="jump-now"]')!.click();
      const { top, bottom } = marker.getBoundingClientRect();
      expect(top, 'in view').to.be.at.least(0);
      expect(bottom, 'in view').to.be.at.most(window.innerHeight);
      window.scrollTo(0, 0);
    });

    it('tells a searcher when the match is only in the details', async () => {
      const hidden = at('hidden', 6, 16, 1, { description: { en: 'Includes a portfolio review' } });
      const seen = at('seen', 6, 20, 1, { title: { en: 'Port of Oakland' } });
      const host = await fixture<TimelineTestProvider>(
        html`<timeline-test-provider><mission-timeline lang="en"></mission-timeline></timeline-test-provider>`,
      );
      // as the agenda does: a query in the context once the search's code is there
      await searchCode.load();
      host.state = agendaState({ visible: [hidden, seen], query: 'port' });
      const el = host.querySelector('mission-timeline')!;
      await el.updateComplete;
      const found = (id: string) => card(el, id).shadowRoot!.querySelector('.found')?.textContent;
      expect(found('hidden')).to.equal('Found in the details');
      expect(found('seen')).to.equal(undefined);
    });
  });

  describe('offset change note', () => {
    // 09:00 in Los Angeles, 24–30 Oct 2025. Brussels leaves summer time on 26 Oct, Los Angeles only on 2 Nov.
    const week = [24, 25, 26, 27, 28, 29, 30].map((d) => at(`d${d}`, d, 16, 1, { location: la }));

    it('says once, on 26 Oct, that Brussels is now 8 hours ahead (event time, visitor in Brussels)', async () => {
      const el = await fixture<MissionTimeline>(html`<mission-timeline .activities=${week}></mission-timeline>`);
      const notes = [...el.shadowRoot!.querySelectorAll('[part="offset-note"]')];
      expect(notes.length).to.equal(1);
      expect(notes[0].closest('[part="day"]')!.getAttribute('data-date')).to.equal('2025-10-26');
      expect(notes[0].getAttribute('role')).to.equal('note');
      expect(notes[0].textContent).to.equal('From today, Brussels is 8 hours ahead of Los Angeles');
    });

    it('compares with the event zone when showing the visitor’s time', async () => {
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline time-zone="local" .activities=${week}></mission-timeline>`,
      );
      const notes = [...el.shadowRoot!.querySelectorAll('[part="offset-note"]')];
      expect(notes.map((n) => n.closest('[part="day"]')!.getAttribute('data-date'))).to.deep.equal(['2025-10-26']);
      expect(notes[0].textContent).to.equal('From today, Los Angeles is 8 hours behind Brussels');
    });

    it('has no note when the display zone is the other zone', async () => {
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline time-zone="Europe/Brussels" mission-zone="Europe/Brussels" .activities=${week}>
        </mission-timeline>`,
      );
      expect(el.shadowRoot!.querySelectorAll('[part="offset-note"]').length).to.equal(0);
    });
  });

  describe('now', () => {
    const list = [
      at('sunday', 5, 16), // 5 Oct
      at('a', 6, 16, 1.5), // 09:00–10:30 in LA
      at('b', 6, 18), // 11:00–12:00
      at('c', 6, 21), // 14:00–15:00
      at('d', 7, 16), // 7 Oct
    ];
    const noon = Date.UTC(2025, 9, 6, 18, 30); // 11:30 in Los Angeles on 6 Oct

    it('marks now before the next activity of today and highlights past, now and next', async () => {
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline lang="en-GB" .now=${noon} .activities=${list}></mission-timeline>`,
      );
      const markers = el.shadowRoot!.querySelectorAll('[part="now-marker"]');
      expect(markers.length).to.equal(1);
      expect(markers[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Now 11:30');
      expect(markers[0].querySelector('time')!.getAttribute('datetime')).to.equal('2025-10-06T11:30:00-07:00');
      expect(markers[0].closest('li')!.querySelector('mission-activity-card')!.getAttribute('activity-id')).to.equal(
        'c',
      );
      const highlights = ['sunday', 'a', 'b', 'c', 'd'].map((id) => card(el, id).getAttribute('highlight'));
      expect(highlights).to.deep.equal(['past', 'past', 'now', 'next', '']);
      await expect(el).to.be.accessible();
    });

    it('puts the marker at the end of today when today’s activities are over', async () => {
      const evening = Date.UTC(2025, 9, 7, 2); // 19:00 in LA on 6 Oct
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline .now=${evening} .activities=${list}></mission-timeline>`,
      );
      const marker = el.shadowRoot!.querySelector('[part="now-marker"]')!;
      expect(marker.parentElement!.matches('[part="day"][data-date="2025-10-06"]')).to.equal(true);
      expect(card(el, 'd').getAttribute('highlight')).to.equal('next');
    });

    it('shows no marker outside the mission: nothing highlighted before, all past after', async () => {
      const before = await fixture<MissionTimeline>(
        html`<mission-timeline .now=${Date.UTC(2025, 8, 1)} .activities=${list}></mission-timeline>`,
      );
      expect(before.shadowRoot!.querySelector('[part="now-marker"]')).to.equal(null);
      expect(cardIds(before.shadowRoot!).map((id) => card(before, id).getAttribute('highlight'))).to.deep.equal([
        '',
        '',
        '',
        '',
        '',
      ]);
      const after = await fixture<MissionTimeline>(
        html`<mission-timeline .now=${Date.UTC(2025, 10, 1)} .activities=${list}></mission-timeline>`,
      );
      expect(after.shadowRoot!.querySelector('[part="now-marker"]')).to.equal(null);
      expect(cardIds(after.shadowRoot!).map((id) => card(after, id).getAttribute('highlight'))).to.deep.equal(
        Array(5).fill('past'),
      );
    });

    it('ticks a clock only while connected, visible and not given a fixed now', async () => {
      const setVisibility = (value: DocumentVisibilityState) => {
        Object.defineProperty(document, 'visibilityState', { value, configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      };
      setVisibility('visible');
      try {
        const el = await fixture<MissionTimeline>(html`<mission-timeline .activities=${list}></mission-timeline>`);
        const clock = (el as unknown as { clock: { running: boolean; now: number } }).clock;
        expect(clock.running).to.equal(true);
        expect(Math.abs(clock.now - Date.now())).to.be.below(5000);
        setVisibility('hidden');
        expect(clock.running).to.equal(false);
        setVisibility('visible');
        expect(clock.running).to.equal(true);
        el.now = noon;
        await el.updateComplete;
        expect(clock.running).to.equal(false);
        el.now = undefined;
        await el.updateComplete;
        expect(clock.running).to.equal(true);
        el.remove();
        expect(clock.running).to.equal(false);
      } finally {
        delete (document as unknown as Record<string, unknown>).visibilityState;
      }
    });
  });

  describe('completeness and context', () => {
    it('renders every activity exactly once', async () => {
      const arb = fc.uniqueArray(
        fc.record({ id: fc.stringMatching(/^[a-z0-9-]{1,8}$/), minute: fc.integer({ min: 0, max: 10 * 24 * 60 }) }),
        { selector: (r) => r.id, maxLength: 120 },
      );
      await fc.assert(
        fc.asyncProperty(arb, async (rows) => {
          const base = Date.UTC(2025, 9, 5);
          const list = rows.map((r) =>
            makeActivity({ id: r.id, start: base + r.minute * 60_000, end: base + (r.minute + 45) * 60_000 }),
          );
          const el = await fixture<MissionTimeline>(
            html`<mission-timeline time-zone="Europe/Brussels" .activities=${list}></mission-timeline>`,
          );
          const ids = cardIds(el.shadowRoot!);
          expect(ids.length).to.equal(list.length);
          expect([...ids].sort()).to.deep.equal(list.map((a) => a.id).sort());
        }),
        { numRuns: 15 },
      );
    });

    it('renders a list of up to twice the first chunk at once', async () => {
      const base = Date.UTC(2025, 9, 5, 15);
      const make = (n: number) =>
        Array.from({ length: n }, (_, i) =>
          makeActivity({ id: `a${i}`, start: base + i * 20 * 60_000, end: base + (i * 20 + 15) * 60_000 }),
        );
      for (const [n, first] of [
        [80, 80],
        [81, 40],
      ]) {
        const el = document.createElement('mission-timeline');
        el.activities = make(n);
        document.body.append(el);
        try {
          for (let i = 0; i < 20; i++) await null; // the first update runs in microtasks, later chunks in tasks
          expect(el.shadowRoot!.querySelectorAll('mission-activity-card').length, `${n} activities`).to.equal(first);
        } finally {
          el.remove();
        }
      }
    });

    describe('on a slow device (the task that renders the list has already run 40 ms)', () => {
      const base = Date.UTC(2025, 9, 5, 15);
      const list = Array.from({ length: 80 }, (_, i) =>
        makeActivity({ id: `s${i}`, start: base + i * 20 * 60_000, end: base + (i * 20 + 15) * 60_000 }),
      );
      const slowStart = () => connectList('mission-timeline', list, true);
      const shown = shownCards;

      it('renders no card in that task, a first screen of 8 in the next, and updateComplete waits for all', async () => {
        const el = slowStart();
        try {
          for (let i = 0; i < 20; i++) await null; // the first update runs in microtasks of the same task
          expect(el.hasUpdated).to.equal(true);
          expect(shown(el), 'cards in the slow task').to.equal(0);
          // it holds the list's place meanwhile: what follows it on the page does not flash into view
          expect(el.getBoundingClientRect().height).to.be.at.least(window.innerHeight);
          await nextTask();
          expect(shown(el), 'cards after the next task').to.equal(8);
          await el.updateComplete;
          expect(cardIds(el.shadowRoot!)).to.deep.equal(list.map((a) => a.id));
        } finally {
          el.remove();
        }
      });

      it('needs no timer to finish: a fake clock that never ticks does not hold the chunks back', async () => {
        const clock = await installClock();
        try {
          const el = slowStart();
          await el.updateComplete;
          expect(cardIds(el.shadowRoot!)).to.have.length(80);
          el.remove();
          // a long list chunks on any device
          const long = document.createElement('mission-timeline');
          long.activities = Array.from({ length: 200 }, (_, i) =>
            makeActivity({ id: `l${i}`, start: base + i * 20 * 60_000, end: base + (i * 20 + 15) * 60_000 }),
          );
          document.body.append(long);
          await long.updateComplete;
          expect(cardIds(long.shadowRoot!)).to.have.length(200);
          long.remove();
        } finally {
          clock.uninstall();
        }
      });

      it('renders the whole list at once when the task is not slow', async () => {
        expect(await cardsDrawnAtOnce('mission-timeline', list)).to.equal(80);
      });
    });

    it('builds a long first render up in chunks, and updateComplete waits for all of them', async () => {
      const base = Date.UTC(2025, 9, 5, 15);
      const list = Array.from({ length: 700 }, (_, i) =>
        makeActivity({ id: `a${i}`, start: base + i * 20 * 60_000, end: base + (i * 20 + 15) * 60_000 }),
      );
      const el = document.createElement('mission-timeline');
      el.activities = list;
      document.body.append(el);
      try {
        for (let i = 0; i < 20; i++) await null; // the first update runs in microtasks, later chunks in tasks
        expect(el.shadowRoot!.querySelectorAll('mission-activity-card').length).to.equal(40);
        await el.updateComplete;
        expect(cardIds(el.shadowRoot!)).to.deep.equal(list.map((a) => a.id));
        el.activities = list.slice(0, 650);
        for (let i = 0; i < 20; i++) await null;
        expect(el.shadowRoot!.querySelectorAll('mission-activity-card').length).to.equal(650);
      } finally {
        el.remove();
      }
    });

    it('builds the rest of a long list in idle time while far from the viewport, and at once when on screen', async () => {
      const base = Date.UTC(2025, 9, 5, 15);
      const list = Array.from({ length: 300 }, (_, i) =>
        makeActivity({ id: `a${i}`, start: base + i * 20 * 60_000, end: base + (i * 20 + 15) * 60_000 }),
      );
      // The page's geometry is the browser's business: an observer that reports what the test says, at once.
      const RealObserver = window.IntersectionObserver;
      const observers: { report(near: boolean): void }[] = [];
      let near = true;
      window.IntersectionObserver = class {
        constructor(private readonly callback: IntersectionObserverCallback) {}
        observe(target: Element) {
          const report = (isIntersecting: boolean) =>
            this.callback([{ isIntersecting, target } as IntersectionObserverEntry], this as never);
          observers.push({ report });
          report(near);
        }
        disconnect() {}
      } as unknown as typeof IntersectionObserver;
      const realIdle = window.requestIdleCallback;
      let idle = 0;
      window.requestIdleCallback = (cb, options) => {
        idle++;
        return realIdle(cb, options);
      };
      const render = async () => {
        const el = document.createElement('mission-timeline');
        el.activities = list;
        document.body.append(el);
        return el;
      };
      try {
        const shown = await render();
        await shown.updateComplete;
        expect(cardIds(shown.shadowRoot!)).to.have.length(300);
        expect(idle, 'on screen').to.equal(0);
        shown.remove();

        near = false;
        const far = await render();
        await waitUntil(() => idle > 0, 'no chunk waited for idle time', { timeout: 30_000 });
        const waited = idle;
        observers.at(-1)!.report(true); // scrolled near: the rest comes at once
        await far.updateComplete;
        expect(cardIds(far.shadowRoot!)).to.have.length(300);
        expect(idle - waited, 'idle waits after coming near').to.be.at.most(1);
        far.remove();
      } finally {
        window.IntersectionObserver = RealObserver;
        window.requestIdleCallback = realIdle;
      }
    });

    it('counts chunks in cards: 300 parallel sessions build up in steps, each hour’s slot giving its whole count', async () => {
      const base = Date.UTC(2025, 9, 5, 15);
      // each starts 1 minute after the previous and lasts 30: one chain of overlaps, one group
      const list = Array.from({ length: 300 }, (_, i) =>
        makeActivity({ id: `p${String(i).padStart(3, '0')}`, start: base + i * 60_000, end: base + (i + 30) * 60_000 }),
      );
      const el = document.createElement('mission-timeline');
      el.activities = list;
      document.body.append(el);
      try {
        for (let i = 0; i < 20; i++) await null;
        const groups = () => [...el.shadowRoot!.querySelectorAll('[part="parallel"]')];
        expect(el.shadowRoot!.querySelectorAll('mission-activity-card').length).to.equal(40);
        expect(groups().map((g) => g.getAttribute('aria-label'))).to.deep.equal(['8:00 AM · 60 parallel sessions']);
        await el.updateComplete;
        expect(cardIds(el.shadowRoot!)).to.deep.equal(list.map((a) => a.id));
        expect(groups().map((g) => g.getAttribute('aria-label'))).to.deep.equal(
          ['8:00 AM', '9:00 AM', '10:00 AM', '11:00 AM', '12:00 PM'].map((h) => `${h} · 60 parallel sessions`),
        );
      } finally {
        el.remove();
      }
    });

    it('shows a short message when standalone and empty', async () => {
      const el = await fixture<MissionTimeline>(
        html`<mission-timeline lang="fr" .activities=${[]}></mission-timeline>`,
      );
      expect(el.shadowRoot!.querySelector('slot[name="empty"] [part="empty"]')!.textContent).to.equal(
        'Le programme ne contient encore aucune activité.',
      );
      await expect(el).to.be.accessible();
    });

    it('inside the agenda: the context wins and the agenda’s filtered activities are shown', async () => {
      const bio = makeSector('bio');
      const ai = makeSector('ai');
      const activities = [at('x', 6, 16, 1, { sectors: [bio] }), at('y', 7, 4, 1, { sectors: [ai] })];
      const programme = { mission: { defaultLanguage: 'en', dayChange: '00:00' }, activities } as unknown as Programme;
      const state: AgendaState = agendaState({
        programme,
        visible: [activities[1]],
        sectors: new Set(['ai']),
        display: { zone: 'Europe/Brussels', eventZone: LA, lang: 'nl', showBoth: 'never' },
      });
      const provider = await fixture<TimelineTestProvider>(
        html`<timeline-test-provider .state=${state}>
          <mission-timeline lang="fr" time-zone="event"></mission-timeline>
        </timeline-test-provider>`,
      );
      const el = provider.querySelector('mission-timeline')!;
      await el.updateComplete;
      expect(cardIds(el.shadowRoot!)).to.deep.equal(['y']);
      expect(days(el)[0].dataset.date).to.equal('2025-10-07');
      expect(el.shadowRoot!.querySelector('[part="day-heading"]')!.textContent).to.equal(
        'dinsdag 7 oktober — San Francisco',
      );
      expect(card(el, 'y').shadowRoot!.querySelector('[part="other-time"]')).to.equal(null);
      provider.state = { ...state, sectors: new Set(), visible: activities };
      await provider.updateComplete;
      await el.updateComplete;
      expect(cardIds(el.shadowRoot!)).to.deep.equal(['x', 'y']);
      expect(el.shadowRoot!.querySelector('[part="empty"]')).to.equal(null);
    });

    it('hands favourites, clashes, changes and the search to its cards, which ask for no context themselves', async () => {
      const a = at('a', 6, 16, 2, { title: { en: 'Biotech breakfast' } });
      const b = at('b', 6, 17, 1, { title: { en: 'Trade lunch' } });
      const programme = { mission: { defaultLanguage: 'en', dayChange: '00:00' }, activities: [a, b] };
      const state: AgendaState = agendaState({
        programme: programme as unknown as Programme,
        display: { zone: LA, eventZone: LA, showBoth: 'never' },
        favourites: new Set(['a', 'b']),
        clashes: new Map([
          ['a', [b]],
          ['b', [a]],
        ]),
        changes: new Map([['b', { kind: 'moved' as const, from: { start: a.start, end: a.end } }]]),
        query: 'bio',
      });
      const requests: EventTarget[] = [];
      const listener = (e: Event) => requests.push(e.composedPath()[0]);
      document.addEventListener('context-request', listener);
      try {
        const provider = await fixture<TimelineTestProvider>(
          html`<timeline-test-provider .state=${state}><mission-timeline></mission-timeline></timeline-test-provider>`,
        );
        const el = provider.querySelector('mission-timeline')!;
        await el.updateComplete;
        // only the timeline asks (and the provider answers it before the event reaches the document)
        expect(requests.filter((t) => (t as Element).localName === 'mission-activity-card')).to.deep.equal([]);
        const [ca, cb] = ['a', 'b'].map((id) => card(el, id) as MissionActivityCard);
        await Promise.all([ca.updateComplete, cb.updateComplete]);
        const inCard = (c: HTMLElement, sel: string) => c.shadowRoot!.querySelector(sel);
        const pressed = (c: HTMLElement) => inCard(c, '[part~="star"]')!.getAttribute('aria-pressed');
        expect([pressed(ca), pressed(cb)]).to.deep.equal(['true', 'true']);
        // the agenda's marks never overwrite the cards' public properties
        expect([ca.starred, cb.starred]).to.deep.equal([false, false]);
        expect(inCard(ca, '[part~="clash"]')!.textContent).to.equal('Overlaps with “Trade lunch”');
        expect(inCard(ca, '[part~="change"]')).to.equal(null);
        expect(inCard(cb, '[part~="change"]')!.textContent).to.equal('Moved');
        expect(inCard(ca, 'mark')!.textContent).to.equal('Bio');
        expect(inCard(cb, 'mark')).to.equal(null);
        // un-starring one updates that card only
        let others = 0;
        const spied = cb as unknown as { performUpdate(): void };
        const original = spied.performUpdate.bind(cb);
        spied.performUpdate = () => {
          others++;
          original();
        };
        provider.state = { ...state, favourites: new Set(['b']) };
        await provider.updateComplete;
        await el.updateComplete;
        await ca.updateComplete;
        expect(pressed(ca)).to.equal('false');
        expect(pressed(cb)).to.equal('true');
        expect(others).to.equal(0);
        spied.performUpdate = original;
        // a star press asks the agenda and leaves the state to it
        const asked: boolean[] = [];
        provider.addEventListener('mission-favourite-toggle', (e) => asked.push(e.detail.starred));
        inCard(cb, '[part~="star"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        await cb.updateComplete;
        expect(asked).to.deep.equal([false]);
        expect(pressed(cb)).to.equal('true');
      } finally {
        document.removeEventListener('context-request', listener);
      }
    });
  });
});
