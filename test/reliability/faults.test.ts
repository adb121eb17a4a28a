import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { MissionErrorEvent, MissionLoadEvent } from '../../src/events.js';
import { deepQueryAll, settle } from '../helpers/dom.js';
import { installClock, realSleep, realUntil } from './fake-clock.js';
import { mountAgenda, nextEvent, requestInFlight, watchErrors } from './helpers.js';

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

  /** Mounts an agenda on a fake clock and resolves with its first `mission-error` or `mission-load`, whichever comes. */
  function outcome(el: Element): Promise<Event> {
    return new Promise((resolve) => {
      el.addEventListener('mission-error', resolve, { once: true });
      el.addEventListener('mission-load', resolve, { once: true });
    });
  }

  it('gives up after the configured timeout with a plain message', async () => {
    const clock = await installClock();
    try {
      const el = mountAgenda({ src: `/__slow/3000/${FEED}` }, { timeout: '0.3' });
      let event: MissionErrorEvent | undefined;
      void outcome(el).then((e) => (event = e as MissionErrorEvent));
      await realUntil(() => requestInFlight(el), 'the request');
      await clock.tickAsync(299);
      await realSleep(50);
      expect(event, 'no failure before 300 ms').to.equal(undefined);
      await clock.tickAsync(1);
      await realUntil(() => event !== undefined, 'the timeout');
      expect(event!.type).to.equal('mission-error');
      expect(event!.detail.message).to.equal('Loading the programme feed timed out.');
      expect(event!.detail.errors[0].message).to.contain('within 300 ms');
      await settle(el);
      const panel = el.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
      expect(panel.getAttribute('role')).to.equal('alert');
      expect(panel.textContent).to.contain('timed out');
      expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    } finally {
      clock.uninstall();
    }
  });

  it('honours a timeout changed before loading and falls back to 15 s for nonsense', async () => {
    const clock = await installClock();
    try {
      const el = document.createElement('mission-agenda');
      el.timeout = 0.2;
      el.src = `/__slow/3000/${FEED}`;
      const error = outcome(el);
      document.body.append(el);
      await realUntil(() => requestInFlight(el), 'the request');
      await clock.tickAsync(200);
      expect(((await error) as MissionErrorEvent).detail.errors[0].message).to.contain('within 200 ms');

      const slow = mountAgenda({ src: `/__slow/3000/${FEED}` }, { timeout: 'soon' });
      let event: Event | undefined;
      void outcome(slow).then((e) => (event = e));
      await realUntil(() => requestInFlight(slow), 'the request');
      await clock.tickAsync(14_999);
      await realSleep(50);
      expect(event).to.equal(undefined);
      await clock.tickAsync(1);
      await realUntil(() => event !== undefined, 'the 15 s timeout');
      expect((event as MissionErrorEvent).detail.errors[0].message).to.contain('within 15000 ms');
    } finally {
      clock.uninstall();
    }
  });

  it('reports an unknown host as a network failure', async () => {
    // on a fake clock the request timeout cannot fire: a failure can only be the network's
    const clock = await installClock();
    try {
      const el = mountAgenda({ src: 'http://no-such-host.invalid/feed.json' }, { timeout: '3' });
      const event = (await outcome(el)) as MissionErrorEvent;
      expect(event.detail.message).to.contain('could not be loaded');
      expect(event.detail.errors[0].message).to.contain('network error, CORS or DNS');
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="error"]')).not.to.equal(null);
    } finally {
      clock.uninstall();
    }
  });

  it('loads and validates a 5 MB feed of 6,000 activities, keeping the first 5,000', async function () {
    this.timeout(60_000); // a guard against a hang only
    const size = (await (await fetch('/__big/6000')).text()).length;
    expect(size).to.be.greaterThan(5_000_000);
    const started = performance.now();
    // A locked sector nobody has: the whole feed is fetched and validated, but no card is rendered.
    const el = mountAgenda({ src: '/__big/6000', sectors: ['none'], lockSectors: true });
    const event = await nextEvent<MissionLoadEvent>(el, 'mission-load', 50_000);
    console.log(`5 MB feed: fetched and validated in ${Math.round(performance.now() - started)} ms`);
    expect(event.detail.activityCount).to.equal(5000);
    expect(event.detail.errors.map((e) => e.path)).to.deep.equal(['activities']);
    expect(event.detail.warnings).to.deep.equal([]);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="empty"]')).not.to.equal(null);
  });

  it('renders every card of a large feed (600 activities)', async function () {
    this.timeout(60_000); // a guard against a hang only
    const started = performance.now();
    const el = mountAgenda({ src: '/__big/600' });
    expect((await nextEvent<MissionLoadEvent>(el, 'mission-load', 50_000)).detail.activityCount).to.equal(600);
    await settle(el);
    console.log(`600 activities: loaded and rendered in ${Math.round(performance.now() - started)} ms`);
    expect(cards(el)).to.have.length(600);
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
