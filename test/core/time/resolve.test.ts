import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fromZonedTime } from 'date-fns-tz';
import { resolveDateTime } from '../../../src/core/time/resolve.js';
import { wallDateTime } from '../../../src/core/time/zones.js';
import { ZONES, anyInstant, inBrowserGap } from './zones-under-test.js';

const ok = (instant: number, ambiguous = false) => ({ kind: 'ok', instant, ambiguous });

describe('resolveDateTime', () => {
  it('resolves a wall time in the given zone', () => {
    // 09:00 PDT (UTC−7) = 16:00 UTC
    expect(resolveDateTime('2025-10-06T09:00', 'America/Los_Angeles')).to.deep.equal(ok(Date.UTC(2025, 9, 6, 16)));
    expect(resolveDateTime('2025-10-06T09:00:30', 'UTC')).to.deep.equal(ok(Date.UTC(2025, 9, 6, 9, 0, 30)));
  });

  it('resolves half- and quarter-hour zones', () => {
    expect(resolveDateTime('2025-10-06T09:00', 'Asia/Kolkata')).to.deep.equal(ok(Date.UTC(2025, 9, 6, 3, 30)));
    expect(resolveDateTime('2025-10-06T09:00', 'Asia/Kathmandu')).to.deep.equal(ok(Date.UTC(2025, 9, 6, 3, 15)));
    // Chatham summer time is UTC+13:45 from 28 Sep 2025.
    expect(resolveDateTime('2025-10-06T09:00', 'Pacific/Chatham')).to.deep.equal(ok(Date.UTC(2025, 9, 5, 19, 15)));
  });

  it('reports spring-forward gaps in both hemispheres', () => {
    expect(resolveDateTime('2025-03-09T02:30', 'America/Los_Angeles')).to.deep.equal({ kind: 'gap' });
    expect(resolveDateTime('2025-03-30T02:30', 'Europe/Brussels')).to.deep.equal({ kind: 'gap' });
    expect(resolveDateTime('2025-10-05T02:30', 'Australia/Sydney')).to.deep.equal({ kind: 'gap' });
    expect(resolveDateTime('2025-09-28T03:00', 'Pacific/Chatham')).to.deep.equal({ kind: 'gap' });
    // the minute before and the minute the clocks land on both exist
    expect(resolveDateTime('2025-03-09T01:59', 'America/Los_Angeles')).to.deep.equal(ok(Date.UTC(2025, 2, 9, 9, 59)));
    expect(resolveDateTime('2025-03-09T03:00', 'America/Los_Angeles')).to.deep.equal(ok(Date.UTC(2025, 2, 9, 10)));
  });

  it('takes the earlier instant of a fall-back overlap and flags it', () => {
    // 01:30 PDT (UTC−7), not 01:30 PST
    expect(resolveDateTime('2025-11-02T01:30', 'America/Los_Angeles')).to.deep.equal(
      ok(Date.UTC(2025, 10, 2, 8, 30), true),
    );
    // 02:30 CEST (UTC+2), not CET
    expect(resolveDateTime('2025-10-26T02:30', 'Europe/Brussels')).to.deep.equal(
      ok(Date.UTC(2025, 9, 26, 0, 30), true),
    );
    // 02:30 AEDT (UTC+11), not AEST
    expect(resolveDateTime('2025-04-06T02:30', 'Australia/Sydney')).to.deep.equal(
      ok(Date.UTC(2025, 3, 5, 15, 30), true),
    );
  });

  it('lets an offset disambiguate an overlap', () => {
    expect(resolveDateTime('2025-11-02T01:30-08:00', 'America/Los_Angeles')).to.deep.equal(
      ok(Date.UTC(2025, 10, 2, 9, 30)),
    );
  });

  it('accepts instants with an offset or Z and reports an offset that disagrees with the zone', () => {
    expect(resolveDateTime('2025-10-06T16:00:00Z', 'UTC')).to.deep.equal(ok(Date.UTC(2025, 9, 6, 16)));
    expect(resolveDateTime('2025-10-06T09:00-07:00', 'America/Los_Angeles')).to.deep.equal(
      ok(Date.UTC(2025, 9, 6, 16)),
    );
    expect(resolveDateTime('2025-10-06T09:00+02:00', 'America/Los_Angeles')).to.deep.equal({
      ...ok(Date.UTC(2025, 9, 6, 7)),
      offsetMismatch: { given: 120, expected: -420 },
    });
    expect(resolveDateTime('2025-10-06T09:00+05:45', 'Asia/Kathmandu')).to.deep.equal(ok(Date.UTC(2025, 9, 6, 3, 15)));
  });

  it('refuses malformed and impossible date-times', () => {
    for (const text of [
      '',
      '2025-10-06',
      '2025-10-06 09:00',
      '2025-10-06T9:00',
      '2025-02-30T10:00',
      '2025-04-31T10:00',
      '2025-10-06T24:00',
      '2025-10-06T09:60',
      '2025-10-06T09:00+2',
      '2025-10-06T09:00:00.1234',
    ]) {
      expect(resolveDateTime(text, 'Europe/Brussels'), text).to.deep.equal({ kind: 'invalid' });
    }
    expect(resolveDateTime(42 as unknown as string, 'UTC')).to.deep.equal({ kind: 'invalid' });
  });

  it('keeps leap days and milliseconds', () => {
    expect(resolveDateTime('2024-02-29T12:00:00.250', 'UTC')).to.deep.equal(ok(Date.UTC(2024, 1, 29, 12, 0, 0, 250)));
  });

  it('agrees with date-fns-tz fromZonedTime on unambiguous wall times (property)', () => {
    fc.assert(
      fc.property(anyInstant, fc.constantFrom(...ZONES), (t, zone) => {
        const wall = wallDateTime(Math.floor(t / 60_000) * 60_000, zone);
        const r = resolveDateTime(wall, zone);
        const inLocalGap = inBrowserGap(wall);
        return r.kind !== 'ok' || r.ambiguous || inLocalGap || r.instant === fromZonedTime(wall, zone).getTime();
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips the wall clock of any instant in any zone (property)', () => {
    fc.assert(
      fc.property(anyInstant, fc.constantFrom(...ZONES), (t, zone) => {
        const instant = Math.floor(t / 1000) * 1000;
        const wall = wallDateTime(instant, zone);
        const r = resolveDateTime(wall, zone);
        if (r.kind !== 'ok') return false;
        // the instant itself, or — in an overlap — the earlier reading of the same wall time
        return (
          wallDateTime(r.instant, zone) === wall && (r.instant === instant || (r.ambiguous && r.instant < instant))
        );
      }),
      { numRuns: 2000 },
    );
  });
});
