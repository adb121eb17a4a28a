import { counter, dashJoin as join, formatCount, shiftSign, splitHours } from '../helpers.js';
import type { Translation } from '../translation.js';

const count = counter('de');

function duration(hours: number): string {
  const { h, m } = splitHours(hours);
  const hh = count(h, 'Stunde', 'Stunden');
  const mm = count(m, 'Minute', 'Minuten');
  return m === 0 ? hh : h === 0 ? mm : `${hh} und ${mm}`;
}

function shiftLong(n: number): string {
  if (n === 1) return 'am Folgetag';
  if (n === -1) return 'am Vortag';
  if (n === 0) return 'am selben Tag';
  return `${count(Math.abs(n), 'Tag', 'Tage')} ${n > 0 ? 'später' : 'früher'}`;
}

/** German, addressing the reader with 'Sie' (activities are 'Programmpunkte', sectors 'Branchen'). */
export const de: Translation = {
  loading: 'Programm wird geladen…',
  programme: 'Programm',
  print: 'Drucken',

  errorTitle: 'Das Programm kann nicht angezeigt werden',
  errorFetch: 'Der Programm-Feed konnte nicht geladen werden.',
  errorNotJson: 'Der Programm-Feed ist kein gültiges JSON.',
  errorHttp: (status) => `Der Programm-Feed konnte nicht geladen werden (HTTP-Status ${status}).`,
  errorTimeout: 'Zeitüberschreitung beim Laden des Programm-Feeds.',
  errorUnusable: (reason) => `Der Programm-Feed ist unbrauchbar: ${reason}`,
  errorDetails: 'Technische Details',
  retry: 'Erneut versuchen',
  emptyProgramme: 'Das Programm enthält noch keine Programmpunkte.',
  activityUnusable: 'Dieser Programmpunkt kann nicht angezeigt werden.',
  emptyFiltered: 'Keine Programmpunkte passen zu den gewählten Filtern.',
  showAll: 'Alle anzeigen',

  dates: 'Datum',
  timesShownIn: (zone) => `Zeitzone: ${zone}`,
  timeSwitchLabel: 'Uhrzeiten anzeigen in',
  zoneName: (place, offset) => `Ortszeit ${place} (${offset})`,
  eventTime: (place, offset) => `Ortszeit ${place} (${offset})`,
  yourTime: (place, offset) => `Ihre Zeit: ${place} (${offset})`,

  otherTime: (time, place) => `${time} in ${place}`,
  dayShift: (n) => shiftSign(n) + count(Math.abs(n), 'Tag', 'Tage'),
  dayShiftLong: (n) => shiftLong(n),
  offsetChange: (hours, place, other) =>
    hours === 0
      ? `Ab heute gilt in ${place} und ${other} dieselbe Uhrzeit`
      : `Ab heute ist es in ${place} ${duration(hours)} ${hours > 0 ? 'später' : 'früher'} als in ${other}`,
  dayHeading: (day, city) => join(day, city),
  today: 'Heute',
  now: 'Jetzt',
  happeningNow: 'Läuft gerade',
  next: 'Als Nächstes',
  past: 'Vorbei',
  programmeEnded: 'Dieses Programm ist beendet. Seine Programmpunkte bleiben unten aufgeführt.',
  jumpToNow: 'Zu jetzt springen',
  parallelCount: (n) => count(n, 'Parallelveranstaltung', 'Parallelveranstaltungen'),

  typeB2b: 'B2B-Gespräche',
  typeSeminar: 'Seminar',
  typeVisit: 'Firmenbesuch',
  typeNetworking: 'Networking',
  typeOfficial: 'Offizielles Programm',
  typeReception: 'Empfang',
  typeOther: 'Sonstiges',
  statusConfirmed: 'Bestätigt',
  statusTentative: 'Vorläufig',
  statusCancelled: 'Abgesagt',

  details: 'Details',
  close: 'Schließen',
  location: 'Ort',
  venue: 'Veranstaltungsort',
  sectors: 'Branchen',
  map: 'Karte',
  openMap: (venue) => `Karte für ${venue} öffnen`,
  website: 'Website',
  moreInfo: 'Weitere Informationen',
  addToCalendar: 'Zum Kalender hinzufügen',
  downloadIcs: '.ics herunterladen',
  googleCalendar: 'Google Kalender',

  contact: 'Kontakt',
  contacts: 'Kontakte',
  phone: 'Telefon',
  email: 'E-Mail',
  filterBySector: 'Nach Branche filtern',
  allSectors: 'Alle Branchen',
  sectorCount: (name, n) => `${name} (${count(n, 'Programmpunkt', 'Programmpunkte')})`,
  activityCount: (n) => count(n, 'Programmpunkt', 'Programmpunkte'),
  trackCount: (n) => `${count(n, 'Programmpunkt', 'Programmpunkte')} in diesem Themenbereich`,
  matchInDetails: 'In den Details gefunden',
  filtersAndTools: 'Filter',
  showingCount: (shown, total) =>
    `${formatCount('de', shown)} von ${count(total, 'Programmpunkt', 'Programmpunkten')} angezeigt`,

  searchLabel: 'Programm durchsuchen',
  searchPlaceholder: 'Titel, Unternehmen, Ort…',
  noResults: (query) => `Keine Treffer für „${query}“`,
  addFavourite: 'Zu meinem Programm hinzufügen',
  removeFavourite: 'Aus meinem Programm entfernen',
  myProgramme: 'Mein Programm',
  myProgrammeEmpty: 'Ihr Programm ist noch leer.',
  exportMyProgramme: 'Mein Programm exportieren (.ics)',
  shareMyProgramme: 'Mein Programm teilen',
  clash: (title) => `Überschneidet sich mit „${title}“`,
  linkCopied: 'Link kopiert',
  sharedTitle: 'Geteiltes Programm öffnen?',
  sharedText: (n) =>
    `Dieser Link enthält ein Programm mit ${count(n, 'Programmpunkt', 'Programmpunkten')}. Was soll mit Ihrem eigenen Programm geschehen?`,
  sharedKeep: 'Meines behalten',
  sharedReplace: 'Meines ersetzen',
  sharedMerge: 'Beide zusammenführen',

  facetType: 'Art',
  facetCity: 'Stadt',
  facetDay: 'Tag',
  clearFilters: 'Filter zurücksetzen',

  refreshFailed: (time) => `Aktualisierung fehlgeschlagen — angezeigt wird der Stand von ${time}`,
  offlineCopy: (time) => `Offline-Kopie, Stand ${time}`,
  changesTitle: 'Was sich seit Ihrem letzten Besuch geändert hat',
  changeNew: 'Neu',
  changeMoved: 'Verschoben',
  movedFrom: (old) => `zuvor ${old}`,
  changeCancelled: 'Abgesagt',
  dismiss: 'Ausblenden',

  gridOther: 'Sonstige',
  gridTime: (zone) => `Zeit (${zone})`,
  gridContinues: 'Geht weiter',
  viewLabel: 'Ansicht',
  viewList: 'Liste',
  viewGrid: 'Zeitplan',
  gridUnavailable: 'Der Zeitplan konnte nicht geladen werden; das Programm wird als Liste angezeigt.',
  detailsUnavailable: 'Die Details konnten nicht geladen werden.',
  searchUnavailable:
    'Die Suche konnte nicht geladen werden: Das Programm wird ohne Suche angezeigt. Tippen Sie erneut, um es noch einmal zu versuchen.',
  personalUnavailable:
    'Geteilte Links, Überschneidungen und Änderungen seit Ihrem letzten Besuch konnten nicht geladen werden. Versuchen Sie es später erneut.',
  programmeTruncated: (n, day) =>
    `Dieses Programm ist zu groß, um es ganz zu zeigen: Es endet nach ${day}; ${n} weitere Programmpunkte werden nicht angezeigt.`,
};
