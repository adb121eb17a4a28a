import { counter, dashJoin as join, formatCount, shiftSign, splitHours } from '../helpers.js';
import type { Translation } from '../translation.js';

const count = counter('nl');

function duration(hours: number): string {
  const { h, m } = splitHours(hours);
  // Dutch keeps 'uur' singular after a number: '1 uur', '8 uur'.
  const hh = `${formatCount('nl', h)} uur`;
  const mm = count(m, 'minuut', 'minuten');
  return m === 0 ? hh : h === 0 ? mm : `${hh} en ${mm}`;
}

function shiftLong(n: number): string {
  if (n === 1) return 'de volgende dag';
  if (n === -1) return 'de dag ervoor';
  if (n === 0) return 'dezelfde dag';
  return `${count(Math.abs(n), 'dag', 'dagen')} ${n > 0 ? 'later' : 'eerder'}`;
}

/** Dutch, in the usage of Flanders (seminarie, netwerkmoment, agenda), addressing the reader with 'u'. */
export const nl: Translation = {
  loading: 'Het programma wordt geladen…',
  programme: 'Programma',
  print: 'Afdrukken',

  errorTitle: 'Het programma kan niet worden getoond',
  errorFetch: 'De programmafeed kon niet worden geladen.',
  errorNotJson: 'De programmafeed is geen geldige JSON.',
  errorHttp: (status) => `De programmafeed kon niet worden geladen (HTTP-status ${status}).`,
  errorTimeout: 'Het laden van de programmafeed duurde te lang.',
  errorUnusable: (reason) => `De programmafeed is onbruikbaar: ${reason}`,
  errorDetails: 'Technische details',
  retry: 'Opnieuw proberen',
  emptyProgramme: 'Het programma bevat nog geen activiteiten.',
  activityUnusable: 'Deze activiteit kan niet worden getoond.',
  emptyFiltered: 'Geen enkele activiteit past bij de gekozen filters.',
  showAll: 'Alles tonen',

  dates: 'Datum',
  timesShownIn: (zone) => `Tijdzone: ${zone}`,
  timeSwitchLabel: 'Tijden tonen in',
  zoneName: (place, offset) => `tijd in ${place} (${offset})`,
  eventTime: (place, offset) => `Tijd in ${place} (${offset})`,
  yourTime: (place, offset) => `Uw tijd: ${place} (${offset})`,

  otherTime: (time, place) => `${time} in ${place}`,
  dayShift: (n) => shiftSign(n) + count(Math.abs(n), 'dag', 'dagen'),
  dayShiftLong: (n) => shiftLong(n),
  offsetChange: (hours, place, other) =>
    hours === 0
      ? `Vanaf vandaag hebben ${place} en ${other} dezelfde tijd`
      : `Vanaf vandaag loopt ${place} ${duration(hours)} ${hours > 0 ? 'voor' : 'achter'} op ${other}`,
  dayHeading: (day, city) => join(day, city),
  today: 'Vandaag',
  now: 'Nu',
  happeningNow: 'Nu bezig',
  next: 'Hierna',
  past: 'Voorbij',
  programmeEnded: 'Dit programma is afgelopen. De activiteiten blijven hieronder staan.',
  jumpToNow: 'Naar nu',
  parallelCount: (n) => count(n, 'parallelle sessie', 'parallelle sessies'),

  typeB2b: 'B2B-gesprekken',
  typeSeminar: 'Seminarie',
  typeVisit: 'Bedrijfsbezoek',
  typeNetworking: 'Netwerkmoment',
  typeOfficial: 'Officieel programma',
  typeReception: 'Receptie',
  typeOther: 'Andere',
  statusConfirmed: 'Bevestigd',
  statusTentative: 'Onder voorbehoud',
  statusCancelled: 'Geannuleerd',

  details: 'Details',
  close: 'Sluiten',
  location: 'Plaats',
  venue: 'Locatie',
  sectors: 'Sectoren',
  map: 'Kaart',
  openMap: (venue) => `Kaart van ${venue} openen`,
  website: 'Website',
  moreInfo: 'Meer informatie',
  addToCalendar: 'Toevoegen aan agenda',
  downloadIcs: '.ics downloaden',
  googleCalendar: 'Google Agenda',

  contact: 'Contact',
  contacts: 'Contactpersonen',
  phone: 'Telefoon',
  email: 'E-mail',
  filterBySector: 'Filteren op sector',
  allSectors: 'Alle sectoren',
  sectorCount: (name, n) => `${name} (${count(n, 'activiteit', 'activiteiten')})`,
  activityCount: (n) => count(n, 'activiteit', 'activiteiten'),
  trackCount: (n) => `${count(n, 'activiteit', 'activiteiten')} in dit traject`,
  matchInDetails: 'Gevonden in de details',
  filtersAndTools: 'Filters',
  showingCount: (shown, total) =>
    `${formatCount('nl', shown)} van ${count(total, 'activiteit', 'activiteiten')} getoond`,

  searchLabel: 'Zoeken in het programma',
  searchPlaceholder: 'Titel, bedrijf, locatie…',
  noResults: (query) => `Geen resultaten voor “${query}”`,
  addFavourite: 'Toevoegen aan mijn programma',
  removeFavourite: 'Verwijderen uit mijn programma',
  myProgramme: 'Mijn programma',
  myProgrammeEmpty: 'Uw programma is nog leeg.',
  exportMyProgramme: 'Mijn programma exporteren (.ics)',
  shareMyProgramme: 'Mijn programma delen',
  clash: (title) => `Overlapt met “${title}”`,
  linkCopied: 'Link gekopieerd',
  sharedTitle: 'Gedeeld programma openen?',
  sharedText: (n) =>
    `Deze link bevat een programma met ${count(n, 'activiteit', 'activiteiten')}. Wat moet er met uw eigen programma gebeuren?`,
  sharedKeep: 'Het mijne behouden',
  sharedReplace: 'Het mijne vervangen',
  sharedMerge: 'Beide samenvoegen',

  facetType: 'Type',
  facetCity: 'Stad',
  facetDay: 'Dag',
  clearFilters: 'Filters wissen',

  refreshFailed: (time) => `Bijwerken mislukt — u ziet het programma zoals het was om ${time}`,
  offlineCopy: (time) => `Offline kopie van ${time}`,
  changesTitle: 'Wat er veranderd is sinds uw vorige bezoek',
  changeNew: 'Nieuw',
  changeMoved: 'Verplaatst',
  movedFrom: (old) => `voorheen ${old}`,
  changeCancelled: 'Geannuleerd',
  dismiss: 'Verbergen',

  gridOther: 'Overige',
  gridTime: (zone) => `Tijd (${zone})`,
  gridContinues: 'Loopt door',
  viewLabel: 'Weergave',
  viewList: 'Lijst',
  viewGrid: 'Tijdschema',
  gridUnavailable: 'Het tijdschema kon niet worden geladen; het programma wordt als lijst getoond.',
  detailsUnavailable: 'De details konden niet worden geladen.',
  searchUnavailable:
    'Zoeken kon niet worden geladen: het programma wordt zonder zoekopdracht getoond. Typ opnieuw om het nog eens te proberen.',
  personalUnavailable:
    'Gedeelde links, overlappingen en wijzigingen sinds uw vorige bezoek konden niet worden geladen. Probeer het later opnieuw.',
  programmeTruncated: (n, day) =>
    `Dit programma is te groot om helemaal te tonen: het stopt na ${day}; nog ${n} activiteiten worden niet getoond.`,
};
