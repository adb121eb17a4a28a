import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import { deepQueryAll, nextEvent, settle } from '../helpers/dom.js';

/**
 * A frab schedule.json in Kolkata whose day starts at 03:00 local time, written in UTC as 21:30 the evening before;
 * its one event is at 10:30 in Kolkata on that day (05:00 UTC).
 */
const kolkata = () => ({
  schedule: {
    conference: {
      title: 'Kolkata conference',
      time_zone_name: 'Asia/Kolkata',
      days: [
        {
          index: 1,
          date: '2023-09-10',
          day_start: '2023-09-09T21:30:00+00:00',
          rooms: {
            Hall: [{ guid: 'talk', date: '2023-09-10T05:00:00+00:00', duration: '00:30', title: 'Talk' }],
          },
        },
      ],
    },
  },
});

async function loaded(template: ReturnType<typeof html>): Promise<MissionAgenda> {
  const el = await fixture<MissionAgenda>(template);
  if (el.shadowRoot!.querySelector('[part="loading"]')) await nextEvent(el, 'mission-load');
  await settle(el);
  return el;
}

/** The `data-date` of the day that holds each card, by activity id. */
function dayOfCards(el: Element): Record<string, string | null> {
  const found: Record<string, string | null> = {};
  for (const day of deepQueryAll(el, '[part="day"]')) {
    for (const card of deepQueryAll(day, 'mission-activity-card')) {
      found[card.getAttribute('activity-id')!] = day.getAttribute('data-date');
    }
  }
  return found;
}

describe('<mission-agenda group-by="mission-day"> with an imported schedule', () => {
  it('puts an event under the schedule day it is listed in, whatever the offset of the day start', async () => {
    const el = await loaded(html`<mission-agenda group-by="mission-day" .feed=${kolkata()}></mission-agenda>`);
    expect(deepQueryAll(el, '[part="day"][data-date="2023-09-10"] mission-activity-card')).to.have.length(1);
    expect(dayOfCards(el)).to.deep.equal({ talk: '2023-09-10' });
  });

  it('keeps it under that day in Brussels time too, and under its own date with group-by="day"', async () => {
    // 10:30 in Kolkata is 07:00 in Brussels on 10 September.
    const byMissionDay = await loaded(
      html`<mission-agenda group-by="mission-day" time-zone="Europe/Brussels" .feed=${kolkata()}></mission-agenda>`,
    );
    expect(dayOfCards(byMissionDay)).to.deep.equal({ talk: '2023-09-10' });
    const byDay = await loaded(
      html`<mission-agenda time-zone="America/Los_Angeles" .feed=${kolkata()}></mission-agenda>`,
    );
    // 05:00 UTC is 22:00 on 9 September in Los Angeles.
    expect(dayOfCards(byDay)).to.deep.equal({ talk: '2023-09-09' });
  });
});
