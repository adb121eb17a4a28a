import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from '../../../src/core/feed/types.js';
import {
  ACTIVITY_STATUS_TERMS,
  ACTIVITY_TYPE_TERMS,
  allCatalogues,
  term,
  translator,
} from '../../../src/core/i18n/index.js';
import { splitHours } from '../../../src/core/i18n/helpers.js';

// French, Dutch and German are loaded on first use: all four, loaded, for the comparisons below
const TRANSLATIONS = await allCatalogues();

const MINUS = '\u2212';
const { en, fr, nl, de } = TRANSLATIONS;

describe('i18n terms', () => {
  describe('term() and translator()', () => {
    it('fall back from region to language to English', () => {
      expect(term('nl-BE', 'dayShift', 1)).to.equal('+1 dag');
      expect(term('FR_be', 'loading')).to.equal('Chargement du programme…');
      expect(term('es', 'loading')).to.equal('Loading the programme…');
      expect(term(undefined, 'close')).to.equal('Close');
      expect(translator('de-CH')).to.equal(de);
      expect(translator(null)).to.equal(en);
    });

    it('pass arguments to function terms', () => {
      expect(term('en', 'otherTime', '18:00', 'Brussels')).to.equal('18:00 in Brussels');
      expect(term('de', 'activityCount', 1)).to.equal('1 Programmpunkt');
    });

    it('name every activity type and status', () => {
      expect(Object.keys(ACTIVITY_TYPE_TERMS).sort()).to.deep.equal([...ACTIVITY_TYPES].sort());
      expect(Object.keys(ACTIVITY_STATUS_TERMS).sort()).to.deep.equal([...ACTIVITY_STATUSES].sort());
      expect(term('en', ACTIVITY_TYPE_TERMS.b2b)).to.equal('B2B meetings');
      expect(term('en', ACTIVITY_TYPE_TERMS.visit)).to.equal('Company visit');
      expect(term('fr', ACTIVITY_TYPE_TERMS.official)).to.equal('Programme officiel');
      expect(term('nl', ACTIVITY_STATUS_TERMS.tentative)).to.equal('Onder voorbehoud');
      expect(term('de', ACTIVITY_STATUS_TERMS.cancelled)).to.equal('Abgesagt');
    });
  });

  describe('day shifts', () => {
    it('write +1 / −1 with a real minus sign, in each language', () => {
      expect([en, fr, nl, de].map((t) => t.dayShift(1))).to.deep.equal(['+1 day', '+1 jour', '+1 dag', '+1 Tag']);
      expect([en, fr, nl, de].map((t) => t.dayShift(-2))).to.deep.equal([
        `${MINUS}2 days`,
        `${MINUS}2 jours`,
        `${MINUS}2 dagen`,
        `${MINUS}2 Tage`,
      ]);
      expect(en.dayShift(-1)).to.equal('\u22121 day');
      expect(en.dayShift(-1)).to.not.contain('-');
    });

    it('have accessible long forms', () => {
      expect([en.dayShiftLong(1), en.dayShiftLong(-1), en.dayShiftLong(2), en.dayShiftLong(-3)]).to.deep.equal([
        'next day',
        'previous day',
        '2 days later',
        '3 days earlier',
      ]);
      expect([fr.dayShiftLong(1), fr.dayShiftLong(-1)]).to.deep.equal(['le lendemain', 'la veille']);
      expect([nl.dayShiftLong(1), nl.dayShiftLong(-1)]).to.deep.equal(['de volgende dag', 'de dag ervoor']);
      expect([de.dayShiftLong(1), de.dayShiftLong(-2)]).to.deep.equal(['am Folgetag', '2 Tage früher']);
    });

    it('always carry the sign and the size of the shift', () => {
      fc.assert(
        fc.property(fc.integer({ min: -30, max: 30 }).filter(Boolean), fc.constantFrom(en, fr, nl, de), (n, t) => {
          const text = t.dayShift(n);
          expect(text.startsWith(n > 0 ? '+' : MINUS)).to.equal(true);
          expect(text.slice(1).split(' ')[0]).to.equal(String(Math.abs(n)));
        }),
      );
    });
  });

  it('place the other zone’s time', () => {
    expect(en.otherTime('18:00', 'Brussels')).to.equal('18:00 in Brussels');
    expect(fr.otherTime('18:00', 'Bruxelles')).to.equal('18:00 à Bruxelles');
    expect(nl.otherTime('18:00', 'Brussel')).to.equal('18:00 in Brussel');
    expect(de.otherTime('18:00', 'Brüssel')).to.equal('18:00 in Brüssel');
  });

  it('label the time switch options and day headings', () => {
    expect(en.eventTime('San Francisco', 'UTC−7')).to.equal('San Francisco time (UTC−7)');
    expect(fr.eventTime('San Francisco', 'UTC−7')).to.equal('Heure de San Francisco (UTC−7)');
    expect(fr.zoneName('Oakland', 'UTC−7')).to.equal('heure d’Oakland (UTC−7)');
    expect(nl.eventTime('San Francisco', 'UTC−7')).to.equal('Tijd in San Francisco (UTC−7)');
    expect(de.eventTime('San Francisco', 'UTC−7')).to.equal('Ortszeit San Francisco (UTC−7)');
    expect(en.yourTime('Brussels', 'UTC+2')).to.equal('Your time: Brussels (UTC+2)');
    expect(fr.yourTime('Bruxelles', 'UTC+2')).to.equal('Votre heure\u00a0: Bruxelles (UTC+2)');
    expect(en.dayHeading('Monday 6 October', 'San Francisco')).to.equal('Monday 6 October — San Francisco');
    expect(nl.dayHeading('maandag 6 oktober', '')).to.equal('maandag 6 oktober');
  });

  describe('plurals', () => {
    it('count activities in each language', () => {
      expect([en, fr, nl, de].map((t) => [t.activityCount(1), t.activityCount(2)])).to.deep.equal([
        ['1 activity', '2 activities'],
        ['1 activité', '2 activités'],
        ['1 activiteit', '2 activiteiten'],
        ['1 Programmpunkt', '2 Programmpunkte'],
      ]);
    });

    it('follow each locale’s rule for zero and large numbers', () => {
      expect(en.activityCount(0)).to.equal('0 activities');
      expect(fr.activityCount(0)).to.equal('0 activité'); // French: 0 takes the singular
      expect(en.activityCount(1000)).to.equal('1,000 activities');
      expect(nl.activityCount(1000)).to.equal('1.000 activiteiten');
      expect(fr.activityCount(1_000_000)).to.equal('1\u202f000\u202f000 activités'); // CLDR "many", not "one"
    });

    it('count shown among total', () => {
      expect(en.showingCount(12, 80)).to.equal('Showing 12 of 80 activities');
      expect(fr.showingCount(1, 80)).to.equal('1 activité affichée sur 80');
      expect(nl.showingCount(12, 80)).to.equal('12 van 80 activiteiten getoond');
      expect(de.showingCount(12, 80)).to.equal('12 von 80 Programmpunkten angezeigt');
    });

    it('count parallel sessions and sector activities', () => {
      expect(de.parallelCount(3)).to.equal('3 Parallelveranstaltungen');
      expect(en.sectorCount('Life sciences', 1)).to.equal('Life sciences (1 activity)');
    });
  });

  describe('offset changes', () => {
    it('say ahead or behind, in whole hours', () => {
      expect(en.offsetChange(8, 'Brussels', 'San Francisco')).to.equal(
        'From today, Brussels is 8 hours ahead of San Francisco',
      );
      expect(en.offsetChange(-9, 'San Francisco', 'Brussels')).to.equal(
        'From today, San Francisco is 9 hours behind Brussels',
      );
      expect(en.offsetChange(1, 'Brussels', 'London')).to.equal('From today, Brussels is 1 hour ahead of London');
      expect(fr.offsetChange(8, 'Bruxelles', 'San Francisco')).to.equal(
        'À partir d’aujourd’hui, Bruxelles a 8 heures d’avance sur San Francisco',
      );
      expect(nl.offsetChange(-8, 'San Francisco', 'Brussel')).to.equal(
        'Vanaf vandaag loopt San Francisco 8 uur achter op Brussel',
      );
      expect(de.offsetChange(8, 'Brüssel', 'San Francisco')).to.equal(
        'Ab heute ist es in Brüssel 8 Stunden später als in San Francisco',
      );
    });

    it('spell out fractional hours and equal time', () => {
      expect(en.offsetChange(5.75, 'Kathmandu', 'London')).to.equal(
        'From today, Kathmandu is 5 hours and 45 minutes ahead of London',
      );
      expect(en.offsetChange(-0.5, 'A', 'B')).to.equal('From today, A is 30 minutes behind B');
      expect(nl.offsetChange(1.5, 'A', 'B')).to.equal('Vanaf vandaag loopt A 1 uur en 30 minuten voor op B');
      expect(de.offsetChange(-1, 'A', 'B')).to.equal('Ab heute ist es in A 1 Stunde früher als in B');
      expect(en.offsetChange(0, 'Brussels', 'London')).to.equal('From today, Brussels and London are on the same time');
    });

    it('split hours into whole hours and minutes', () => {
      expect(splitHours(5.75)).to.deep.equal({ h: 5, m: 45 });
      expect(splitHours(-9.5)).to.deep.equal({ h: 9, m: 30 });
      fc.assert(
        fc.property(fc.integer({ min: -24 * 60, max: 24 * 60 }), (minutes) => {
          const { h, m } = splitHours(minutes / 60);
          expect(h * 60 + m).to.equal(Math.abs(minutes));
          expect(m).to.be.within(0, 59);
        }),
      );
    });
  });

  it('quote in each language’s style', () => {
    expect(en.clash('Opening')).to.equal('Overlaps with “Opening”');
    expect(fr.noResults('biotech')).to.equal('Aucun résultat pour «\u00a0biotech\u00a0»');
    expect(de.clash('Empfang')).to.equal('Überschneidet sich mit „Empfang“');
  });
});
