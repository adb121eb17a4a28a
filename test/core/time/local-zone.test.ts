import { expect } from '@open-wc/testing';
import { resolveDisplayZone } from '../../../src/core/time/zones.js';
import { dateKey } from '../../../src/core/time/format.js';

describe('local time with the browser zone (Brussels)', () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it('runs in a browser set to Brussels, so local-time tests mean something', () => {
    expect(browserZone).to.equal('Europe/Brussels');
  });

  it('shows an evening in Los Angeles on the next day in local time', () => {
    const zone = resolveDisplayZone('local', 'America/Los_Angeles', browserZone);
    expect(dateKey(Date.UTC(2025, 9, 7, 4), zone)).to.equal('2025-10-07');
  });
});
