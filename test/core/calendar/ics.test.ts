import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { googleCalendarUrl, icsFileName, toIcs } from '../../../src/core/calendar/ics.js';
import { escapeText, foldLine } from '../../../src/core/calendar/ics-text.js';
import { makeActivity, makeLocation, makeSector, makeVenue } from '../agenda/builders.js';

const sf = makeLocation('sf', 'America/Los_Angeles', 'San Francisco');
const opts = { lang: 'fr', defaultLang: 'en', missionId: 'bem-2025', now: Date.UTC(2025, 8, 1, 8, 30, 15, 999) };
const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));

describe('toIcs', () => {
  it('writes a complete calendar with UTC times, stable UID, status, categories, in the requested language', () => {
    const a = makeActivity({
      id: 'a-001',
      title: { en: 'Biotech roundtable', fr: 'Table ronde biotech' },
      description: { en: 'Meet the investors.' },
      venue: makeVenue('v1', 'Moscone Center', '747 Howard St, San Francisco', sf),
      url: 'https://example.org/a?x=1,2',
      status: 'tentative',
      sectors: [makeSector('ls', 'Life sciences; biotech'), makeSector('ict', 'ICT')],
    });
    const ics = toIcs([a], { ...opts, calendarName: 'Mission, West Coast' });
    expect(ics).to.equal(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//mission-agenda//mission-agenda//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'NAME:Mission\\, West Coast',
        'X-WR-CALNAME:Mission\\, West Coast',
        'BEGIN:VEVENT',
        'UID:a-001@bem-2025.mission-agenda',
        'DTSTAMP:20250901T083015Z',
        'DTSTART:20251006T160000Z',
        'DTEND:20251006T173000Z',
        'SUMMARY:Table ronde biotech',
        'DESCRIPTION:Meet the investors.\\n\\nhttps://example.org/a?x=1\\,2',
        // the city is already in the address, so it is not repeated
        'LOCATION:Moscone Center\\, 747 Howard St\\, San Francisco',
        'URL:https://example.org/a?x=1,2',
        'STATUS:TENTATIVE',
        'CATEGORIES:Life sciences\\; biotech,ICT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
  });

  it('marks cancelled activities, uses the city alone without a venue, omits empty fields', () => {
    const ics = toIcs([makeActivity({ id: 'x', status: 'cancelled', location: sf })], {
      ...opts,
      productId: '-//X//Y//EN',
    });
    expect(ics).to.include('\r\nPRODID:-//X//Y//EN\r\n');
    expect(ics).to.include('\r\nSTATUS:CANCELLED\r\n');
    expect(ics).to.include('\r\nLOCATION:San Francisco\r\n');
    expect(ics).not.to.match(/DESCRIPTION|CATEGORIES|URL:|NAME:/);
  });

  it('folds a long title of emoji and accents at 75 octets without splitting a character', () => {
    const title = 'Économie 🇧🇪🚀 café, ' + 'é😀ü漢'.repeat(45); // > 200 characters, 1–4 octets each
    const ics = toIcs([makeActivity({ title: { en: title } })], opts);
    const physical = ics.split('\r\n');
    const summary = physical.findIndex((l) => l.startsWith('SUMMARY:'));
    expect(physical[summary + 1].startsWith(' ')).to.equal(true);
    for (const line of physical) {
      expect(octets(line)).to.be.at.most(75);
      // a fatal decoder throws on a broken UTF-8 sequence
      new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line));
      expect(line).not.to.match(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    const line = unfold(ics)
      .split('\r\n')
      .find((l) => l.startsWith('SUMMARY:'))!;
    expect(unescapeText(line.slice('SUMMARY:'.length))).to.equal(title);
  });

  it('escapes backslash, semicolon, comma and every newline convention; drops controls', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\u0007h\ti')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
    expect(escapeText('lone \uD83D surrogate')).to.equal('lone \uFFFD surrogate');
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
    // 74 ASCII + a 2-octet é does not fit: é opens the next line
    expect(foldLine(`${'x'.repeat(74)}é`)).to.equal(`${'x'.repeat(74)}\r\n é`);
  });

  it('always yields lines of at most 75 octets that unfold to the escaped text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 80 }), (title, id) => {
        const ics = toIcs([makeActivity({ id, title: { en: title } })], opts);
        expect(ics.endsWith('\r\n')).to.equal(true);
        for (const line of ics.slice(0, -2).split('\r\n')) expect(octets(line)).to.be.at.most(75);
        const summary = unfold(ics)
          .split('\r\n')
          .find((l) => l.startsWith('SUMMARY:'))!;
        expect(summary.slice('SUMMARY:'.length)).to.equal(escapeText(title));
      }),
    );
  });
});

describe('googleCalendarUrl', () => {
  it('writes UTC dates and percent-encodes the texts', () => {
    const a = makeActivity({
      title: { en: 'Lunch & learn: Café #1' },
      description: { en: 'Line 1\nLine 2' },
      venue: makeVenue('v', 'Ferry Building', undefined, sf),
    });
    expect(googleCalendarUrl(a, { lang: 'en' })).to.equal(
      'https://calendar.google.com/calendar/render?action=TEMPLATE' +
        '&text=Lunch%20%26%20learn%3A%20Caf%C3%A9%20%231' +
        '&dates=20251006T160000Z/20251006T173000Z' +
        '&details=Line%201%0ALine%202' +
        '&location=Ferry%20Building%2C%20San%20Francisco',
    );
  });

  it('omits empty details and location, survives lone surrogates and cuts very long details', () => {
    const bare = googleCalendarUrl(makeActivity({ title: { en: 'x\uD800' } }), { lang: 'en' });
    expect(bare).to.equal(
      'https://calendar.google.com/calendar/render?action=TEMPLATE&text=x%EF%BF%BD&dates=20251006T160000Z/20251006T173000Z',
    );
    const long = googleCalendarUrl(makeActivity({ description: { en: 'é'.repeat(5000) } }), { lang: 'en' });
    const details = decodeURIComponent(new URL(long).searchParams.get('details') ?? '');
    expect([...details].length).to.equal(1000);
    expect(details.endsWith('é…')).to.equal(true);
  });
});

describe('icsFileName', () => {
  it('keeps letters and digits of any script, lowercased, joined by dashes', () => {
    expect(icsFileName('Biotech Roundtable: SF / 2025')).to.equal('biotech-roundtable-sf-2025.ics');
    expect(icsFileName('  Économie & Café  ')).to.equal('économie-café.ics');
    expect(icsFileName('会议 东京')).to.equal('会议-东京.ics');
    expect(icsFileName('../../etc/passwd')).to.equal('etc-passwd.ics');
    expect(icsFileName('🚀 ***')).to.equal('event.ics');
    expect(icsFileName('a'.repeat(100))).to.equal(`${'a'.repeat(60)}.ics`);
  });
});
