import { expect } from '@open-wc/testing';
import { cardInput } from '../../../src/core/view/card-input.js';
import { makeActivity } from '../agenda/builders.js';

describe('cardInput', () => {
  it('takes a normalised activity as it is', () => {
    const a = makeActivity({ id: 'a' });
    expect(cardInput(a, 'UTC')).to.deep.equal({ activity: a, problems: [] });
  });

  it('validates an activity straight from a feed, reading wall times in its zone, else the one given', () => {
    const raw = { id: 'x', title: 'Visit', type: 'visit', start: '2025-10-06T09:00', end: '2025-10-06T10:00' };
    const { activity, problems } = cardInput(raw, 'America/Los_Angeles');
    expect(problems).to.deep.equal([]);
    expect(activity!.start).to.equal(Date.UTC(2025, 9, 6, 16));
    const own = cardInput({ ...raw, timeZone: 'Europe/Brussels' }, 'America/Los_Angeles');
    expect(own.activity!.start).to.equal(Date.UTC(2025, 9, 6, 7));
    expect(cardInput(raw, 'America/Los_Angeles')).to.equal(cardInput(raw, 'America/Los_Angeles')); // once per zone
  });

  it('leaves out references to the programme, saying which', () => {
    const raw = { id: 'x', title: 'Visit', start: '2025-10-06T09:00Z', end: '2025-10-06T10:00Z', sectors: ['life'] };
    const { activity, problems } = cardInput(raw, 'UTC');
    expect(activity!.sectors).to.deep.equal([]);
    expect(problems.map((p) => p.path)).to.deep.equal(['activity.sectors']);
  });

  it('locates what makes an activity unusable', () => {
    const { activity, problems } = cardInput({ id: 'x', title: 'Visit', start: 'soon', end: 'later' }, 'UTC');
    expect(activity).to.equal(undefined);
    expect(problems.some((p) => p.path === 'activity.start')).to.equal(true);
    expect(cardInput('nope', 'UTC').problems[0].path).to.equal('activity');
  });
});
