import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatInTimeZone } from 'date-fns-tz';
import {
  addDays,
  dateKey,
  daysBetween,
  formatDateRange,
  formatDay,
  formatTime,
  formatZoneName,
  toOffsetIso,
  wallClock,
} from '../../../src/core/time/format.js';
import { resolveDateTime } from '../../../src/core/time/resolve.js';
import { ZONES, anyInstant, inBrowserGap } from './zones-under-test.js';

/** ICU writes narrow no-break spaces in times ("9:00 AM"); compare with plain spaces. */
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

// 09:00 in Los Angeles on Monday 6 October 2025 = 16:00 UTC = 18:00 in Brussels.
const MEETING = Date.UTC(2025, 9, 6, 16);

describe('toOffsetIso', () => {
  it('writes the instant in the display zone with its offset', () => {
    expect(toOffsetIso(MEETING, 'Europe/Brussels')).to.equal('2025-10-06T18:00:00+02:00');
    expect(toOffsetIso(MEETING, 'America/Los_Angeles')).to.equal('2025-10-06T09:00:00-07:00');
    expect(toOffsetIso(MEETING, 'UTC')).to.equal('2025-10-06T16:00:00+00:00');
    expect(toOffsetIso(MEETING, 'Asia/Kolkata')).to.equal('2025-10-06T21:30:00+05:30');
    expect(toOffsetIso(MEETING, 'Asia/Kathmandu')).to.equal('2025-10-06T21:45:00+05:45');
    expect(toOffsetIso(MEETING, 'Pacific/Chatham')).to.equal('2025-10-07T05:45:00+13:45');
    expect(toOffsetIso(MEETING, 'America/St_Johns')).to.equal('2025-10-06T13:30:00-02:30');
  });

  it('follows the instant across the weeks when Brussels and California are 8 hours apart', () => {
    // 28 Oct 2025: Europe is on winter time, California still on summer time.
    const t = Date.UTC(2025, 9, 28, 17);
    expect(toOffsetIso(t, 'America/Los_Angeles')).to.equal('2025-10-28T10:00:00-07:00');
    expect(toOffsetIso(t, 'Europe/Brussels')).to.equal('2025-10-28T18:00:00+01:00');
  });

  it('is right where date-fns-tz formatInTimeZone is wrong: a wall time in the browser zone’s DST gap', () => {
    // 02:00 on 25 March 2012 in Kathmandu is 02:00 in Brussels' spring-forward gap; date-fns-tz writes 03:00.
    expect(toOffsetIso(1332620100000, 'Asia/Kathmandu')).to.equal('2012-03-25T02:00:00+05:45');
  });

  it('agrees with date-fns-tz outside the browser zone’s gaps and parses back to the same instant (property)', () => {
    fc.assert(
      fc.property(anyInstant, fc.constantFrom(...ZONES), (t, zone) => {
        const instant = Math.floor(t / 1000) * 1000;
        const iso = toOffsetIso(instant, zone);
        const back = resolveDateTime(iso, zone);
        const inLocalGap = inBrowserGap(iso);
        return (
          (inLocalGap || iso === formatInTimeZone(instant, zone, "yyyy-MM-dd'T'HH:mm:ssxxx")) &&
          Date.parse(iso) === instant &&
          back.kind === 'ok' &&
          back.instant === instant &&
          !back.offsetMismatch
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dateKey and wallClock', () => {
  it('moves an evening in Los Angeles to the next day in Brussels', () => {
    const evening = Date.UTC(2025, 9, 7, 4); // 21:00 PDT on 6 October
    expect(dateKey(evening, 'America/Los_Angeles')).to.equal('2025-10-06');
    expect(dateKey(evening, 'Europe/Brussels')).to.equal('2025-10-07');
    expect(wallClock(evening, 'Europe/Brussels')).to.equal('06:00');
    expect(dateKey(evening, 'Pacific/Pago_Pago')).to.equal('2025-10-06');
    expect(dateKey(evening, 'Pacific/Kiritimati')).to.equal('2025-10-07');
  });
});

describe('formatTime and formatZoneName', () => {
  it('uses the locale clock', () => {
    expect(formatTime(MEETING, 'Europe/Brussels', 'fr')).to.equal('18:00');
    expect(formatTime(MEETING, 'Europe/Brussels', 'nl')).to.equal('18:00');
    expect(formatTime(MEETING, 'Europe/Brussels', 'de')).to.equal('18:00');
    expect(plain(formatTime(MEETING, 'America/Los_Angeles', 'en-US'))).to.equal('9:00 AM');
    expect(formatTime(MEETING, 'America/Los_Angeles', 'en-GB')).to.equal('9:00');
  });

  it('names the zone as the locale does at that instant', () => {
    expect(formatZoneName(MEETING, 'America/Los_Angeles', 'en-US')).to.equal('PDT');
    expect(formatZoneName(Date.UTC(2025, 11, 1), 'America/Los_Angeles', 'en-US')).to.equal('PST');
    expect(formatZoneName(MEETING, 'Europe/Brussels', 'en-US')).to.equal('GMT+2');
    expect(formatZoneName(MEETING, 'Asia/Kathmandu', 'en-US')).to.equal('GMT+5:45');
    expect(formatZoneName(MEETING, 'America/Los_Angeles', 'en', 'longGeneric')).to.equal('Pacific Time');
  });
});

describe('day keys', () => {
  it('formats headings in each language', () => {
    expect(formatDay('2025-10-06', 'en-GB')).to.equal('Monday 6 October');
    expect(formatDay('2025-10-06', 'fr')).to.equal('lundi 6 octobre');
    expect(formatDay('2025-10-06', 'nl')).to.equal('maandag 6 oktober');
    expect(formatDay('2025-10-06', 'de')).to.equal('Montag, 6. Oktober');
    expect(formatDay('2025-10-06', 'en-GB', 'short')).to.equal('Mon 6 Oct');
  });

  it('formats date ranges', () => {
    expect(plain(formatDateRange('2025-10-05', '2025-10-10', 'en-GB'))).to.equal('5 – 10 October 2025');
    expect(plain(formatDateRange('2025-10-05', '2025-10-10', 'fr'))).to.equal('5–10 octobre 2025');
    expect(plain(formatDateRange('2025-10-05', '2025-10-05', 'en-GB'))).to.equal('5 October 2025');
  });

  it('does calendar arithmetic without zone drift', () => {
    expect(addDays('2025-10-26', 1)).to.equal('2025-10-27');
    expect(addDays('2024-02-28', 1)).to.equal('2024-02-29');
    expect(addDays('2025-01-01', -1)).to.equal('2024-12-31');
    expect(daysBetween('2025-10-05', '2025-10-10')).to.equal(5);
    expect(daysBetween('2025-10-10', '2025-10-05')).to.equal(-5);
    expect(daysBetween('2025-03-29', '2025-03-31')).to.equal(2);
  });
});
