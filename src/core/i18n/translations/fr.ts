import { counter, dashJoin as join, formatCount, shiftSign, splitHours } from '../helpers.js';
import type { Translation } from '../translation.js';

const count = counter('fr');

/** 'de San Francisco', 'd’Oakland', 'd’Anvers': the preposition before a place name, elided before a vowel sound. */
function de(place: string): string {
  return /^[aeiouyàâéèêëîïôöûüh]/iu.test(place) ? `d’${place}` : `de ${place}`;
}
/** French puts a no-break space before two-part punctuation and inside guillemets. */
const quote = (text: string): string => `«\u00a0${text}\u00a0»`;

function duration(hours: number): string {
  const { h, m } = splitHours(hours);
  const hh = count(h, 'heure', 'heures');
  const mm = count(m, 'minute', 'minutes');
  return m === 0 ? hh : h === 0 ? mm : `${hh} et ${mm}`;
}

function shiftLong(n: number): string {
  if (n === 1) return 'le lendemain';
  if (n === -1) return 'la veille';
  if (n === 0) return 'le même jour';
  return `${count(Math.abs(n), 'jour', 'jours')} ${n > 0 ? 'plus tard' : 'plus tôt'}`;
}

/** French, in the usage of Belgium (agenda, networking, À confirmer). */
export const fr: Translation = {
  loading: 'Chargement du programme…',
  programme: 'Programme',
  print: 'Imprimer',

  errorTitle: 'Impossible d’afficher le programme',
  errorFetch: 'Le flux du programme n’a pas pu être chargé.',
  errorNotJson: 'Le flux du programme n’est pas un JSON valide.',
  errorHttp: (status) => `Le flux du programme n’a pas pu être chargé (statut HTTP ${status}).`,
  errorTimeout: 'Le chargement du flux du programme a pris trop de temps.',
  errorUnusable: (reason) => `Le flux du programme est inutilisable\u00a0: ${reason}`,
  errorDetails: 'Détails techniques',
  retry: 'Réessayer',
  emptyProgramme: 'Le programme ne contient encore aucune activité.',
  activityUnusable: 'Cette activité ne peut pas être affichée.',
  emptyFiltered: 'Aucune activité ne correspond aux filtres choisis.',
  showAll: 'Tout afficher',

  dates: 'Dates',
  timesShownIn: (zone) => `Fuseau horaire\u00a0: ${zone}`,
  timeSwitchLabel: 'Heures affichées',
  zoneName: (place, offset) => `heure ${de(place)} (${offset})`,
  eventTime: (place, offset) => `Heure ${de(place)} (${offset})`,
  yourTime: (place, offset) => `Votre heure\u00a0: ${place} (${offset})`,

  otherTime: (time, place) => `${time} à ${place}`,
  dayShift: (n) => shiftSign(n) + count(Math.abs(n), 'jour', 'jours'),
  dayShiftLong: (n) => shiftLong(n),
  offsetChange: (hours, place, other) =>
    hours === 0
      ? `À partir d’aujourd’hui, ${place} et ${other} sont à la même heure`
      : `À partir d’aujourd’hui, ${place} a ${duration(hours)} ${hours > 0 ? 'd’avance' : 'de retard'} sur ${other}`,
  dayHeading: (day, city) => join(day, city),
  today: 'Aujourd’hui',
  now: 'Maintenant',
  happeningNow: 'En cours',
  next: 'À suivre',
  past: 'Terminé',
  programmeEnded: 'Ce programme est terminé. Ses activités restent listées ci-dessous.',
  jumpToNow: 'Aller à maintenant',
  parallelCount: (n) => count(n, 'session parallèle', 'sessions parallèles'),

  typeB2b: 'Rencontres B2B',
  typeSeminar: 'Séminaire',
  typeVisit: 'Visite d’entreprise',
  typeNetworking: 'Networking',
  typeOfficial: 'Programme officiel',
  typeReception: 'Réception',
  typeOther: 'Autre',
  statusConfirmed: 'Confirmé',
  statusTentative: 'À confirmer',
  statusCancelled: 'Annulé',

  details: 'Détails',
  close: 'Fermer',
  location: 'Ville',
  venue: 'Lieu',
  sectors: 'Secteurs',
  map: 'Carte',
  openMap: (venue) => `Voir ${venue} sur la carte`,
  website: 'Site web',
  moreInfo: 'Plus d’informations',
  addToCalendar: 'Ajouter à l’agenda',
  downloadIcs: 'Télécharger le fichier .ics',
  googleCalendar: 'Google Agenda',

  contact: 'Contact',
  contacts: 'Contacts',
  phone: 'Téléphone',
  email: 'E-mail',
  filterBySector: 'Filtrer par secteur',
  allSectors: 'Tous les secteurs',
  sectorCount: (name, n) => `${name} (${count(n, 'activité', 'activités')})`,
  activityCount: (n) => count(n, 'activité', 'activités'),
  trackCount: (n) => `${count(n, 'activité', 'activités')} dans ce parcours`,
  matchInDetails: 'Trouvé dans les détails',
  filtersAndTools: 'Filtres',
  showingCount: (shown, total) =>
    `${count(shown, 'activité affichée', 'activités affichées')} sur ${formatCount('fr', total)}`,

  searchLabel: 'Rechercher dans le programme',
  searchPlaceholder: 'Titre, entreprise, lieu…',
  noResults: (query) => `Aucun résultat pour ${quote(query)}`,
  addFavourite: 'Ajouter à mon programme',
  removeFavourite: 'Retirer de mon programme',
  myProgramme: 'Mon programme',
  myProgrammeEmpty: 'Votre programme est encore vide.',
  exportMyProgramme: 'Exporter mon programme (.ics)',
  shareMyProgramme: 'Partager mon programme',
  clash: (title) => `Chevauche ${quote(title)}`,
  linkCopied: 'Lien copié',
  sharedTitle: 'Ouvrir le programme partagé\u00a0?',
  sharedText: (n) =>
    `Ce lien contient un programme de ${count(n, 'activité', 'activités')}. Que faire de votre propre programme\u00a0?`,
  sharedKeep: 'Garder le mien',
  sharedReplace: 'Remplacer le mien',
  sharedMerge: 'Fusionner les deux',

  facetType: 'Type',
  facetCity: 'Ville',
  facetDay: 'Jour',
  clearFilters: 'Effacer les filtres',

  refreshFailed: (time) => `Mise à jour impossible — dernière version reçue à ${time}`,
  offlineCopy: (time) => `Copie hors ligne (${time})`,
  changesTitle: 'Ce qui a changé depuis votre dernière visite',
  changeNew: 'Nouveau',
  changeMoved: 'Déplacé',
  movedFrom: (old) => `précédemment\u00a0: ${old}`,
  changeCancelled: 'Annulé',
  dismiss: 'Masquer',

  gridOther: 'Autres',
  gridTime: (zone) => `Heure (${zone})`,
  gridContinues: 'Se poursuit',
  viewLabel: 'Affichage',
  viewList: 'Liste',
  viewGrid: 'Grille horaire',
  gridUnavailable: 'La grille horaire n’a pas pu être chargée ; le programme est affiché en liste.',
  detailsUnavailable: 'Les détails n’ont pas pu être chargés.',
  searchUnavailable:
    'La recherche n’a pas pu être chargée : le programme est affiché sans recherche. Retapez pour réessayer.',
  personalUnavailable:
    'Les liens partagés, les conflits d’horaire et les changements depuis votre dernière visite n’ont pas pu être chargés. Réessayez plus tard.',
  programmeTruncated: (n, day) =>
    `Ce programme est trop grand pour être affiché en entier : il s’arrête après le ${day} ; ${n} activités de plus ne sont pas affichées.`,
};
