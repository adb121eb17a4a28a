import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { provide } from '@lit/context';
import '../../src/elements/mission-sector-filter/mission-sector-filter.define.js';
import type { MissionSectorFilter } from '../../src/elements/mission-sector-filter/mission-sector-filter.js';
import { agendaContext, type AgendaState } from '../../src/context/agenda-context.js';
import type { Programme, Sector } from '../../src/core/feed/types.js';
import type { MissionFilterChangeEvent } from '../../src/events.js';
import { makeActivity } from '../core/agenda/builders.js';
import { agendaState } from '../helpers/agenda-state.js';

const bio: Sector = { id: 'bio', name: { en: 'Life sciences', fr: 'Sciences de la vie' }, color: '#2e7d32' };
const ai: Sector = { id: 'ai', name: { en: 'Digital & AI', fr: 'Numérique et IA' }, color: '#1f4e8c' };
const port: Sector = { id: 'port', name: { en: 'Ports & logistics', fr: 'Ports et logistique' } };
const sectors = [bio, ai, port];
const activities = [
  makeActivity({ id: 'a1', sectors: [bio] }),
  makeActivity({ id: 'a2', sectors: [bio, ai] }),
  makeActivity({ id: 'a3', sectors: [bio] }),
];

/** A context provider standing in for `<mission-agenda>`. */
class FilterTestProvider extends LitElement {
  @provide({ context: agendaContext }) state?: AgendaState;
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('filter-test-provider', FilterTestProvider);

function buttons(el: MissionSectorFilter): HTMLButtonElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="sector"]')];
}
function reset(el: MissionSectorFilter): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="reset"]')!;
}
function pressed(el: MissionSectorFilter): string[] {
  return [reset(el), ...buttons(el)].map((b) => b.getAttribute('aria-pressed')!);
}
async function clickFor(el: MissionSectorFilter, button: HTMLButtonElement): Promise<readonly string[]> {
  const event = oneEvent(el, 'mission-filter-change') as Promise<MissionFilterChangeEvent>;
  button.click();
  const { detail, bubbles, composed } = await event;
  expect(bubbles && composed).to.equal(true);
  await el.updateComplete;
  return detail.sectors;
}

describe('<mission-sector-filter>', () => {
  it('renders one toggle per sector with its name, count and an accessible name including the count', async () => {
    const el = await fixture<MissionSectorFilter>(
      html`<mission-sector-filter lang="en" .sectors=${sectors} .activities=${activities}></mission-sector-filter>`,
    );
    const group = el.shadowRoot!.querySelector('[part="group"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('Filter by sector');
    expect(buttons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Life sciences, 3 activities',
      'Digital & AI, 1 activity',
      'Ports & logistics, 0 activities',
    ]);
    expect(buttons(el).map((b) => b.querySelector('[part="sector-count"]')!.textContent)).to.deep.equal([
      '3',
      '1',
      '0',
    ]);
    expect(buttons(el).every((b) => b.type === 'button')).to.equal(true);
    const dot = buttons(el)[0].querySelector<HTMLElement>('[part="sector-dot"]')!;
    expect(dot.style.getPropertyValue('--mission-sector-color')).to.equal('#2e7d32');
    expect(buttons(el)[2].querySelector('[part="sector-dot"]')!.hasAttribute('style')).to.equal(false);
    expect(reset(el).textContent!.trim()).to.equal('All sectors');
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']);
    await expect(el).to.be.accessible();
  });

  it('uses given counts (a record or a map) over the activities', async () => {
    const el = await fixture<MissionSectorFilter>(
      html`<mission-sector-filter .sectors=${sectors} .counts=${{ bio: 12, ai: 1000 }}></mission-sector-filter>`,
    );
    expect(buttons(el).map((b) => b.querySelector('[part="sector-count"]')!.textContent)).to.deep.equal([
      '12',
      '1,000',
      '0',
    ]);
    el.counts = new Map([['port', 4]]);
    await el.updateComplete;
    expect(buttons(el)[2].getAttribute('aria-label')).to.equal('Ports & logistics, 4 activities');
  });

  it('is multi-select: clicks toggle and announce the selection in sector order', async () => {
    const el = await fixture<MissionSectorFilter>(
      html`<mission-sector-filter .sectors=${sectors} .activities=${activities}></mission-sector-filter>`,
    );
    expect(await clickFor(el, buttons(el)[1])).to.deep.equal(['ai']);
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
    expect(await clickFor(el, buttons(el)[0])).to.deep.equal(['bio', 'ai']);
    expect(el.selected).to.deep.equal(['bio', 'ai']);
    expect(await clickFor(el, buttons(el)[1])).to.deep.equal(['bio']);
    expect(pressed(el)).to.deep.equal(['false', 'true', 'false', 'false']);
    await expect(el).to.be.accessible();
  });

  it('resets to all sectors, and does not announce a reset that changes nothing', async () => {
    const el = await fixture<MissionSectorFilter>(
      html`<mission-sector-filter selected="ai, port" .sectors=${sectors}></mission-sector-filter>`,
    );
    expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'true']);
    expect(await clickFor(el, reset(el))).to.deep.equal([]);
    expect(pressed(el)).to.deep.equal(['true', 'false', 'false', 'false']);
    let fired = 0;
    el.addEventListener('mission-filter-change', () => fired++);
    reset(el).click();
    await aTimeout(0);
    expect(fired).to.equal(0);
  });

  it('toggles with Enter and Space from the keyboard', async () => {
    const el = await fixture<MissionSectorFilter>(
      html`<mission-sector-filter .sectors=${sectors}></mission-sector-filter>`,
    );
    buttons(el)[0].focus();
    let event = oneEvent(el, 'mission-filter-change') as Promise<MissionFilterChangeEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.sectors).to.deep.equal(['bio']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[1]);
    event = oneEvent(el, 'mission-filter-change') as Promise<MissionFilterChangeEvent>;
    await sendKeys({ press: 'Space' });
    expect((await event).detail.sectors).to.deep.equal(['bio', 'ai']);
    await el.updateComplete;
    expect(pressed(el)).to.deep.equal(['false', 'true', 'true', 'false']);
  });

  it('writes the sector names and counts in French', async () => {
    const el = await fixture<MissionSectorFilter>(
      html`<mission-sector-filter lang="fr" .sectors=${sectors} .activities=${activities}></mission-sector-filter>`,
    );
    expect(buttons(el).map((b) => b.querySelector('[part="sector-name"]')!.textContent)).to.deep.equal([
      'Sciences de la vie',
      'Numérique et IA',
      'Ports et logistique',
    ]);
    expect(buttons(el)[1].getAttribute('aria-label')).to.equal('Numérique et IA, 1 activité');
    expect(reset(el).textContent!.trim()).to.equal('Tous les secteurs');
    expect(el.shadowRoot!.querySelector('[part="group"]')!.getAttribute('aria-label')).to.equal('Filtrer par secteur');
  });

  describe('inside the agenda', () => {
    const programme = { mission: { defaultLanguage: 'en' }, sectors, activities } as unknown as Programme;
    const state: AgendaState = agendaState({ programme, display: { lang: 'fr' }, sectors: new Set(['ai']) });

    it('shows the context sectors, counts and selection, and asks the agenda for changes', async () => {
      const provider = await fixture<FilterTestProvider>(
        html`<filter-test-provider .state=${state}>
          <mission-sector-filter lang="en" selected="bio" .sectors=${[port]}></mission-sector-filter>
        </filter-test-provider>`,
      );
      const el = provider.querySelector('mission-sector-filter')!;
      await el.updateComplete;
      expect(buttons(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
        'Sciences de la vie, 3 activités',
        'Numérique et IA, 1 activité',
        'Ports et logistique, 0 activité',
      ]);
      expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
      expect(await clickFor(el, buttons(el)[0])).to.deep.equal(['bio', 'ai']);
      // The agenda has not answered yet: the filter keeps showing the agenda's selection.
      expect(pressed(el)).to.deep.equal(['false', 'false', 'true', 'false']);
      provider.state = { ...state, sectors: new Set(['bio', 'ai']) };
      await provider.updateComplete;
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal(['false', 'true', 'true', 'false']);
      expect(el.hidden).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('is hidden when the agenda locks the sectors', async () => {
      const provider = await fixture<FilterTestProvider>(
        html`<filter-test-provider .state=${{ ...state, lockSectors: true }}>
          <mission-sector-filter></mission-sector-filter>
        </filter-test-provider>`,
      );
      const el = provider.querySelector('mission-sector-filter')!;
      await el.updateComplete;
      expect(el.hidden).to.equal(true);
      expect(getComputedStyle(el).display).to.equal('none');
      provider.state = { ...state, lockSectors: false };
      await provider.updateComplete;
      await el.updateComplete;
      expect(el.hidden).to.equal(false);
    });
  });
});
