import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cleared,
  EMPTY_FILTERS,
  fromUrl,
  hasVisitorFilters,
  toUrl,
  withFacet,
  withMine,
  withQuery,
  withSectors,
  type FacetName,
  type FilterState,
} from '../../../src/core/agenda/filter-state.js';
import { readUrlState, writeUrlState } from '../../../src/core/agenda/url-state.js';

describe('filter state', () => {
  it('switches facet values on and off, keeping the state when nothing changes', () => {
    const a = withFacet(EMPTY_FILTERS, 'types', 'b2b', true);
    expect([...a.facets.types]).to.deep.equal(['b2b']);
    expect(EMPTY_FILTERS.facets.types.size).to.equal(0); // never mutated
    expect(withFacet(a, 'types', 'b2b', true)).to.equal(a);
    expect(a.facets.cities).to.equal(EMPTY_FILTERS.facets.cities); // untouched facets keep their identity
    expect(withFacet(a, 'types', 'b2b', false).facets.types.size).to.equal(0);
    expect(withQuery(a, '')).to.equal(a);
    expect(withMine(a, false)).to.equal(a);
  });

  it('says when the visitor narrowed the programme; a locked track does not count', () => {
    expect(hasVisitorFilters(EMPTY_FILTERS, false)).to.equal(false);
    const track = withSectors(EMPTY_FILTERS, ['life']);
    expect(hasVisitorFilters(track, false)).to.equal(true);
    expect(hasVisitorFilters(track, true)).to.equal(false);
    expect(hasVisitorFilters(withQuery(EMPTY_FILTERS, '  '), false)).to.equal(false);
    expect(hasVisitorFilters(withQuery(EMPTY_FILTERS, 'port'), false)).to.equal(true);
    expect(hasVisitorFilters(withMine(EMPTY_FILTERS, true), false)).to.equal(true);
  });

  it('clears everything, keeping a locked track', () => {
    const busy = withMine(
      withQuery(withFacet(withSectors(EMPTY_FILTERS, ['life']), 'days', '2025-10-06', true), 'x'),
      true,
    );
    expect(cleared(busy, false)).to.equal(EMPTY_FILTERS);
    const kept = cleared(busy, true);
    expect([...kept.sectors]).to.deep.equal(['life']);
    expect(hasVisitorFilters(kept, true)).to.equal(false);
  });

  it('survives a round trip through a link', () => {
    const name = fc.stringMatching(/^[a-z][\w-]{0,10}$/);
    const facet = fc.constantFrom<FacetName>('types', 'cities', 'days');
    const day = fc.date({ min: new Date(2020, 0, 1), max: new Date(2030, 0, 1), noInvalidDate: true });
    fc.assert(
      fc.property(
        fc.uniqueArray(name, { maxLength: 3 }),
        fc.array(fc.tuple(facet, name, day), { maxLength: 4 }),
        fc.stringMatching(/^[a-z ]{0,12}$/),
        fc.boolean(),
        (sectors, facets, query, mine) => {
          let state: FilterState = withMine(withQuery(withSectors(EMPTY_FILTERS, sectors), query.trim()), mine);
          for (const [f, value, d] of facets) {
            state = withFacet(state, f, f === 'days' ? d.toISOString().slice(0, 10) : value, true);
          }
          const back = fromUrl(EMPTY_FILTERS, readUrlState(writeUrlState('', 'ma', toUrl(state)), 'ma'));
          expect(toUrl(back)).to.deep.equal(toUrl(state));
        },
      ),
    );
  });
});
