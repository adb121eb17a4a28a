import { aTimeout, expect, fixture, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ContextProvider } from '@lit/context';
import { agendaContext, type AgendaState } from '../../src/context/agenda-context.js';
import type { Display } from '../../src/context/display.js';
import { parseFeed, type Activity } from '../../src/core/feed/index.js';
import '../../src/elements/mission-activity-card/mission-activity-card.define.js';
import type { MissionFavouriteToggleEvent } from '../../src/events.js';
import type { MissionActivityCard } from '../../src/elements/mission-activity-card/mission-activity-card.js';
import { makeActivity, makeLocation, makeSector, makeVenue } from '../core/agenda/builders.js';
import { activity as feedActivity, feedWith } from '../core/feed/feeds.js';
import { agendaState } from '../helpers/agenda-state.js';

const la = makeLocation('la', 'America/Los_Angeles', 'Los Angeles');
/** 6 Oct 2025 09:00–10:30 in Los Angeles (16:00–17:30 UTC; 18:00 in Brussels). */
const seminar: Activity = makeActivity({
  id: 'a-042',
  title: { en: 'Opening seminar', fr: 'Séminaire d’ouverture', nl: 'Openingsseminarie', de: 'Eröffnungsseminar' },
  type: 'seminar',
  location: la,
  venue: makeVenue('v1', 'Biocom California', '10996 Torreyana Road, San Diego', la),
  sectors: [{ ...makeSector('life', 'Life sciences'), color: '#2e7d32' }],
  description: {
    en: 'Welcome.\nPanel on biotech.',
    fr: 'Bienvenue.\nPanel biotech.',
    nl: 'Welkom.',
    de: 'Willkommen.',
  },
  contacts: [{ id: 'p1', name: 'An Peeters', phones: ['+32 2 501 87 16'], email: 'press@example.be' }],
  url: 'https://example.org/seminar',
});
/** The same activity at 21:00 in Los Angeles (04:00 UTC the next day). */
const evening = { ...seminar, start: Date.UTC(2025, 9, 7, 4), end: Date.UTC(2025, 9, 7, 5) };

const root = (el: MissionActivityCard) => el.shadowRoot!;
const part = <T extends Element = HTMLElement>(el: MissionActivityCard, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`);
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const toggle = (el: MissionActivityCard) => part<HTMLButtonElement>(el, 'details-toggle')!;

async function card(a: Activity, attrs: Partial<Record<string, string>> = {}): Promise<MissionActivityCard> {
  const el = document.createElement('mission-activity-card');
  el.activity = a;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v!);
  return fixture<MissionActivityCard>(el);
}

describe('mission-activity-card', () => {
  it('runs in a Brussels browser (the "local" tests depend on it)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Europe/Brussels');
  });

  describe('time', () => {
    it('writes start and end in the event zone by default', async () => {
      const el = await card(seminar);
      expect(el.getAttribute('activity-id')).to.equal('a-042');
      expect(part(el, 'start')!.getAttribute('datetime')).to.equal('2025-10-06T09:00:00-07:00');
      expect(part(el, 'end')!.getAttribute('datetime')).to.equal('2025-10-06T10:30:00-07:00');
      expect(text(part(el, 'start'))).to.match(/^9:00\sAM$/);
      expect(text(part(el, 'end'))).to.match(/^10:30\sAM$/);
      expect(text(part(el, 'zone'))).to.equal('UTC−7'); // the offset, written the same in every language
    });

    it('writes them in an IANA zone or the visitor zone', async () => {
      for (const zone of ['Europe/Brussels', 'local']) {
        const el = await card(seminar, { 'time-zone': zone, lang: 'fr' });
        expect(part(el, 'start')!.getAttribute('datetime')).to.equal('2025-10-06T18:00:00+02:00');
        expect(part(el, 'end')!.getAttribute('datetime')).to.equal('2025-10-06T19:30:00+02:00');
        expect(text(part(el, 'start'))).to.equal('18:00');
        expect(text(part(el, 'zone'))).to.equal('UTC+2');
      }
    });

    it('shows the visitor time when showing event time, with a day badge', async () => {
      const el = await card(seminar);
      expect(text(part(el, 'other-time'))).to.match(/^6:00\sPM in Brussels$/);
      const late = await card(evening);
      expect(text(part(late, 'start'))).to.match(/^9:00\sPM$/);
      const other = part(late, 'other-time')!;
      expect(text(other)).to.match(/^6:00\sAM in Brussels \+1 day next day$/);
      expect(other.querySelector('[aria-hidden="true"]')!.textContent).to.equal('+1 day');
      expect(text(other.querySelector('.visually-hidden'))).to.equal('next day');
    });

    it('shows the event time (city of the activity) when showing the visitor time', async () => {
      const late = await card(evening, { 'time-zone': 'local', lang: 'nl' });
      expect(part(late, 'start')!.getAttribute('datetime')).to.equal('2025-10-07T06:00:00+02:00');
      expect(text(part(late, 'other-time'))).to.equal('21:00 in Los Angeles −1 dag de dag ervoor');
    });

    it('follows the instant: 9 hours on 6 October, 8 hours on 28 October', async () => {
      const oct6 = await card(seminar, { lang: 'de' });
      expect(text(part(oct6, 'other-time'))).to.equal('18:00 in Brüssel');
      const oct28 = await card(
        { ...seminar, start: Date.UTC(2025, 9, 28, 16), end: Date.UTC(2025, 9, 28, 17) },
        {
          lang: 'de',
        },
      );
      expect(text(part(oct28, 'start'))).to.equal('9:00');
      expect(text(part(oct28, 'other-time'))).to.equal('17:00 in Brüssel');
      expect(part(oct28, 'start')!.getAttribute('datetime')).to.equal('2025-10-28T09:00:00-07:00');
    });

    it('honours show-both never / always / auto', async () => {
      expect(part(await card(seminar, { 'show-both': 'never' }), 'other-time')).to.equal(null);
      // Brussels activity seen from a Brussels browser: same offset, so only `always` shows it.
      const home = { ...seminar, timeZone: 'Europe/Brussels', location: undefined, venue: undefined };
      expect(part(await card(home), 'other-time')).to.equal(null);
      const always = await card(home, { 'show-both': 'always', lang: 'fr' });
      expect(text(part(always, 'other-time'))).to.equal('18:00 à Bruxelles');
      expect(part(always, 'other-shift')).to.equal(null);
    });

    it('shows the day-shift badge set by the timeline', async () => {
      const el = await card(evening, { 'day-shift': '-1' });
      expect(text(part(el, 'day-shift'))).to.equal('−1 day previous day');
      el.dayShift = 0;
      await el.updateComplete;
      expect(part(el, 'day-shift')).to.equal(null);
    });
  });

  describe('content', () => {
    it('keeps the texts of two programmes apart that use the same ids (texts shared between cards)', async () => {
      const other = makeLocation('la', 'America/Los_Angeles', 'Los Ángeles (otra)');
      const a = await card(
        { ...seminar, sectors: [makeSector('s', 'Alpha')] },
        { 'show-both': 'always', 'time-zone': 'local' },
      );
      const b = await card(
        { ...seminar, location: other, venue: undefined, sectors: [makeSector('s', 'Beta')] },
        { 'show-both': 'always', 'time-zone': 'local' },
      );
      expect(text(part(a, 'sector'))).to.equal('Alpha');
      expect(text(part(b, 'sector'))).to.equal('Beta');
      expect(text(part(a, 'other-time'))).to.contain('Los Angeles');
      expect(text(part(b, 'other-time'))).to.contain('Los Ángeles (otra)');
    });

    it('collapses the place pieces a feed leaves out, and styles its state from the host attributes', async () => {
      const bare = { ...seminar, venue: makeVenue('v2', 'Town hall', '', la), status: 'cancelled' as const };
      const el = await card(bare, { highlight: 'now' });
      const shown = (node: Element | null) => getComputedStyle(node!).display !== 'none';
      expect(shown(part(el, 'venue'))).to.equal(true);
      expect(shown(part(el, 'address'))).to.equal(false); // no address in the feed
      expect(shown(root(el).querySelector('.city'))).to.equal(true); // Los Angeles, not part of an address
      expect(el.getAttribute('status')).to.equal('cancelled');
      expect(getComputedStyle(part(el, 'title')!).textDecorationLine).to.equal('line-through');
      expect(getComputedStyle(part(el, 'card')!).borderInlineStartWidth).to.equal('4px');
      const plain = await card({ ...seminar, venue: undefined });
      expect(shown(part(plain, 'venue'))).to.equal(false);
      expect(shown(part(plain, 'map-link'))).to.equal(false); // no venue, no map
      expect(getComputedStyle(part(plain, 'title')!).textDecorationLine).to.equal('none');
      expect(getComputedStyle(part(plain, 'card')!).borderInlineStartWidth).to.equal('1px');
    });

    it('renders title, type, place, map link and sectors', async () => {
      const el = await card(seminar, { 'heading-level': '2', highlight: 'now' });
      expect(part(el, 'title')!.tagName).to.equal('H2');
      expect(text(part(el, 'title'))).to.equal('Opening seminar');
      expect(text(part(el, 'type'))).to.equal('Seminar');
      expect(part(el, 'type')!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      expect(text(part(el, 'venue'))).to.equal('Biocom California');
      const map = part<HTMLAnchorElement>(el, 'map-link')!;
      expect(map.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/search?query=10996%20Torreyana%20Road%2C%20San%20Diego',
      );
      expect(map.getAttribute('aria-label')).to.equal('Open map of Biocom California');
      const sector = part(el, 'sector')!;
      expect(text(sector)).to.equal('Life sciences');
      expect(sector.style.getPropertyValue('--mission-sector-color')).to.equal('#2e7d32');
      expect(text(part(el, 'highlight'))).to.equal('Happening now');
      expect(part(el, 'status')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows cancelled and tentative in words, cancelled titles struck through', async () => {
      const el = await card({ ...seminar, status: 'cancelled' }, { highlight: 'past' });
      expect(text(part(el, 'status'))).to.equal('Cancelled');
      expect(el.getAttribute('status')).to.equal('cancelled');
      expect(getComputedStyle(part(el, 'title')!).textDecorationLine).to.equal('line-through');
      await expect(el).to.be.accessible();
      const maybe = await card({ ...seminar, status: 'tentative' }, { lang: 'fr' });
      expect(text(part(maybe, 'status'))).to.equal('À confirmer');
      expect(getComputedStyle(part(maybe, 'title')!).textDecorationLine).to.equal('none');
    });

    it('leaves no English text in fr, nl and de', async () => {
      const english = ['Details', 'Add to calendar', 'Download', 'More information', 'Cancelled', 'Open map', 'Phone'];
      english.push('Sectors', 'Happening now', 'next day', 'day', 'Seminar');
      for (const lang of ['fr', 'nl', 'de']) {
        const el = await card({ ...evening, status: 'cancelled' }, { lang, highlight: 'now', 'day-shift': '1' });
        toggle(el).click();
        await el.updateComplete;
        const block = root(el).querySelector('mission-contact-block')!;
        await block.updateComplete;
        const labels = [...root(el).querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label'));
        const all = [root(el).textContent, block.shadowRoot!.textContent, ...labels].join(' ');
        const found = english.filter((w) => new RegExp(`\\b${w}\\b`).test(all) && !(lang !== 'fr' && w === 'Details'));
        // `Seminar` is German too; `Details` is Dutch and German.
        expect(
          found.filter((w) => !(lang === 'de' && w === 'Seminar')),
          lang,
        ).to.deep.equal([]);
      }
    });

    it('shows hostile feed text literally', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await card({ ...seminar, title: { en: evil }, description: { en: evil } });
      toggle(el).click();
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(evil);
      expect(text(part(el, 'description'))).to.equal(evil);
      expect(root(el).querySelector('img')).to.equal(null);
    });

    it('never puts a javascript: URL in an href', async () => {
      const { programme } = parseFeed(feedWith(feedActivity({ url: 'javascript:alert(1)' })));
      const validated = programme!.activities[0];
      expect(validated.url).to.equal(undefined);
      // Validated by the feed, and checked again by the card when handed an activity directly.
      for (const a of [validated, { ...seminar, url: ' JavaScript:alert(1)' }]) {
        const el = await card(a);
        toggle(el).click();
        await el.updateComplete;
        const hrefs = [...root(el).querySelectorAll('[href]')].map((n) => n.getAttribute('href')!);
        expect(hrefs.length).to.be.greaterThan(2);
        for (const href of hrefs) expect(href).not.to.match(/^\s*javascript:/i);
        expect(part(el, 'link')).to.equal(null);
      }
    });
  });

  describe('details', () => {
    it('is a disclosure operated with Enter and Space, rendered only when open', async () => {
      const el = await card(seminar);
      const button = toggle(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('details');
      expect(part(el, 'description')).to.equal(null);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).getElementById('details')!.hidden).to.equal(false);
      const description = part(el, 'description')!;
      expect(description.textContent).to.equal('Welcome.\nPanel on biotech.');
      expect(getComputedStyle(description).whiteSpace).to.equal('pre-line');
      expect(text(part(el, 'link'))).to.equal('More information');
      expect(part<HTMLAnchorElement>(el, 'link')!.rel).to.equal('noopener noreferrer');
      const block = root(el).querySelector('mission-contact-block')!;
      await block.updateComplete;
      expect(block.shadowRoot!.querySelector('[part~="phone"]')!.getAttribute('href')).to.equal('tel:+3225018716');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(part(el, 'description')).to.equal(null);
    });

    it('links a real .ics file (a data: URL, so it can be copied and saved) and Google Calendar', async () => {
      const el = await card(seminar, { 'mission-id': 'bem-test', 'mission-title': 'BEM' });
      toggle(el).click();
      await el.updateComplete;
      const [ics, google] = [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="calendar-link"]')];
      expect(ics.download).to.equal('opening-seminar.ics');
      expect(text(ics)).to.equal('Download .ics');
      const prefix = 'data:text/calendar;charset=utf-8,';
      expect(ics.getAttribute('href')!.startsWith(prefix)).to.equal(true);
      const body = decodeURIComponent(ics.getAttribute('href')!.slice(prefix.length));
      expect(body).to.contain('DTSTART:20251006T160000Z\r\n');
      expect(body).to.contain('DTEND:20251006T173000Z\r\n');
      expect(body).to.contain('UID:a-042@bem-test.mission-agenda\r\n');
      expect(body).to.contain('X-WR-CALNAME:BEM\r\n');
      expect(google.getAttribute('href')).to.match(
        /^https:\/\/calendar\.google\.com\/calendar\/render\?action=TEMPLATE&text=Opening%20seminar&dates=20251006T160000Z\/20251006T173000Z&/,
      );
      expect(google.target).to.equal('_blank');
    });

    it('opens a positioned popover in the compact variant; Escape closes it and returns focus', async () => {
      const el = await card(seminar, { variant: 'compact' });
      const button = toggle(el);
      expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const panel = part(el, 'details')!;
      // positioned once the positioning code has loaded: until then it is open but transparent
      await waitUntil(() => panel.dataset.placement, 'the popover was never positioned', { timeout: 30_000 });
      expect(getComputedStyle(panel).opacity).to.equal('1');
      expect(panel.matches(':popover-open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(panel);
      const box = panel.getBoundingClientRect();
      const anchor = button.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(100);
      expect(box.left).to.be.at.least(0);
      expect(box.top).to.be.at.least(0);
      expect(box.right).to.be.at.most(window.innerWidth);
      expect(box.bottom).to.be.at.most(window.innerHeight);
      // Below (or, flipped, above) the button, 6 px apart.
      expect([Math.round(box.top - anchor.bottom), Math.round(anchor.top - box.bottom)]).to.include(6);
      expect(text(part(el, 'description'))).to.equal('Welcome. Panel on biotech.');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).activeElement).to.equal(button);
    });

    it('closes the popover on an outside click', async () => {
      const el = await card(seminar, { variant: 'compact' });
      toggle(el).click();
      await el.updateComplete;
      await aTimeout(50);
      const panel = part(el, 'details')!;
      expect(panel.matches(':popover-open')).to.equal(true);
      // A click inside the panel keeps it open.
      const inside = panel.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(inside.left + 4), Math.round(inside.top + 4)] });
      expect(panel.matches(':popover-open')).to.equal(true);
      await sendMouse({ type: 'click', position: [window.innerWidth - 2, window.innerHeight - 2] });
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
      expect(part(el, 'description')).to.equal(null);
    });
  });

  describe('my programme, clashes, changes and search', () => {
    const star = (el: MissionActivityCard) => part<HTMLButtonElement>(el, 'star')!;
    const marks = (node: Element | null) => [...(node?.querySelectorAll('mark') ?? [])].map((m) => m.textContent);

    it('stars standalone: the event asks for the new state and the card toggles itself', async () => {
      const el = await card(seminar);
      const button = star(el);
      expect(button.tagName).to.equal('BUTTON');
      expect(button.getAttribute('aria-pressed')).to.equal('false');
      expect(button.getAttribute('aria-label')).to.equal('Add to my programme');
      expect(button.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      const fired = oneEvent(el, 'mission-favourite-toggle') as Promise<MissionFavouriteToggleEvent>;
      button.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ id: 'a-042', starred: true });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.starred).to.equal(true);
      expect(el.hasAttribute('starred')).to.equal(true);
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      expect(button.getAttribute('aria-label')).to.equal('Remove from my programme');
      await expect(el).to.be.accessible();
    });

    it('stars with the keyboard (Space and Enter) and follows the starred property', async () => {
      const el = await card(seminar, { starred: '', lang: 'fr' });
      expect(star(el).getAttribute('aria-pressed')).to.equal('true');
      expect(star(el).getAttribute('aria-label')).to.equal('Retirer de mon programme');
      const details: boolean[] = [];
      el.addEventListener('mission-favourite-toggle', (e) => details.push(e.detail.starred));
      star(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.starred).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(details).to.deep.equal([false, true]);
      expect(star(el).getAttribute('aria-pressed')).to.equal('true');
      expect(root(el).activeElement).to.equal(star(el));
    });

    it('paints the same texts when a star or a search repaints it (it keeps no copy of them)', async () => {
      const el = await card(evening, { 'time-zone': 'Europe/Brussels', 'show-both': 'always', lang: 'nl' });
      const painted = () => ({
        text: text(part(el, 'card')),
        start: part(el, 'start')!.getAttribute('datetime'),
        end: part(el, 'end')!.getAttribute('datetime'),
        other: text(part(el, 'other-time')),
      });
      const first = painted();
      expect(first.other).to.not.equal('');
      el.starred = true;
      await el.updateComplete;
      expect(star(el).getAttribute('aria-pressed')).to.equal('true');
      expect(painted()).to.deep.equal(first);
      el.query = 'openings';
      await el.updateComplete;
      expect(text(part(el, 'mark'))).to.equal('Openings');
      expect(painted()).to.deep.equal(first);
      el.query = '';
      el.starred = false;
      await el.updateComplete;
      expect(part(el, 'mark')).to.equal(null);
      expect(painted()).to.deep.equal(first);
    });

    it('names the first clashing activity in a note', async () => {
      const lunch = makeActivity({ id: 'b-7', title: { en: 'Lunch with investors' } });
      const el = await card(seminar);
      expect(part(el, 'clash')).to.equal(null);
      el.clashes = [lunch, { ...lunch, id: 'b-8', title: { en: 'Other' } }];
      await el.updateComplete;
      const note = part(el, 'clash')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(text(note)).to.equal('Overlaps with “Lunch with investors”');
      el.clashes = [];
      await el.updateComplete;
      expect(part(el, 'clash')).to.equal(null);
    });

    it('marks new, moved and cancelled activities; a move names the former start in the display zone', async () => {
      const el = await card(seminar);
      expect(part(el, 'change')).to.equal(null);
      el.change = { kind: 'new' };
      await el.updateComplete;
      expect(text(part(el, 'change'))).to.equal('New');
      el.change = { kind: 'cancelled' };
      await el.updateComplete;
      expect(text(part(el, 'change'))).to.equal('Cancelled');
      // 08:00 the same day in Los Angeles (15:00 UTC)
      el.change = { kind: 'moved', from: { start: Date.UTC(2025, 9, 6, 15), end: Date.UTC(2025, 9, 6, 16) } };
      await el.updateComplete;
      expect(text(part(el, 'change'))).to.equal('Moved');
      expect(text(root(el).querySelector('.was'))).to.match(/^was 8:00\sAM$/);
      // 21:00 on 5 October in Los Angeles (04:00 UTC on 6 October): another day, so the date is named too
      el.change = { kind: 'moved', from: { start: Date.UTC(2025, 9, 6, 4), end: Date.UTC(2025, 9, 6, 5) } };
      await el.updateComplete;
      expect(text(root(el).querySelector('.was'))).to.match(/^was Sun, Oct 5, 9:00\sPM$/);
      // the same instant seen from Brussels (06:00 on 6 October) is the same day as the new start
      el.timeZone = 'Europe/Brussels';
      el.lang = 'fr';
      await el.updateComplete;
      expect(text(root(el).querySelector('.was'))).to.equal('précédemment : 6:00');
      await expect(el).to.be.accessible();
    });

    it('highlights search matches in title, venue and open description, as text', async () => {
      const el = await card(seminar, { query: 'SEMI bio' });
      const title = part(el, 'title')!;
      expect(text(title)).to.equal('Opening seminar');
      expect(marks(title)).to.deep.equal(['semi']);
      expect(title.querySelector('mark')!.getAttribute('part')).to.equal('mark');
      expect(marks(part(el, 'venue'))).to.deep.equal(['Bio']);
      toggle(el).click();
      await el.updateComplete;
      expect(marks(part(el, 'description'))).to.deep.equal(['bio']);
      expect(part(el, 'description')!.textContent).to.equal('Welcome.\nPanel on biotech.');
      el.query = '';
      await el.updateComplete;
      expect(root(el).querySelector('mark')).to.equal(null);
      expect(text(part(el, 'title'))).to.equal('Opening seminar');
    });

    it('highlights hostile text literally: no element is ever made from feed text', async () => {
      const evil = '<img src=x onerror=alert(1)>';
      const el = await card({ ...seminar, title: { en: evil }, description: { en: evil } }, { query: 'img' });
      toggle(el).click();
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal(evil);
      expect(marks(part(el, 'title'))).to.deep.equal(['img']);
      expect(text(part(el, 'description'))).to.equal(evil);
      expect(root(el).querySelector('img')).to.equal(null);
    });

    it('is accessible with every mark at once', async () => {
      const lunch = makeActivity({ id: 'b-7', title: { en: 'Lunch' } });
      const el = await card(seminar, { starred: '', query: 'open', highlight: 'next', 'day-shift': '1' });
      el.clashes = [lunch];
      el.change = { kind: 'moved', from: { start: Date.UTC(2025, 9, 5, 16), end: Date.UTC(2025, 9, 5, 17) } };
      await el.updateComplete;
      expect(text(root(el).querySelector('.was'))).to.match(/^was Sun, Oct 5, 9:00\sAM$/);
      await expect(el).to.be.accessible();
    });
  });

  describe('updates in place', () => {
    const count = (el: MissionActivityCard, selector: string) => root(el).querySelectorAll(selector).length;

    it('adds and removes the optional pieces without leaving copies behind', async () => {
      const el = await card(seminar, { 'show-both': 'never' });
      expect(part(el, 'other-time')).to.equal(null);
      for (const [showBoth, others] of [
        ['always', 1],
        ['never', 0],
        ['always', 1],
        ['always', 1],
      ] as const) {
        el.showBoth = showBoth;
        el.highlight = others ? 'now' : 'past';
        el.change = others ? { kind: 'new' } : undefined;
        el.dayShift = others;
        await el.updateComplete;
        expect(count(el, '[part~="other-time"]'), showBoth).to.equal(others);
        expect(count(el, '[part~="highlight"]')).to.equal(others);
        expect(count(el, '[part~="change"]')).to.equal(others);
        expect(count(el, '[part~="day-shift"]')).to.equal(others);
        expect(count(el, '.marks > .visually-hidden')).to.equal(1 - others);
      }
      expect(text(part(el, 'highlight'))).to.equal('Happening now');
      expect(text(part(el, 'day-shift'))).to.equal('+1 day next day');
      expect(count(el, 'article')).to.equal(1);
      expect(root(el).querySelector('.when')!.lastElementChild).to.equal(part(el, 'star'));
    });

    it('changes the heading level and drops marks when the search is cleared', async () => {
      const el = await card(seminar, { 'heading-level': '5', query: 'seminar' });
      expect(part(el, 'title')!.localName).to.equal('h5');
      expect([...root(el).querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['seminar']);
      el.headingLevel = 2;
      el.query = '';
      await el.updateComplete;
      const title = part(el, 'title')!;
      expect(title.localName).to.equal('h2');
      expect(root(el).querySelector('article')!.firstElementChild).to.equal(title);
      expect(root(el).getElementById('title')).to.equal(title);
      expect(count(el, 'mark')).to.equal(0);
      expect(text(title)).to.equal('Opening seminar');
      await expect(el).to.be.accessible();
    });

    it('keeps open details and the focused toggle through a zone and language change', async () => {
      const el = await card(seminar);
      const button = toggle(el);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      el.timeZone = 'Asia/Kolkata';
      el.lang = 'fr';
      await el.updateComplete;
      expect(part(el, 'start')!.getAttribute('datetime')).to.equal('2025-10-06T21:30:00+05:30');
      expect(toggle(el)).to.equal(button);
      expect(root(el).activeElement).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(text(part(el, 'link'))).to.equal('Plus d’informations');
      expect(count(el, '[part~="description"]')).to.equal(1);
    });

    it('rebuilds its details region when the variant changes, and empties when the activity goes', async () => {
      const el = await card(seminar);
      el.variant = 'compact';
      await el.updateComplete;
      expect(count(el, 'article')).to.equal(1);
      expect(part(el, 'details')!.getAttribute('popover')).to.equal('manual');
      expect(toggle(el).getAttribute('aria-haspopup')).to.equal('dialog');
      toggle(el).click();
      await waitUntil(() => part(el, 'details')!.matches(':popover-open'), 'popover did not open', {
        timeout: 30_000,
      });
      expect(text(part(el, 'description'))).to.equal('Welcome. Panel on biotech.');
      el.variant = 'full';
      await el.updateComplete;
      expect(part(el, 'details')!.hasAttribute('popover')).to.equal(false);
      expect(toggle(el).hasAttribute('aria-haspopup')).to.equal(false);
      expect(count(el, 'article')).to.equal(1);
      el.activity = undefined;
      await el.updateComplete;
      expect(count(el, 'article')).to.equal(0);
      el.activity = seminar;
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Opening seminar');
    });
  });

  describe('an activity straight from a feed', () => {
    const raw = (patch: Record<string, unknown> = {}) =>
      ({
        id: 'x-1',
        title: 'Port visit',
        type: 'visit',
        start: '2025-10-06T09:00',
        end: '2025-10-06T10:30',
        timeZone: 'America/Los_Angeles',
        sectors: ['mobility'],
        ...patch,
      }) as unknown as Activity;

    it('is validated on the spot and shown, its references to the programme left out with a warning', async () => {
      const warn = console.warn;
      const said: string[] = [];
      console.warn = (...args: unknown[]) => void said.push(String(args[0]));
      try {
        const el = await card(raw());
        expect(text(part(el, 'title'))).to.equal('Port visit');
        expect(part(el, 'start')!.getAttribute('datetime')).to.equal('2025-10-06T09:00:00-07:00');
        expect(el.getAttribute('activity-id')).to.equal('x-1');
        expect(said.some((w) => w.includes('activity.sectors'))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });

    it('that is unusable shows an inline error naming the property, and throws nothing into the page', async () => {
      const warn = console.warn;
      const said: string[] = [];
      console.warn = (...args: unknown[]) => void said.push(String(args[0]));
      try {
        const el = await card(raw({ start: 'tomorrow morning', sectors: undefined }));
        const problem = part(el, 'problem')!;
        expect(problem.getAttribute('role')).to.equal('alert');
        expect(text(problem)).to.contain('activity.start');
        expect(root(el).querySelectorAll('article').length).to.equal(0);
        expect(said.some((w) => w.includes('activity.start'))).to.equal(true);
        el.activity = raw({ sectors: undefined });
        await el.updateComplete;
        expect(part(el, 'problem')).to.equal(null);
        expect(root(el).querySelectorAll('article').length).to.equal(1);
        await expect(el).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('inside an agenda', () => {
    function state(patch: Partial<Omit<AgendaState, 'display'>> & { display?: Partial<Display> }): AgendaState {
      return agendaState({ ...patch, display: { zone: 'Europe/Brussels', lang: 'fr', ...patch.display } });
    }

    it('takes zone, language and show-both from the context over its own properties', async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const provider = new ContextProvider(host, { context: agendaContext, initialValue: state({}) });
      const el = document.createElement('mission-activity-card');
      Object.assign(el, { activity: seminar, timeZone: 'event', lang: 'de', showBoth: 'never' });
      host.append(el);
      await el.updateComplete;
      expect(part(el, 'start')!.getAttribute('datetime')).to.equal('2025-10-06T18:00:00+02:00');
      expect(text(part(el, 'other-time'))).to.equal('9:00 à Los Angeles');
      expect(text(toggle(el))).to.equal('Détails');
      provider.setValue(state({ display: { zone: 'America/Los_Angeles', lang: 'nl', showBoth: 'never' } }));
      await el.updateComplete;
      expect(part(el, 'start')!.getAttribute('datetime')).to.equal('2025-10-06T09:00:00-07:00');
      expect(part(el, 'other-time')).to.equal(null);
      expect(text(part(el, 'type'))).to.equal('Seminarie');
    });

    it('finds its activity by id in the programme', async () => {
      const { programme } = parseFeed(feedWith(feedActivity()));
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      new ContextProvider(host, {
        context: agendaContext,
        initialValue: state({ programme, display: { lang: 'en' } }),
      });
      const el = document.createElement('mission-activity-card');
      el.activityId = 'a-001';
      host.append(el);
      await el.updateComplete;
      expect(text(part(el, 'title'))).to.equal('Biotech seminar');
      expect(text(part(el, 'start'))).to.match(/^6:00\sPM$/);
    });

    it('takes favourites, clashes, changes and the search from the context; a star only asks the agenda', async () => {
      const { programme } = parseFeed(feedWith(feedActivity()));
      const a = programme!.activities[0];
      const other = { ...a, id: 'x-9', title: { en: 'Site visit' } };
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const base = state({ programme, display: { lang: 'en' } });
      const provider = new ContextProvider(host, { context: agendaContext, initialValue: base });
      const el = document.createElement('mission-activity-card');
      el.activityId = a.id;
      host.append(el);
      await el.updateComplete;
      expect(el.starred).to.equal(false);
      const asked: boolean[] = [];
      host.addEventListener('mission-favourite-toggle', (e) => asked.push(e.detail.starred));
      part<HTMLButtonElement>(el, 'star')!.click();
      await el.updateComplete;
      expect(asked).to.deep.equal([true]);
      expect(el.starred).to.equal(false); // the agenda decides
      provider.setValue({
        ...base,
        favourites: new Set([a.id]),
        clashes: new Map([[a.id, [other]]]),
        changes: new Map([[a.id, { kind: 'new' as const }]]),
        query: 'biotech',
      });
      await el.updateComplete;
      expect(el.starred).to.equal(false); // the agenda's marks do not overwrite the property
      expect(part(el, 'star')!.getAttribute('aria-pressed')).to.equal('true');
      expect(text(part(el, 'clash'))).to.equal('Overlaps with “Site visit”');
      expect(text(part(el, 'change'))).to.equal('New');
      expect([...root(el).querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['Biotech']);
    });
  });
});
