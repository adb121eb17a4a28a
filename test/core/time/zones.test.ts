import { expect } from '@open-wc/testing';
import { canonicalZone, offsetMinutes, resolveDisplayZone } from '../../../src/core/time/zones.js';

describe('zones', () => {
  it('validates and canonicalises IANA names', () => {
    expect(canonicalZone('Europe/Brussels')).to.equal('Europe/Brussels');
    expect(canonicalZone('europe/brussels')).to.equal('Europe/Brussels');
    expect(canonicalZone('utc')).to.equal('UTC');
    expect(canonicalZone('Europe/Brusels')).to.equal(undefined);
    expect(canonicalZone('')).to.equal(undefined);
    expect(canonicalZone('+02:00')).to.not.equal('Europe/Brussels');
  });

  it('reads offsets in minutes, both hemispheres', () => {
    const july = Date.UTC(2025, 6, 1, 12);
    const january = Date.UTC(2025, 0, 15, 12);
    expect(offsetMinutes(july, 'Europe/Brussels')).to.equal(120);
    expect(offsetMinutes(january, 'Europe/Brussels')).to.equal(60);
    expect(offsetMinutes(july, 'America/Los_Angeles')).to.equal(-420);
    expect(offsetMinutes(july, 'Australia/Sydney')).to.equal(600);
    expect(offsetMinutes(january, 'Australia/Sydney')).to.equal(660);
    expect(offsetMinutes(july, 'Asia/Kathmandu')).to.equal(345);
    expect(offsetMinutes(july, 'America/St_Johns')).to.equal(-150);
    expect(offsetMinutes(january, 'Pacific/Chatham')).to.equal(825);
    expect(offsetMinutes(july, 'UTC')).to.equal(0);
  });

  it('resolves the display zone', () => {
    expect(resolveDisplayZone('event', 'America/Los_Angeles', 'Europe/Brussels')).to.equal('America/Los_Angeles');
    expect(resolveDisplayZone(undefined, 'America/Los_Angeles', 'Europe/Brussels')).to.equal('America/Los_Angeles');
    expect(resolveDisplayZone('local', 'America/Los_Angeles', 'Europe/Brussels')).to.equal('Europe/Brussels');
    expect(resolveDisplayZone('asia/tokyo', 'America/Los_Angeles', 'Europe/Brussels')).to.equal('Asia/Tokyo');
    expect(resolveDisplayZone('Mars/Olympus', 'America/Los_Angeles', 'Europe/Brussels')).to.equal(
      'America/Los_Angeles',
    );
  });
});
