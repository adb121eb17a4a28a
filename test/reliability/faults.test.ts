import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionErrorEvent, MissionLoadEvent } from '../../src/events.js';
import { deepQueryAll, nextEvent, settle } from '../helpers/dom.js';
import { mountAgenda, watchErrors } from './helpers.js';

const FEED = 'bem-west-coast-2025';
const cards = (el: Element) => deepQueryAll(el, 'mission-activity-card');

describe('faults: the agenda fails visibly and never throws into the page', () => {
  let errors: ReturnType<typeof watchErrors>;
  beforeEach(() => {
    errors = watchErrors();
  });
  afterEach(async () => {
    document.querySelectorAll('mission-agenda').forEach((el) => el.remove());
    await new Promise((r) => setTimeout(r, 50)); // let a stray rejection surface before checking
    expect(errors.stop()).to.deep.equal([]);
  });

  it('gives up after the configured timeout with a plain message', async () => {
    const started = performance.now();
    const el = mountAgenda({ src: `/__slow/2000/${FEED}` }, { timeout: '0.3' });
    const event = await nextEvent<MissionErrorEvent>(el, 'mission-error', 1500);
    const elapsed = performance.now() - started;
    expect(elapsed).to.be.within(280, 1200);
    expect(event.detail.message).to.equal('Loading the programme feed timed out.');
    expect(event.detail.errors[0].message).to.contain('within 300 ms');
    await settle(el);
    const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('timed out');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('honours a timeout changed before loading and falls back to 15 s for nonsense', async () => {
    const el = document.createElement('mission-agenda');
    el.timeout = 0.2;
    el.src = `/__slow/1000/${FEED}`;
    const error = nextEvent<MissionErrorEvent>(el, 'mission-error', 900);
    document.body.append(el);
    expect((await error).detail.errors[0].message).to.contain('within 200 ms');

    const slow = mountAgenda({ src: `/__slow/400/${FEED}` }, { timeout: 'soon' });
    expect((await nextEvent<MissionLoadEvent>(slow, 'mission-load', 2000)).detail.activityCount).to.equal(80);
  });

  it('reports an unknown host as a network failure', async () => {
    const started = performance.now();
    const el = mountAgenda({ src: 'http://no-such-host.invalid/feed.json' }, { timeout: '3' });
    const event = await nextEvent<MissionErrorEvent>(el, 'mission-error', 4000);
    expect(event.detail.message).to.contain('could not be loaded');
    expect(event.detail.errors[0].message).to.contain('network error, CORS or DNS');
    expect(performance.now() - started).to.be.below(3000); // a DNS failure, not our timeout
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
  });

  it('loads and validates a 5 MB feed of 6,000 activities within a few seconds', async function () {
    this.timeout(15000);
    const size = (await (await fetch('/__big/6000')).text()).length;
    expect(size).to.be.greaterThan(5_000_000);
    const started = performance.now();
    // A locked sector nobody has: the whole feed is fetched and validated, but no card is rendered.
    const el = mountAgenda({ src: '/__big/6000', sectors: ['none'], lockSectors: true });
    const event = await nextEvent<MissionLoadEvent>(el, 'mission-load', 8000);
    const elapsed = performance.now() - started;
    console.log(`5 MB feed: fetched and validated in ${Math.round(elapsed)} ms`);
    expect(event.detail).to.deep.equal({ activityCount: 6000, errors: [], warnings: [] });
    expect(elapsed).to.be.below(5000);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')).not.to.equal(null);
  });

  it('renders every card of a large feed (600 activities)', async function () {
    this.timeout(15000);
    const started = performance.now();
    const el = mountAgenda({ src: '/__big/600' });
    expect((await nextEvent<MissionLoadEvent>(el, 'mission-load')).detail.activityCount).to.equal(600);
    await settle(el);
    const elapsed = performance.now() - started;
    console.log(`600 activities: loaded and rendered in ${Math.round(elapsed)} ms`);
    expect(cards(el)).to.have.length(600);
    expect(elapsed).to.be.below(10000);
  });

  it('abandons a request quietly when the element leaves the page or its src changes', async () => {
    const el = mountAgenda({ src: `/__slow/300/${FEED}` });
    await new Promise((r) => setTimeout(r, 50));
    el.remove();
    const moving = mountAgenda({ src: `/__slow/300/${FEED}` });
    await new Promise((r) => setTimeout(r, 50));
    moving.src = '/__status/503';
    const error = await nextEvent<MissionErrorEvent>(moving, 'mission-error');
    expect(error.detail.message).to.contain('503');
    await new Promise((r) => setTimeout(r, 400)); // the abandoned answers arrive and are ignored
    await settle(moving);
    expect(cards(moving)).to.have.length(0);
    expect(moving.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
  });

  it('turns a feed object whose properties throw into an error panel', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no reading me');
        },
        has() {
          throw new Error('no reading me');
        },
        ownKeys() {
          throw new Error('no reading me');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no reading me');
        },
      },
    );
    const el = document.createElement('mission-agenda');
    const failed = nextEvent<MissionErrorEvent>(el, 'mission-error');
    el.feed = hostile;
    document.body.append(el);
    await failed;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
  });

  it('shows the error panel, then the programme, when "Try again" succeeds', async () => {
    const el = mountAgenda({ src: '/__status/500' });
    await nextEvent(el, 'mission-error');
    await settle(el);
    el.src = `/__feed/${FEED}`;
    await nextEvent(el, 'mission-load');
    await settle(el);
    expect(cards(el)).to.have.length(80);
  });
});
