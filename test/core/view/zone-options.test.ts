import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/core/feed/validate.js';
import { translator } from '../../../src/core/i18n/index.js';
import { zoneOptions } from '../../../src/core/view/zone-options.js';
import feed from '../../../demo/feeds/bem-west-coast-2025.json' with { type: 'json' };
import { allCatalogues } from '../../../src/core/i18n/index.js';

// terms in French, Dutch and German: their catalogues are loaded on first use
await allCatalogues();

const programme = parseFeed(feed).programme!;
const LA = 'America/Los_Angeles';
const base = { zone: LA, eventZone: LA, localZone: 'Europe/Brussels', lang: 'en', choice: 'event' };
const values = (z: ReturnType<typeof zoneOptions>) => z.options.map((o) => o.value);

describe('zoneOptions', () => {
  it('offers event time and the visitor’s time, with the one in force', () => {
    const z = zoneOptions(programme, base, translator('en'));
    expect(values(z)).to.deep.equal(['event', 'local']);
    expect(z.current).to.equal('event');
    expect(z.options[0].label).to.contain('San Francisco');
    expect(z.options[1].label).to.contain('Brussels');
    expect(
      zoneOptions(programme, { ...base, zone: 'Europe/Brussels', choice: 'local' }, translator('en')).current,
    ).to.equal('local');
  });

  it('offers one option when the visitor is in the event zone', () => {
    const z = zoneOptions(programme, { ...base, localZone: LA }, translator('en'));
    expect(values(z)).to.deep.equal(['event']);
  });

  it('adds a zone the page chose by name when it is neither', () => {
    const z = zoneOptions(programme, { ...base, zone: 'Asia/Tokyo', choice: 'Asia/Tokyo' }, translator('en'));
    expect(values(z)).to.deep.equal(['event', 'local', 'Asia/Tokyo']);
    expect(z.current).to.equal('Asia/Tokyo');
    expect(z.options[2].label).to.contain('Tokyo');
  });
});

describe('zone labels in every language', () => {
  it('name the place in the page’s language and the UTC offset, the same way in en, fr, nl and de', () => {
    const labels = (lang: string) =>
      zoneOptions(programme, { ...base, lang }, translator(lang)).options.map((o) => [o.label, o.name]);
    expect(labels('en')).to.deep.equal([
      ['San Francisco time (UTC−7)', 'San Francisco time (UTC−7)'],
      ['Your time: Brussels (UTC+2)', 'Brussels time (UTC+2)'],
    ]);
    expect(labels('fr')).to.deep.equal([
      ['Heure de San Francisco (UTC−7)', 'heure de San Francisco (UTC−7)'],
      ['Votre heure\u00a0: Bruxelles (UTC+2)', 'heure de Bruxelles (UTC+2)'],
    ]);
    expect(labels('nl')[1][0]).to.equal('Uw tijd: Brussel (UTC+2)');
    expect(labels('de')[0][0]).to.equal('Ortszeit San Francisco (UTC−7)');
  });
});

describe('zoneOptions with two names for one zone', () => {
  it('offers no second, identical option when the browser names the mission’s zone differently', () => {
    const kolkata = { ...programme, mission: { ...programme.mission, timeZone: 'Asia/Kolkata' }, locations: [] };
    const z = zoneOptions(
      kolkata,
      { zone: 'Asia/Kolkata', eventZone: 'Asia/Kolkata', localZone: 'Asia/Calcutta', lang: 'en', choice: 'event' },
      translator('en'),
    );
    expect(z.options.map((o) => o.value)).to.deep.equal(['event']);
    expect(z.current).to.equal('event');
  });
});
