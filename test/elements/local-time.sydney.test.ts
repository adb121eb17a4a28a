import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { deepQuery, deepQueryAll, settle } from '../helpers/dom.js';

/** This file runs in a browser whose zone is Australia/Sydney (see web-test-runner.config.mjs). */
describe('<mission-agenda time-zone="local"> seen from Sydney', () => {
  it('runs in Sydney', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Australia/Sydney');
  });

  it('shows Californian mornings on the next day in Sydney summer time, and says so', async () => {
    const el = await fixture<MissionAgenda>(
      html`<mission-agenda time-zone="local" .feed=${structuredClone(feed)}></mission-agenda>`,
    );
    await settle(el);
    // a-001: 13:00 PDT on Sunday 5 October = 07:00 AEDT on Monday 6 October (Sydney moved to UTC+11 on 5 October)
    const card = deepQueryAll(el, 'mission-activity-card').find((c) => c.getAttribute('activity-id') === 'a-001')!;
    expect(deepQuery(card, 'time[part="start"]')!.getAttribute('datetime')).to.equal('2025-10-06T07:00:00+11:00');
    expect(card.closest('[part="day"]')!.getAttribute('data-date')).to.equal('2025-10-06');
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels[1]).to.contain('Sydney');
    // the other line gives event time, with the day it falls on there
    expect(deepQuery(card, '[part="other-time"]')!.textContent).to.contain('San Francisco');
  });
});
