import { expect } from '@open-wc/testing';
import { deepQueryAll } from '../helpers/dom.js';
import { hostLog, loadFrame, uniqueKey, until } from './helpers.js';

const FEED = '/__feed/bem-west-coast-2025';
const cardsIn = (frame: HTMLIFrameElement) => {
  const body = frame.contentDocument?.body; // absent while a streamed page is still arriving
  return body ? deepQueryAll<HTMLElement>(body, 'mission-activity-card') : [];
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('the embed bundle on real host pages', function () {
  this.timeout(60_000); // frames on a busy machine: a guard against a hang only
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  /** Loads the strict-CSP page with a good and a broken feed; resolves with what was reported. */
  async function strictPage() {
    const key = uniqueKey();
    const posted: string[] = [];
    const onMessage = (e: MessageEvent) => e.data?.type === 'csp-violation' && posted.push(e.data.directive);
    window.addEventListener('message', onMessage);
    try {
      const frame = await loadFrame(`/__page/agenda.html?csp=${key}&src=${FEED}&src=/__status/404`);
      await until(() => hostLog(frame).loads === 1 && hostLog(frame).failures === 1, 30_000, 'load and error');
      await until(() => cardsIn(frame).length === 80, 30_000, '80 cards');
      // open a card's details: the disclosure / popover code runs too
      deepQueryAll<HTMLElement>(frame.contentDocument!.body, '[part~="details-toggle"]')[0].click();
      await sleep(300);
      const reports: string[] = (await (await fetch(`/__csp-report/${key}/stats`)).json()).reports;
      return { frame, log: hostLog(frame), posted, reports };
    } finally {
      window.removeEventListener('message', onMessage);
    }
  }
  const isStyleAttr = (v: string) => v.startsWith('style-src-attr');

  it('renders under a strict CSP with Trusted Types: no script, Trusted Types or connect violation', async () => {
    const { frame, log, posted, reports } = await strictPage();
    expect(log.errors).to.deep.equal([]);
    expect(log.violations.filter((v) => !isStyleAttr(v))).to.deep.equal([]);
    expect(posted.filter((v) => !isStyleAttr(v))).to.deep.equal([]);
    expect(reports.filter((v) => !isStyleAttr(v))).to.deep.equal([]);
    const error = frame.contentDocument!.getElementById('agenda-1')!.shadowRoot!.querySelector('[part="error"]');
    expect(error).not.to.equal(null);
  });

  // Lit's styleMap writes the whole `style` attribute on its first render, which `style-src 'self'` refuses:
  // the elements set their custom properties through the CSSOM only (src/directives/css-props.ts).
  it('renders under a strict CSP without a single style violation', async () => {
    const { log, posted, reports } = await strictPage();
    expect(log.violations).to.deep.equal([]);
    expect(posted).to.deep.equal([]);
    expect(reports).to.deep.equal([]);
  });

  it('the CSP page does catch a violation (the check above can fail)', async () => {
    const key = uniqueKey();
    const frame = await loadFrame(`/__page/agenda.html?csp=${key}&src=${FEED}`);
    const doc = frame.contentDocument!;
    const div = doc.createElement('div');
    try {
      div.innerHTML = '<b>x</b>'; // a string to an HTML sink: Trusted Types refuses it
    } catch {
      // expected
    }
    await until(() => hostLog(frame).violations.length > 0, 30_000, 'a violation');
    expect(hostLog(frame).violations[0]).to.contain('require-trusted-types-for');
    let reports: string[] = [];
    for (let i = 0; i < 30 && !reports.some((r) => r.startsWith('require-trusted-types-for')); i++) {
      await sleep(100);
      reports = (await (await fetch(`/__csp-report/${key}/stats`)).json()).reports;
    }
    expect(reports).to.include('require-trusted-types-for');
  });

  it('survives the bundle loaded twice and another Lit on the page', async () => {
    const frame = await loadFrame(`/__page/agenda.html?bundle=a,b&lit=1&src=${FEED}`);
    await until(() => cardsIn(frame).length === 80, 30_000, '80 cards');
    const other = frame.contentDocument!.querySelector('other-widget')!;
    expect(other.shadowRoot!.textContent).to.contain('other widget');
    expect(hostLog(frame).errors).to.deep.equal([]);
    expect(hostLog(frame).loads).to.equal(1);
  });

  it('keeps working under hostile page CSS, and keeps its own styles inside', async () => {
    const frame = await loadFrame(`/__page/agenda.html?css=1&src=${FEED}&src=/__status/500`);
    await until(() => cardsIn(frame).length === 80, 30_000, '80 cards');
    const doc = frame.contentDocument!;
    for (const card of cardsIn(frame).slice(0, 5)) {
      const box = card.getBoundingClientRect();
      expect(box.width, 'card width').to.be.greaterThan(0);
      expect(box.height, 'card height').to.be.greaterThan(0);
    }
    await until(() => hostLog(frame).failures === 1, 30_000, 'the error');
    await sleep(50);
    const panel = doc.getElementById('agenda-1')!.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!;
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(frame.contentWindow!.getComputedStyle(panel).display).not.to.equal('none');
    expect(hostLog(frame).errors).to.deep.equal([]);
  });
});

describe('the embed bundle under Trusted Types allow-lists', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));
  const agenda = (frame: HTMLIFrameElement) => frame.contentDocument!.getElementById('agenda-0')!;

  it("shows an error panel, not a blank box, under trusted-types 'none', and names the policy to allow", async () => {
    const frame = await loadFrame(`/__page/agenda.html?csp=${uniqueKey()}&tt=none&src=${FEED}`);
    await until(() => hostLog(frame).failures === 1, 30_000, 'mission-error');
    const panel = agenda(frame).shadowRoot!.querySelector('[part="error"]')!;
    expect(panel.getAttribute('role')).to.equal('alert');
    expect(panel.textContent).to.contain('lit-html');
    expect(hostLog(frame).errors).to.deep.equal([]);
    expect(hostLog(frame).consoleErrors.join('\n')).to.contain('"trusted-types lit-html"');
    expect(frame.contentWindow!.customElements.get('mission-agenda')).not.to.equal(undefined);
  });

  it('renders under trusted-types lit-html, also with the bundle loaded twice', async () => {
    const frame = await loadFrame(`/__page/agenda.html?csp=${uniqueKey()}&tt=lit&bundle=a,b&src=${FEED}`);
    await until(() => cardsIn(frame).length === 80, 30_000, '80 cards');
    expect(hostLog(frame).errors).to.deep.equal([]);
    expect(hostLog(frame).violations).to.deep.equal([]);
    expect(hostLog(frame).loads).to.equal(1);
  });

  it("renders beside another Lit under trusted-types lit-html 'allow-duplicates'", async () => {
    const frame = await loadFrame(`/__page/agenda.html?csp=${uniqueKey()}&tt=dup&lit=1&src=${FEED}`);
    await until(() => cardsIn(frame).length === 80, 30_000, '80 cards');
    expect(hostLog(frame).errors).to.deep.equal([]);
    expect(hostLog(frame).violations).to.deep.equal([]);
  });
});

describe('an inline feed the parser reaches after the element was defined', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('is read once the parser has passed it (an async bundle in <head>)', async () => {
    const frame = document.createElement('iframe');
    frame.src = `/__page/late.html?key=${uniqueKey()}`;
    document.body.append(frame);
    await until(() => cardsIn(frame).length === 80, 50_000, '80 cards');
    const win = frame.contentWindow as unknown as { __agendaStateBeforeFeed?: string };
    expect(win.__agendaStateBeforeFeed).to.equal('loading'); // the element was defined before its feed arrived
    expect(hostLog(frame).errors).to.deep.equal([]);
    expect(hostLog(frame).failures).to.equal(0);
    expect(hostLog(frame).loads).to.equal(1);
  });
});
