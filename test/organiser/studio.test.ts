import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import '../../src/index.js';
import { convertSheets, convertText } from '../../src/organiser/convert.js';
import type { InputFile } from '../../src/organiser/read-files.js';
import type { ParseFiles } from '../../src/organiser/studio/parser.js';
import { defineStudio, type MissionStudio } from '../../src/organiser/studio/studio-app.js';
import { sheetsOf, withCell } from './helpers.js';

defineStudio();

/** The studio's parser without the worker: `.json` files are feeds, `broken.xlsx` the example with one bad time. */
const parser: ParseFiles = (files) => {
  const file = files[0];
  if (file.name === 'broken.xlsx')
    return Promise.resolve(convertSheets(withCell(sheetsOf(feed), 'Activities', 14, 'start', '25:00')));
  return Promise.resolve(convertText(new TextDecoder().decode(file.bytes)));
};

const jsonFile = (name: string, value: unknown): InputFile => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});
const broken: InputFile = { name: 'broken.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) };

const $ = <T extends Element = HTMLElement>(el: MissionStudio, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;
const $$ = <T extends Element = HTMLElement>(el: MissionStudio, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];
const cardsIn = (agenda: Element) =>
  agenda.shadowRoot?.querySelector('mission-timeline')?.shadowRoot?.querySelectorAll('mission-activity-card').length ??
  0;

async function studio(lang = 'en'): Promise<MissionStudio> {
  const el = await fixture<MissionStudio>(html`<mission-studio lang=${lang} .parser=${parser}></mission-studio>`);
  return el;
}

describe('<mission-studio>', () => {
  it('shows each problem at its cell, in the author’s language, with a fix', async () => {
    const el = await studio('fr');
    await el.load([broken]);
    await el.updateComplete;
    expect($(el, '.summary')?.textContent).to.contain('79 activités prêtes, 1 erreur, 0 avertissement.');
    const item = $(el, '.findings li.error');
    expect(item?.dataset.kind).to.equal('not-a-time');
    expect(item?.querySelector('.where')?.textContent).to.equal('Activities!C14 (start)');
    expect(item?.querySelector('.message')?.textContent).to.equal('"25:00" n’est pas une heure');
    expect(item?.querySelector('.fix')?.textContent).to.contain('09:00 ou 14:30');
    expect($(el, '.findings summary h3')?.textContent).to.equal('Activities');
  });

  it('previews the agenda on a phone and a desktop, in the mission’s zone or a visitor’s', async () => {
    const el = await studio();
    await el.load([broken]);
    await el.updateComplete;
    const agendas = $$(el, 'mission-agenda');
    expect(agendas.map((a) => a.dataset.preview)).to.deep.equal(['phone', 'desktop']);
    await waitUntil(() => agendas.every((a) => cardsIn(a) === 79), 'both previews show the 79 activities', {
      timeout: 30_000,
    });
    expect(agendas.map((a) => a.getAttribute('time-zone'))).to.deep.equal(['event', 'event']);
    expect(agendas[0].getBoundingClientRect().width).to.equal(390);
    $<HTMLInputElement>(el, 'input[name="preview-zone"][value="visitor"]')?.click();
    await el.updateComplete;
    expect(agendas.map((a) => a.getAttribute('time-zone'))).to.deep.equal(['Europe/Brussels', 'Europe/Brussels']);
    expect($(el, '.gaps p')?.textContent).to.equal('The time difference stays the same during the mission.');
  });

  it('lists the days where the gap between the mission’s zone and the visitor’s changes', async () => {
    const el = await studio();
    const late = {
      version: 1,
      mission: { id: 'm', title: 'Late October', timeZone: 'America/Los_Angeles' },
      activities: ['2025-10-24', '2025-10-27', '2025-11-03'].map((date, i) => ({
        id: `a${i}`,
        title: 'Visit',
        start: `${date}T09:00`,
        end: `${date}T10:00`,
      })),
    };
    await el.load([jsonFile('late.json', late)]);
    await el.updateComplete;
    expect($$(el, '.gaps li').map((li) => [li.dataset.date, li.textContent?.trim()])).to.deep.equal([
      ['2025-10-27', 'Mon, October 27: +9 h → +8 h'],
      ['2025-11-03', 'Mon, November 3: +8 h → +9 h'],
    ]);
  });

  it('shows what changed against the published feed', async () => {
    const el = await studio();
    await el.load([broken]);
    const published = structuredClone(feed);
    published.activities[0].start = '2025-10-05T12:00';
    published.activities[2].title.en = 'Press briefing';
    await el.loadPublished(jsonFile('published.json', published));
    await el.updateComplete;
    const changes = Object.fromEntries(
      $$(el, '.change').map((c) => [c.dataset.change, [...c.querySelectorAll('li')].map((li) => li.dataset.id)]),
    );
    expect(changes).to.deep.equal({ moved: ['a-001'], retitled: ['a-003'], removed: ['a-013'] });
    expect($(el, '[data-change="retitled"] s')?.textContent).to.equal('Press briefing');
  });

  it('writes the embed code with the options picked, and downloads the checked feed', async () => {
    const el = await studio();
    await el.load([broken]);
    await el.updateComplete;
    const sector = $<HTMLInputElement>(el, 'input[name="sector"][value="life-sciences"]');
    sector?.click();
    $<HTMLInputElement>(el, 'input[name="lock"]')?.click();
    const lang = $<HTMLSelectElement>(el, '.options select');
    if (lang) {
      lang.value = 'nl';
      lang.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
    const script = $<HTMLTextAreaElement>(el, 'textarea[data-snippet="script"]')?.value ?? '';
    expect(script).to.contain(
      '<mission-agenda src="https://www.example.org/programme/mission.json" lang="nl" sectors="life-sciences" lock-sectors>',
    );
    const frame = $<HTMLTextAreaElement>(el, 'textarea[data-snippet="frame"]')?.value ?? '';
    expect(frame).to.contain('frame.html?src=https%3A%2F%2Fwww.example.org%2Fprogramme%2Fmission.json&amp;lang=nl');
    expect(frame).to.contain('<noscript><a href="https://www.belgianeconomicmission.be/">');
    expect($(el, '.publish .note')?.textContent).to.contain('Access-Control-Allow-Origin');
    const previews = $$(el, 'mission-agenda');
    expect(
      previews.map((a) => [a.getAttribute('lang'), a.getAttribute('sectors'), a.hasAttribute('lock-sectors')]),
    ).to.deep.equal([
      ['nl', 'life-sciences', true],
      ['nl', 'life-sciences', true],
    ]);

    const blobs: Blob[] = [];
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      $<HTMLButtonElement>(el, 'button.primary')?.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    const downloaded = JSON.parse(await blobs[0].text()) as { activities: unknown[] };
    expect(downloaded.activities).to.have.length(79);
  });

  it('waits for a click before previewing a programme over its preview limit', async () => {
    const el = await studio();
    el.previewLimit = 3;
    await el.load([jsonFile('five.json', { ...feed, activities: feed.activities.slice(0, 5) })]);
    await el.updateComplete;
    expect($$(el, 'mission-agenda')).to.have.length(0);
    expect($(el, '.large')?.textContent).to.contain('5 activities');
    expect($(el, '.summary')?.textContent).to.contain('5 activities ready');
    $<HTMLButtonElement>(el, '.large button')?.click();
    await el.updateComplete;
    expect($$(el, 'mission-agenda')).to.have.length(2);
  });

  it('says when a file is not a programme, and keeps working', async () => {
    const el = await studio('de');
    await el.load([{ name: 'notes.txt', bytes: new TextEncoder().encode('Liebe Kollegen') }]);
    await el.updateComplete;
    expect($(el, '.findings li.error')?.dataset.kind).to.equal('not-readable');
    expect($(el, '.findings li.error strong')?.textContent).to.equal('Kein Programm:');
    expect($$(el, 'mission-agenda')).to.have.length(0);
  });

  it('is accessible before and after loading a programme', async function () {
    this.timeout(60_000); // axe walks every card of both previews
    const el = await studio();
    await expect(el).to.be.accessible();
    await el.load([jsonFile('small.json', { ...feed, activities: feed.activities.slice(0, 5) })]);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
