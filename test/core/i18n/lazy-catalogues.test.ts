import { expect } from '@open-wc/testing';
import { loadCatalogues, term, translator } from '../../../src/core/i18n/index.js';
import { en } from '../../../src/core/i18n/translations/en.js';

// Each test file runs in a page of its own: here no catalogue but English has been loaded yet.
describe('catalogues loaded on first use', () => {
  it('reads English until a language is loaded, then that language, and never waits twice', async () => {
    expect(translator('fr-BE')).to.equal(en);
    expect(loadCatalogues(['en', 'en-GB', undefined, null, ''])).to.equal(undefined);
    const wait = loadCatalogues(['fr-BE', 'nl']);
    expect(wait).to.be.instanceOf(Promise);
    // asked again while on its way: the same load, not a second one
    const again = loadCatalogues(['fr']);
    expect(again).to.be.instanceOf(Promise);
    await wait;
    await again;
    expect(term('fr-BE', 'loading')).to.equal('Chargement du programme…');
    expect(term('nl', 'dayShift', 1)).to.equal('+1 dag');
    expect(loadCatalogues(['fr', 'nl-BE'])).to.equal(undefined);
    // German was not asked for
    expect(translator('de')).to.equal(en);
    expect(loadCatalogues(['es'])).to.equal(undefined);
  });
});
