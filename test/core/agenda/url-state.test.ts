import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readUrlState, urlNamespace, writeUrlState } from '../../../src/core/agenda/url-state.js';

describe('url state', () => {
  it('namespaces parameters per agenda', () => {
    expect(urlNamespace(undefined)).to.equal('ma');
    expect(urlNamespace('chamber')).to.equal('ma-chamber');
    expect(urlNamespace('bad id!')).to.equal('ma');
  });

  it('writes sectors and zone, keeps the page’s own parameters, drops defaults', () => {
    const search = writeUrlState('?page=2', 'ma', { sectors: ['life-sciences', 'hightech-ai'], timeZone: 'local' });
    expect(search).to.equal('?page=2&ma.sectors=life-sciences%2Chightech-ai&ma.tz=local');
    expect(writeUrlState(search, 'ma', { sectors: [], timeZone: 'event' })).to.equal('?page=2');
  });

  it('keeps two agendas apart', () => {
    let search = writeUrlState('', 'ma', { sectors: ['a'] });
    search = writeUrlState(search, 'ma-b', { sectors: ['b'], timeZone: 'local' });
    expect(readUrlState(search, 'ma')).to.deep.equal({ sectors: ['a'] });
    expect(readUrlState(search, 'ma-b')).to.deep.equal({ sectors: ['b'], timeZone: 'local' });
  });

  it('ignores malformed values', () => {
    expect(readUrlState('?ma.sectors=ok,<script>,x&ma.tz=%3Cb%3E', 'ma')).to.deep.equal({ sectors: ['ok', 'x'] });
  });

  it('carries facets, search, my programme and a shared programme', () => {
    const state = {
      sectors: ['ai'],
      types: ['b2b', 'visit'],
      cities: ['sf'],
      days: ['2025-10-06'],
      query: 'café crème',
      mine: true,
      timeZone: 'local',
      share: 'bAAE',
    };
    const search = writeUrlState('', 'ma', state);
    expect(readUrlState(search, 'ma')).to.deep.equal(state);
    expect(readUrlState('?ma.days=2025-10-06,monday&ma.mine=yes', 'ma')).to.deep.equal({ days: ['2025-10-06'] });
  });

  it('round-trips any state (property)', () => {
    const id = fc.stringMatching(/^[\w.-]{1,20}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(id, { maxLength: 6 }),
        fc.constantFrom('local', 'Europe/Brussels', 'America/Los_Angeles', 'Etc/GMT+5'),
        fc.string(),
        (sectors, timeZone, other) => {
          const search = writeUrlState(`?other=${encodeURIComponent(other)}`, 'ma', { sectors, timeZone });
          const back = readUrlState(search, 'ma');
          return (
            JSON.stringify(back.sectors ?? []) === JSON.stringify(sectors) &&
            back.timeZone === timeZone &&
            new URLSearchParams(search).get('other') === other
          );
        },
      ),
    );
  });
});
