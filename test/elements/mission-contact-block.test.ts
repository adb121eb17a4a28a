import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { ContextProvider } from '@lit/context';
import { agendaContext, type AgendaState } from '../../src/context/agenda-context.js';
import { parseFeed, type Contact } from '../../src/core/feed/index.js';
import '../../src/elements/mission-contact-block/mission-contact-block.define.js';
import type { MissionContactBlock } from '../../src/elements/mission-contact-block/mission-contact-block.js';
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { agendaState } from '../helpers/agenda-state.js';

const programme = parseFeed(feed).programme!;

const spokesperson: Contact = {
  id: 'press-steverlynck',
  name: 'Pierre Steverlynck',
  role: { en: 'Spokesperson', fr: 'Porte-parole' },
  organisation: { en: 'FPS Foreign Affairs', fr: 'SPF Affaires étrangères' },
  phones: ['+32 2 501 87 16', '02 501 81 11'],
  email: 'press@diplobel.fed.be',
};
const second: Contact = { id: 'c2', name: 'Anna Peeters', phones: ['+32 (0)9 123 45 67'] };

function state(lang: string): AgendaState {
  return agendaState({ programme, display: { lang } });
}

const root = (el: MissionContactBlock) => el.shadowRoot!;
const parts = (el: MissionContactBlock, part: string) => [...root(el).querySelectorAll(`[part~="${part}"]`)];

describe('mission-contact-block', () => {
  it('links phones in E.164 form and keeps the number as written', async () => {
    const el = await fixture<MissionContactBlock>(
      html`<mission-contact-block .contacts=${[spokesperson]}></mission-contact-block>`,
    );
    const [phone, national] = parts(el, 'phone') as HTMLElement[];
    expect(phone.tagName).to.equal('A');
    expect(phone.getAttribute('href')).to.equal('tel:+3225018716');
    expect(phone.textContent).to.contain('+32 2 501 87 16');
    expect(phone.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Phone: +32 2 501 87 16');
    // A national number has no known country: shown as text, never a guessed tel: link.
    expect(national.tagName).to.equal('SPAN');
    expect(national.textContent).to.contain('02 501 81 11');
    const email = parts(el, 'email')[0] as HTMLAnchorElement;
    expect(email.getAttribute('href')).to.equal('mailto:press@diplobel.fed.be');
    expect(email.textContent!.replace(/\s+/g, ' ').trim()).to.equal('E-mail: press@diplobel.fed.be');
    expect(parts(el, 'name')[0].textContent).to.equal('Pierre Steverlynck');
    expect(parts(el, 'role')[0].textContent).to.equal('Spokesperson');
    expect(parts(el, 'organisation')[0].textContent).to.equal('FPS Foreign Affairs');
    await expect(el).to.be.accessible();
  });

  it('renders one <address> alone and several in a list', async () => {
    const one = await fixture<MissionContactBlock>(
      html`<mission-contact-block .contacts=${[spokesperson]}></mission-contact-block>`,
    );
    expect(root(one).querySelector('ul')).to.equal(null);
    expect(root(one).querySelectorAll('address')).to.have.length(1);
    const two = await fixture<MissionContactBlock>(
      html`<mission-contact-block .contacts=${[spokesperson, second]}></mission-contact-block>`,
    );
    const list = root(two).querySelector('ul')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.querySelectorAll('li > address[part="contact"]')).to.have.length(2);
    expect(parts(two, 'phone')[2].getAttribute('href')).to.equal('tel:+3291234567');
    await expect(two).to.be.accessible();
  });

  it('takes a single contact from attributes, validating e-mail and url', async () => {
    const el = await fixture<MissionContactBlock>(html`
      <mission-contact-block
        name="Marie Dubois"
        contact-role="Trade attaché"
        organisation="AWEX"
        phone="+1 (415) 555-0100"
        email="marie@example.org"
        url="javascript:alert(1)"
      ></mission-contact-block>
    `);
    expect(parts(el, 'name')[0].textContent).to.equal('Marie Dubois');
    expect(parts(el, 'role')[0].textContent).to.equal('Trade attaché');
    expect(parts(el, 'organisation')[0].textContent).to.equal('AWEX');
    expect(parts(el, 'phone')[0].getAttribute('href')).to.equal('tel:+14155550100');
    expect(parts(el, 'email')[0].getAttribute('href')).to.equal('mailto:marie@example.org');
    expect(parts(el, 'url')).to.have.length(0);
    el.email = 'not an address';
    el.url = 'https://awex.be/';
    await el.updateComplete;
    expect(parts(el, 'email')).to.have.length(0);
    const url = parts(el, 'url')[0] as HTMLAnchorElement;
    expect(url.getAttribute('href')).to.equal('https://awex.be/');
    expect(url.rel).to.equal('noopener noreferrer');
    for (const a of root(el).querySelectorAll('a')) expect(a.getAttribute('href')).not.to.match(/^javascript:/i);
  });

  it('looks contact ids up in the agenda context, in its language', async () => {
    // The provider must exist before the consumer connects (as <mission-agenda> does).
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const provider = new ContextProvider(host, { context: agendaContext, initialValue: state('fr') });
    const el = document.createElement('mission-contact-block');
    el.setAttribute('contact-ids', 'press-steverlynck, unknown, press-service');
    el.lang = 'de';
    host.append(el);
    await el.updateComplete;
    expect(parts(el, 'name').map((n) => n.textContent)).to.deep.equal(['Pierre Steverlynck', 'Press service']);
    // The context's language wins over the element's own.
    expect(parts(el, 'role').map((n) => n.textContent)).to.deep.equal(['Porte-parole', 'Service de presse']);
    expect(parts(el, 'phone')[0].textContent!.replace(/\s+/g, ' ').trim()).to.equal('Téléphone: +32 2 501 87 16');
    provider.setValue(state('nl'));
    await el.updateComplete;
    expect(parts(el, 'role')[0].textContent).to.equal('Woordvoerder');
    await expect(el).to.be.accessible();
  });

  it('uses its lang, else the nearest ancestor lang, standalone', async () => {
    const host = fixtureSync<HTMLDivElement>(
      html`<div lang="nl-BE">
        <mission-contact-block
          .contacts=${[{ ...spokesperson, role: { en: 'Spokesperson', nl: 'Woordvoerder' } }]}
        ></mission-contact-block>
      </div>`,
    );
    const el = host.querySelector('mission-contact-block')!;
    await el.updateComplete;
    expect(parts(el, 'role')[0].textContent).to.equal('Woordvoerder');
    expect(parts(el, 'phone')[0].textContent).to.contain('Telefoon');
    el.lang = 'en';
    await el.updateComplete;
    expect(parts(el, 'role')[0].textContent).to.equal('Spokesperson');
    expect(el.getAttribute('lang')).to.equal('en');
  });

  it('renders nothing without contacts', async () => {
    const el = await fixture<MissionContactBlock>(html`<mission-contact-block></mission-contact-block>`);
    expect(root(el).children).to.have.length(0);
  });
});
