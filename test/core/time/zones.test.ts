import { expect } from '@open-wc/testing';
import { offsetMinutes, resolveDisplayZone, sameZone, wallDateTime, zoneName } from '../../../src/core/time/zones.js';

describe('zones', () => {
  it('validates and canonicalises IANA names', () => {
    expect(zoneName('Europe/Brussels')).to.equal('Europe/Brussels');
    expect(zoneName('europe/brussels')).to.equal('Europe/Brussels');
    expect(zoneName('utc')).to.equal('UTC');
    expect(zoneName('Europe/Brusels')).to.equal(undefined);
    expect(zoneName('')).to.equal(undefined);
    expect(zoneName('+02:00')).to.not.equal('Europe/Brussels');
  });

  it("keeps a zone name as written instead of Intl's older spelling, and still validates it", () => {
    // Intl says Asia/Calcutta, Asia/Katmandu and Europe/Kiev for these.
    expect(zoneName('Asia/Kolkata')).to.equal('Asia/Kolkata');
    expect(zoneName(' Asia/Kathmandu ')).to.equal('Asia/Kathmandu');
    expect(zoneName('Europe/Kyiv')).to.equal('Europe/Kyiv');
    expect(zoneName('Asia/Calcutta')).to.equal('Asia/Calcutta');
    expect(zoneName('Etc/UTC')).to.equal('Etc/UTC');
    expect(zoneName('Asia/Kolkatta')).to.equal(undefined);
    expect(zoneName('x'.repeat(65))).to.equal(undefined);
    // Case fixed where Intl knows the name; an all-lower-case other name takes Intl's (case-correct) one.
    expect(zoneName('asia/tokyo')).to.equal('Asia/Tokyo');
    expect(zoneName('asia/kolkata')).to.equal('Asia/Calcutta');
  });

  it('tells when two names are one zone', () => {
    expect(sameZone('Asia/Kolkata', 'Asia/Calcutta')).to.equal(true);
    expect(sameZone('Asia/Kathmandu', 'asia/katmandu')).to.equal(true);
    expect(sameZone('UTC', 'Etc/UTC')).to.equal(true);
    expect(sameZone('Asia/Kolkata', 'Asia/Colombo')).to.equal(false);
    expect(sameZone('Mars/Olympus', 'Mars/Olympus')).to.equal(false);
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

  /** Counts the texts Intl formats while `read` runs; `rewrite` may change what `format` gives. */
  function countingIntl(read: () => void, rewrite = (text: string) => text): { formats: number; parts: number } {
    const proto = Intl.DateTimeFormat.prototype;
    const formatGetter = Object.getOwnPropertyDescriptor(proto, 'format')!;
    const formatToParts = proto.formatToParts;
    const counts = { formats: 0, parts: 0 };
    Object.defineProperty(proto, 'format', {
      configurable: true,
      get(this: Intl.DateTimeFormat) {
        const format = formatGetter.get!.call(this) as (date?: number | Date) => string;
        return (date?: number | Date) => {
          counts.formats++;
          return rewrite(format(date));
        };
      },
    });
    proto.formatToParts = function (this: Intl.DateTimeFormat, date) {
      counts.parts++;
      return formatToParts.call(this, date);
    };
    try {
      read();
    } finally {
      Object.defineProperty(proto, 'format', formatGetter);
      proto.formatToParts = formatToParts;
    }
    return counts;
  }

  it('reads the wall clock and the offset at an instant together, from one formatted text', () => {
    // 30 March 2025, 00:59:59 UTC: Brussels a second before it springs forward; Kathmandu at +05:45, UTC at zero
    const instant = Date.UTC(2025, 2, 30, 0, 59, 59);
    const counts = countingIntl(() => {
      expect(wallDateTime(instant, 'Europe/Brussels')).to.equal('2025-03-30T01:59:59');
      expect(offsetMinutes(instant, 'Europe/Brussels')).to.equal(60);
      expect(offsetMinutes(instant + 1000, 'Europe/Brussels')).to.equal(120);
      expect(wallDateTime(instant + 1000, 'Europe/Brussels')).to.equal('2025-03-30T03:00:00');
      expect(offsetMinutes(instant, 'Asia/Kathmandu')).to.equal(345);
      expect(wallDateTime(instant, 'Asia/Kathmandu')).to.equal('2025-03-30T06:44:59');
      expect(wallDateTime(instant, 'UTC')).to.equal('2025-03-30T00:59:59');
      expect(offsetMinutes(instant, 'UTC')).to.equal(0);
    });
    expect(counts).to.deep.equal({ formats: 4, parts: 0 });
  });

  it('reads the parts instead when Intl writes the text otherwise', () => {
    // 1 November 2026, 10:30 UTC: Los Angeles back on standard time an hour and a half ago, St John's at −03:30
    const instant = Date.UTC(2026, 10, 1, 10, 30);
    const counts = countingIntl(
      () => {
        expect(wallDateTime(instant, 'America/Los_Angeles')).to.equal('2026-11-01T02:30:00');
        expect(offsetMinutes(instant, 'America/Los_Angeles')).to.equal(-480);
        expect(offsetMinutes(instant, 'America/St_Johns')).to.equal(-210);
        expect(wallDateTime(instant, 'America/St_Johns')).to.equal('2026-11-01T07:00:00');
      },
      (text) => text.replace(', ', ' at '),
    );
    expect(counts).to.deep.equal({ formats: 2, parts: 2 });
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

  it('gives the mission zone as the feed spells it when the choice names the same zone', () => {
    // A browser in India reports Asia/Calcutta; the feed says Asia/Kolkata.
    expect(resolveDisplayZone('local', 'Asia/Kolkata', 'Asia/Calcutta')).to.equal('Asia/Kolkata');
    expect(resolveDisplayZone('Asia/Calcutta', 'Asia/Kolkata', 'Europe/Brussels')).to.equal('Asia/Kolkata');
    expect(resolveDisplayZone('Asia/Kathmandu', 'Asia/Kolkata', 'Europe/Brussels')).to.equal('Asia/Kathmandu');
    expect(resolveDisplayZone('local', 'Europe/Brussels', 'Asia/Kathmandu')).to.equal('Asia/Kathmandu');
  });
});
