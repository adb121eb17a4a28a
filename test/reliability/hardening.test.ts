import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionLoadEvent } from '../../src/events.js';
import { parseFeed } from '../../src/core/feed/validate.js';
import { highlight } from '../../src/core/agenda/search.js';
import { activity, feedWith } from '../core/feed/feeds.js';
import { deepQueryAll, settle } from '../helpers/dom.js';
import { mountAgenda, nextEvent, until, watchErrors } from './helpers.js';

const cardIds = (el: Element) => deepQueryAll(el, 'mission-activity-card').map((c) => c.getAttribute('activity-id'));

describe('hardening: hostile values cost their own item only', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => (errors = watchErrors()));
  afterEach(() => {
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    expect(errors.stop()).to.deep.equal([]);
  });

  it('refuses a contact e-mail that carries mail headers, and links only plain addresses', async () => {
    const feed = feedWith(activity());
    const contacts = (feed as { contacts: Record<string, unknown>[] }).contacts;
    contacts[0].email = 'press@x.org?bcc=spy%40evil.example&subject=hello';
    const result = parseFeed(feed);
    expect(result.programme!.contacts[0].email).to.equal(undefined);
    expect(result.errors.map((e) => e.path)).to.include('contacts[0].email');
    const el = mountAgenda({ feed });
    await nextEvent(el, 'mission-load');
    await settle(el);
    for (const toggle of deepQueryAll<HTMLElement>(el, '[part~="details-toggle"]')) toggle.click();
    await settle(el);
    const mailtos = deepQueryAll(el, 'a[href^="mailto:"]').map((a) => a.getAttribute('href'));
    for (const href of mailtos) expect(href).to.match(/^mailto:[^?&#%]+$/);
  });

  it('skips an activity whose day falls outside the years a date can be shown in, and shows the rest', async () => {
    const feed = feedWith(
      activity({ id: 'ok-1' }),
      activity({ id: 'far', start: '9999-12-31T20:00Z', end: '9999-12-31T21:00Z' }),
      activity({ id: 'early', start: '0001-01-01T02:00Z', end: '0001-01-01T03:00Z' }),
      activity({ id: 'ok-2', start: '2025-10-06T11:00', end: '2025-10-06T12:00' }),
    );
    const result = parseFeed(feed);
    expect(result.programme!.activities.map((a) => a.id)).to.deep.equal(['ok-1', 'ok-2']);
    const paths = result.errors.map((e) => e.path);
    expect(paths).to.include('activities[1].start');
    expect(paths).to.include('activities[2].start');
    // shown in UTC+14, where 9999-12-31T20:00Z is already in year 10000
    const el = mountAgenda({ feed }, { 'time-zone': 'Pacific/Kiritimati' });
    const load = await nextEvent<MissionLoadEvent>(el, 'mission-load');
    expect(load.detail.activityCount).to.equal(2);
    await settle(el);
    expect(cardIds(el).sort()).to.deep.equal(['ok-1', 'ok-2']);
    for (const zone of ['Etc/GMT+12', 'UTC', 'Pacific/Kiritimati']) {
      el.timeZone = zone;
      await settle(el);
      expect(cardIds(el).sort(), zone).to.deep.equal(['ok-1', 'ok-2']);
    }
  });

  it('highlights a query that matches a title hundreds of thousands of times', async () => {
    const title = 'a '.repeat(150_000); // 150,000 words that start with "a"
    const segments = highlight(title, 'a');
    expect(segments.map((s) => s.text).join('')).to.equal(title);
    expect(segments.length).to.be.at.most(1000);
    expect(segments.slice(0, 2)).to.deep.equal([
      { text: 'a', match: true },
      { text: ' ', match: false },
    ]);
    const el = mountAgenda({ feed: feedWith(activity({ title: { en: 'a '.repeat(150_000).trim() } })) });
    await nextEvent(el, 'mission-load');
    await settle(el);
    const search = deepQueryAll<HTMLInputElement>(el, 'input[type="search"]')[0];
    search.value = 'a';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    // the search applies after its debounce: wait for the marks, however slow the machine
    await until(() => deepQueryAll(el, 'mark').length > 0, 60_000, 'highlighted matches');
    await settle(el);
    const shown = deepQueryAll(el, '[part~="title"]').map((t) => t.textContent ?? '');
    expect(shown.some((t) => t.length === 299_999)).to.equal(true);
    expect(deepQueryAll(el, 'mark').length).to.be.greaterThan(0);
  });
});
