import { expect } from '@open-wc/testing';
import { utcOffset, zonePlace } from '../../../src/core/i18n/places.js';

describe('zone places and offsets', () => {
  it('name a zone’s city in the page’s language, else by its IANA city', () => {
    expect(['en', 'fr', 'nl', 'de', 'fr-BE'].map((l) => zonePlace('Europe/Brussels', l))).to.deep.equal([
      'Brussels',
      'Bruxelles',
      'Brussel',
      'Brüssel',
      'Bruxelles',
    ]);
    expect(zonePlace('America/Los_Angeles', 'fr')).to.equal('Los Angeles');
    expect(zonePlace('Europe/Vienna', 'de')).to.equal('Wien');
    expect(zonePlace('Europe/Vienna', 'en')).to.equal('Vienna');
    expect(zonePlace('UTC', 'nl')).to.equal('UTC');
  });

  it('write the offset in force at the instant, with a real minus sign and minutes only when there are some', () => {
    const oct6 = Date.UTC(2025, 9, 6, 16);
    const nov3 = Date.UTC(2025, 10, 3, 16);
    expect(utcOffset(oct6, 'America/Los_Angeles')).to.equal('UTC\u22127');
    expect(utcOffset(nov3, 'America/Los_Angeles')).to.equal('UTC\u22128');
    expect(utcOffset(oct6, 'Europe/Brussels')).to.equal('UTC+2');
    expect(utcOffset(oct6, 'Asia/Kolkata')).to.equal('UTC+5:30');
    expect(utcOffset(oct6, 'Asia/Kathmandu')).to.equal('UTC+5:45');
    expect(utcOffset(oct6, 'Etc/UTC')).to.equal('UTC');
  });
});
