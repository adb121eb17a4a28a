import { expect } from '@open-wc/testing';
import { resolveDisplayZone } from '../../../src/core/time/zones.js';
import { dateKey, toOffsetIso } from '../../../src/core/time/format.js';

describe('local time with the browser zone (Sydney)', () => {
  const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it('runs in a browser set to Sydney', () => {
    expect(browserZone).to.equal('Australia/Sydney');
  });

  it('shows a Los Angeles morning the same evening… of the next day in Sydney', () => {
    const zone = resolveDisplayZone('local', 'America/Los_Angeles', browserZone);
    // 09:00 PDT on 6 Oct = 16:00 UTC = 03:00 AEDT on 7 Oct (Sydney is on summer time from 5 Oct 2025)
    expect(toOffsetIso(Date.UTC(2025, 9, 6, 16), zone)).to.equal('2025-10-07T03:00:00+11:00');
    expect(dateKey(Date.UTC(2025, 9, 6, 16), zone)).to.equal('2025-10-07');
  });
});
