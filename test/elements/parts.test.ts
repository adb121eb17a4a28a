import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import manifest from '../../custom-elements.json' with { type: 'json' };
import feed from '../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import {
  CARD_CONTACT_EXPORTS,
  CARD_OWN_PARTS,
  CONTACT_PARTS,
  FILTER_PARTS,
  GRID_OWN_PARTS,
  TIMELINE_OWN_PARTS,
} from '../../src/elements/parts.js';
import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import { deepQuery, nextEvent, settle } from '../helpers/dom.js';

interface Declaration {
  readonly tagName?: string;
  readonly cssParts?: readonly { readonly name: string }[];
}
const declarations = (manifest as { modules: { declarations?: Declaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);
const partsOf = (tag: string) =>
  declarations
    .find((d) => d.tagName === tag)!
    .cssParts!.map((p) => p.name)
    .sort();

/** `exportparts` as a map from inner to outer names. */
function exported(element: Element): Map<string, string> {
  const map = new Map<string, string>();
  for (const item of (element.getAttribute('exportparts') ?? '').split(',')) {
    const [inner, outer = inner] = item.split(':').map((s) => s.trim());
    if (inner) map.set(inner, outer);
  }
  return map;
}

const outside = (p: string) => (p === 'card' || p === 'start' || p === 'end' ? p : `card-${p}`);

describe('part lists', () => {
  it('match what the manifest documents for each element', () => {
    expect(partsOf('mission-activity-card')).to.deep.equal([...CARD_OWN_PARTS].sort());
    expect(partsOf('mission-contact-block')).to.deep.equal([...CONTACT_PARTS].sort());
    expect(partsOf('mission-sector-filter')).to.deep.equal([...FILTER_PARTS].sort());
    expect(TIMELINE_OWN_PARTS.every((p) => partsOf('mission-timeline').includes(p))).to.equal(true);
    expect(GRID_OWN_PARTS.every((p) => partsOf('mission-grid').includes(p))).to.equal(true);
  });

  it('make every card part reachable through a timeline and an agenda, as rendered', async () => {
    const el = await fixture<MissionAgenda>(html`<mission-agenda .feed=${structuredClone(feed)}></mission-agenda>`);
    if (el.shadowRoot!.querySelector('[part="loading"]')) await nextEvent(el, 'mission-load');
    await settle(el);
    const timeline = el.shadowRoot!.querySelector('mission-timeline')!;
    const card = timeline.shadowRoot!.querySelector('mission-activity-card')!;
    const [fromCard, fromTimeline] = [exported(card), exported(timeline)];
    // the contact block's parts as a card's details forward them
    const contactParts = CARD_CONTACT_EXPORTS.split(',').map((s) => s.split(':').pop()!.trim());
    for (const part of [...partsOf('mission-activity-card'), ...contactParts]) {
      const atTimeline = fromCard.get(part);
      expect(atTimeline, `mission-timeline::part(${outside(part)})`).to.equal(outside(part));
      expect(fromTimeline.get(atTimeline!), `mission-agenda::part(${outside(part)})`).to.equal(outside(part));
    }
    const filter = exported(el.shadowRoot!.querySelector('mission-sector-filter')!);
    for (const part of partsOf('mission-sector-filter')) expect(filter.get(part)).to.equal(`filter-${part}`);
  });

  it('style a card through mission-agenda::part() for the parts every card shows', async () => {
    const style = document.createElement('style');
    const always = ['card', 'start', 'end', 'time', 'zone', 'star', 'title', 'type', 'sectors', 'details-toggle'];
    style.textContent = always
      .map((p) => `mission-agenda::part(${outside(p)}) { outline-color: rgb(1, 2, 3); }`)
      .join('\n');
    document.head.append(style);
    try {
      const el = await fixture<MissionAgenda>(html`<mission-agenda .feed=${structuredClone(feed)}></mission-agenda>`);
      if (el.shadowRoot!.querySelector('[part="loading"]')) await nextEvent(el, 'mission-load');
      await settle(el);
      const card = deepQuery(el, 'mission-activity-card')!;
      for (const part of always) {
        const node = card.shadowRoot!.querySelector(`[part~="${part}"]`)!;
        expect(getComputedStyle(node).outlineColor, part).to.equal('rgb(1, 2, 3)');
      }
    } finally {
      style.remove();
    }
  });
});
