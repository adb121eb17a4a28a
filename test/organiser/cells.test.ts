import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  cellText,
  fractionTime,
  normaliseHeading,
  readDate,
  readList,
  readPhones,
  readTime,
  serialDate,
} from '../../src/organiser/cells.js';

const value = <T>(r: { ok: true; value: T } | { ok: false }) => (r.ok ? r.value : undefined);

/** Any existing calendar date from 1900-03-01 to 9999-12-31, as `YYYY-MM-DD` and its parts. */
const dates = fc
  .date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true })
  .map((d) => ({
    iso: d.toISOString().slice(0, 10),
    y: d.getUTCFullYear(),
    m: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    serial: Math.floor(
      (Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(1899, 11, 30)) / 864e5,
    ),
  }));

describe('organiser cells', () => {
  describe('readDate', () => {
    it('reads ISO text, day-first text, serials and date cells alike', () => {
      for (const cell of [
        '2025-10-06',
        ' 06/10/2025 ',
        '6/10/2025',
        '6.10.2025',
        '06-10-2025',
        '6/10/25',
        45936,
        '45936',
      ])
        expect(value(readDate(cell)), String(cell)).to.equal('2025-10-06');
      expect(value(readDate(new Date('2025-10-06T00:00:00Z')))).to.equal('2025-10-06');
      expect(value(readDate('2025-10-06T00:00:00.000Z'))).to.equal('2025-10-06');
    });

    it('refuses dates that do not exist and things that are not dates, saying what it found', () => {
      for (const cell of [
        '31/02/2025',
        '2025-13-01',
        'next Monday',
        '',
        0.5,
        45936.5,
        new Date('1899-12-30T09:00:00Z'),
      ])
        expect(readDate(cell).ok, String(cell)).to.equal(false);
      const bad = readDate('31/02/2025');
      expect(bad.ok ? '' : bad.problem.message).to.equal(
        '"31/02/2025" is not a date (write it as 2025-10-06 or 06/10/2025)',
      );
    });

    it('agrees with itself on every date: ISO, dd/mm/yyyy and the Excel serial give the same day', () => {
      fc.assert(
        fc.property(dates, ({ iso, y, m, d, serial }) => {
          expect(value(readDate(iso))).to.equal(iso);
          expect(value(readDate(`${d}/${m}/${y}`))).to.equal(iso);
          expect(serialDate(serial)).to.equal(iso);
          expect(value(readDate(serial))).to.equal(iso);
        }),
      );
    });
  });

  describe('readTime', () => {
    it('reads the ways offices write times', () => {
      const cases: [unknown, string][] = [
        ['09:00', '09:00'],
        ['9:00', '09:00'],
        [' 9.30 ', '09:30'],
        ['9h30', '09:30'],
        ['9u30', '09:30'],
        ['14h', '14:00'],
        ['9:00 AM', '09:00'],
        ['12:15 pm', '12:15'],
        ['12:15 a.m.', '00:15'],
        ['09:00:30', '09:00:30'],
        ['09:00-07:00', '09:00-07:00'],
        ['16:00Z', '16:00Z'],
        [0.375, '09:00'],
        ['0.75', '18:00'],
        [new Date('1899-12-30T21:45:00Z'), '21:45'],
        [new Date(Date.parse('1899-12-30T14:00:00Z') - 1), '14:00'],
      ];
      for (const [cell, want] of cases) expect(value(readTime(cell as string)), String(cell)).to.equal(want);
    });

    it('refuses times that are not on a clock', () => {
      for (const cell of ['25:00', '24:00', '9:60', '13:00 PM', 'noon', '9', 1.5, -0.1, '', '09:00+25:00'])
        expect(readTime(cell).ok, String(cell)).to.equal(false);
      const bad = readTime('25:00');
      expect(bad.ok ? '' : bad.problem.message).to.equal('"25:00" is not a time (write it as 09:00 or 14:30)');
    });

    it('reads back every minute of the day from its fraction and from its text', () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
          const hhmm = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
          expect(fractionTime((h * 60 + m) / 1440)).to.equal(hhmm);
          expect(value(readTime(`${h}:${String(m).padStart(2, '0')}`))).to.equal(hhmm);
        }),
      );
    });
  });

  it('cleans stray and non-breaking spaces', () => {
    expect(cellText('  Breakfast\u00a0\u00a0 briefing\t')).to.equal('Breakfast briefing');
    expect(cellText(null)).to.equal('');
    expect(cellText(12)).to.equal('12');
  });

  it('splits lists on ";", "," and line breaks, and phone numbers only on ";" and line breaks', () => {
    expect(readList(' life-sciences; cleantech , ai\n;')).to.deep.equal(['life-sciences', 'cleantech', 'ai']);
    expect(readPhones('+32 2 501 81 11; +1 (415) 555-0100\r\n+32 9 000')).to.deep.equal([
      '+32 2 501 81 11',
      '+1 (415) 555-0100',
      '+32 9 000',
    ]);
  });

  it('normalises headings the way authors vary them', () => {
    expect(normaliseHeading(' Title (FR) ')).to.equal('title_fr');
    expect(normaliseHeading('Start time (hh:mm)')).to.equal('start_time');
    expect(normaliseHeading('title_nl-BE')).to.equal('title_nl_be');
    expect(normaliseHeading('End date*')).to.equal('end_date');
    expect(normaliseHeading('time-zone')).to.equal('time_zone');
  });
});
