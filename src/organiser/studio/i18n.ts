/**
 * The studio's own words in English, French, Dutch and German (kept apart from the agenda's catalogues: visitors
 * never see these). Problem kinds get a title and a one-line fix; the converter's own messages are translated
 * from their code and the cell's content.
 */
import type { FindingKind } from '../findings.js';

export const STUDIO_LANGUAGES = ['en', 'fr', 'nl', 'de'] as const;
export type StudioLang = (typeof STUDIO_LANGUAGES)[number];

export interface StudioTerms {
  title: string;
  intro: string;
  privacy: string;
  language: string;
  load: string;
  drop: string;
  chooseFiles: string;
  chooseFolder: string;
  url: string;
  loadUrl: string;
  reading: (name: string) => string;
  unreadable: (reason: string) => string;
  findings: string;
  summary: (errors: number, warnings: number, activities: number) => string;
  allGood: string;
  error: string;
  warning: string;
  fix: string;
  preview: string;
  previewZone: string;
  missionZone: (zone: string) => string;
  visitorZone: string;
  gapChanges: string;
  gapChange: (date: string, before: string, after: string) => string;
  noGapChange: string;
  phone: string;
  desktop: string;
  options: string;
  optLang: string;
  optLangFeed: string;
  optSectors: string;
  optLock: string;
  optZone: string;
  zoneEvent: string;
  zoneLocal: string;
  optGroupBy: string;
  groupDay: string;
  groupMissionDay: string;
  optView: string;
  viewList: string;
  viewGrid: string;
  changes: string;
  changesIntro: string;
  publishedUrl: string;
  publishedFile: string;
  compare: string;
  unchanged: string;
  added: string;
  moved: string;
  cancelled: string;
  removed: string;
  retitled: string;
  publish: string;
  download: string;
  feedUrl: string;
  scriptUrl: string;
  frameUrl: string;
  scriptSnippet: string;
  frameSnippet: string;
  frameHelp: string;
  copy: string;
  copied: string;
  cors: string;
  noFeed: string;
  large: (activities: number) => string;
  showPreviews: string;
  kinds: Record<FindingKind, { title: string; fix: string }>;
  messages: Partial<Record<FindingKind, (value: string) => string>>;
}

const en: StudioTerms = {
  title: 'Check and preview a mission programme',
  intro:
    'Drop the programme spreadsheet, a folder of CSV files or a JSON feed: see its problems, how it will look, what changed, and the code for your page.',
  privacy: 'Nothing leaves your computer: the files are read in this page and sent nowhere.',
  language: 'Language',
  load: 'Programme',
  drop: 'Drop a spreadsheet (.xlsx), CSV files or a feed (.json) here',
  chooseFiles: 'Choose files…',
  chooseFolder: 'Choose a CSV folder…',
  url: 'or the address of a feed',
  loadUrl: 'Load',
  reading: (name) => `Reading ${name}…`,
  unreadable: (reason) => `This could not be read: ${reason}`,
  findings: 'Problems',
  summary: (e, w, a) =>
    `${a} ${a === 1 ? 'activity' : 'activities'} ready, ${e} ${e === 1 ? 'error' : 'errors'}, ${w} ${w === 1 ? 'warning' : 'warnings'}.`,
  allGood: 'No problems found.',
  error: 'Error',
  warning: 'Warning',
  fix: 'Fix',
  preview: 'Preview',
  previewZone: 'Show the times in',
  missionZone: (zone) => `the mission’s zone (${zone})`,
  visitorZone: 'a visitor’s zone',
  gapChanges: 'Days where the time difference changes',
  gapChange: (date, before, after) => `${date}: ${before} → ${after}`,
  noGapChange: 'The time difference stays the same during the mission.',
  phone: 'Phone',
  desktop: 'Desktop',
  options: 'Options of the embed',
  optLang: 'Language',
  optLangFeed: 'the visitor’s (or the feed’s)',
  optSectors: 'Show only these sectors',
  optLock: 'Hide the sector filter (a single track)',
  optZone: 'Times in',
  zoneEvent: 'the mission’s zone',
  zoneLocal: 'the visitor’s zone',
  optGroupBy: 'Days',
  groupDay: 'calendar days',
  groupMissionDay: 'mission days',
  optView: 'View',
  viewList: 'list',
  viewGrid: 'timetable',
  changes: 'Changes against the published feed',
  changesIntro: 'Compare with the feed visitors see now, by its address or a saved copy.',
  publishedUrl: 'Address of the published feed',
  publishedFile: 'or a saved copy',
  compare: 'Compare',
  unchanged: 'No activity was added, moved, cancelled, removed or retitled.',
  added: 'Added',
  moved: 'Moved',
  cancelled: 'Cancelled',
  removed: 'Removed',
  retitled: 'Retitled',
  publish: 'Publish',
  download: 'Download the feed (JSON)',
  feedUrl: 'Address where the feed will be published',
  scriptUrl: 'Address of mission-agenda.js',
  frameUrl: 'Address of embed/frame.html',
  scriptSnippet: 'Code for the page',
  frameSnippet: 'For a site that removes scripts: an iframe',
  frameHelp:
    'The iframe takes the height of the programme through the few script lines under it. If your site removes them too, the iframe keeps the fixed height and scrolls.',
  copy: 'Copy',
  copied: 'Copied',
  cors: 'If the feed is published on another domain than the page, its server must allow it with the header Access-Control-Allow-Origin (CORS).',
  noFeed: 'Load a programme to see it here.',
  large: (n) =>
    `${n} activities: the previews are shown on request, as building them takes a while and the page would not answer meanwhile.`,
  showPreviews: 'Show the previews',
  kinds: {
    'not-a-time': { title: 'Not a time', fix: 'Write the time as 09:00 or 14:30, or make the cell a time cell.' },
    'not-a-date': {
      title: 'Not a date',
      fix: 'Write the date as 2025-10-06 or 06/10/2025, or make the cell a date cell.',
    },
    missing: { title: 'Missing value', fix: 'Fill in this cell; the row is left out until then.' },
    'missing-column': {
      title: 'Missing column',
      fix: 'Add the column with this heading in the heading row (see the template).',
    },
    'no-sheet': { title: 'Missing sheet', fix: 'Add the sheet (or CSV file) with this name, as in the template.' },
    'no-headings': { title: 'No headings', fix: 'Keep the template’s heading row above the data.' },
    'unknown-column': {
      title: 'Unknown column',
      fix: 'Rename it to a heading of the template, or ignore this if it is a note.',
    },
    'repeated-column': { title: 'Column twice', fix: 'Delete or rename the second column.' },
    'second-mission': { title: 'Second mission row', fix: 'Keep one row in the Mission sheet.' },
    'end-before-start': {
      title: 'Ends before it starts',
      fix: 'Check the times; for an activity that ends the next day, fill in end_date.',
    },
    'time-gap': {
      title: 'Time that does not exist',
      fix: 'Clocks skip this hour that day; choose a time before or after.',
    },
    'time-twice': {
      title: 'Time that occurs twice',
      fix: 'Clocks go back that night; add the offset (e.g. 01:30-07:00) to choose.',
    },
    offset: { title: 'Offset and zone disagree', fix: 'Remove the offset, or give the activity the right time zone.' },
    'unknown-ref': {
      title: 'Unknown id',
      fix: 'Use an id from the other sheet (the drop-down lists them), or add it there.',
    },
    'duplicate-id': { title: 'Same id twice', fix: 'Give every row its own id.' },
    'missing-id': { title: 'No id', fix: 'Give the row a short unique code.' },
    'missing-title': { title: 'No title', fix: 'Fill in a title in at least one language.' },
    zone: { title: 'Unknown time zone', fix: 'Use a zone name such as Europe/Brussels or America/Los_Angeles.' },
    link: { title: 'Unusable link', fix: 'Write a full address starting with https://.' },
    colour: { title: 'Not a colour', fix: 'Write a colour as #2e7d32.' },
    phone: { title: 'Not a phone number', fix: 'Write it in international format: +32 2 501 81 11.' },
    email: { title: 'Not an e-mail address', fix: 'Check the address (name@example.org).' },
    'date-time': { title: 'Not a date and time', fix: 'Check the date and time cells.' },
    'unknown-value': { title: 'Unknown value', fix: 'Choose a value from the drop-down.' },
    'not-readable': { title: 'Not a programme', fix: 'Open the template, or export the sheets as .xlsx or CSV.' },
    other: { title: 'Problem', fix: 'Check this cell against the README sheet of the template.' },
  },
  messages: {
    'not-a-time': (v) => `${v} is not a time`,
    'not-a-date': (v) => `${v} is not a date`,
  },
};

const fr: StudioTerms = {
  ...en,
  title: 'Vérifier et prévisualiser le programme d’une mission',
  intro:
    'Déposez le tableur du programme, un dossier de fichiers CSV ou un flux JSON : voyez ses problèmes, son rendu, ce qui a changé, et le code pour votre page.',
  privacy: 'Rien ne quitte votre ordinateur : les fichiers sont lus dans cette page et envoyés nulle part.',
  language: 'Langue',
  load: 'Programme',
  drop: 'Déposez ici un tableur (.xlsx), des fichiers CSV ou un flux (.json)',
  chooseFiles: 'Choisir des fichiers…',
  chooseFolder: 'Choisir un dossier CSV…',
  url: 'ou l’adresse d’un flux',
  loadUrl: 'Charger',
  reading: (name) => `Lecture de ${name}…`,
  unreadable: (reason) => `Lecture impossible : ${reason}`,
  findings: 'Problèmes',
  summary: (e, w, a) =>
    // French uses the singular for 0 and 1
    `${a} ${a <= 1 ? 'activité prête' : 'activités prêtes'}, ${e} ${e <= 1 ? 'erreur' : 'erreurs'}, ${w} ${w <= 1 ? 'avertissement' : 'avertissements'}.`,
  allGood: 'Aucun problème.',
  error: 'Erreur',
  warning: 'Avertissement',
  fix: 'Correction',
  preview: 'Aperçu',
  previewZone: 'Afficher les heures dans',
  missionZone: (zone) => `le fuseau de la mission (${zone})`,
  visitorZone: 'le fuseau d’un visiteur',
  gapChanges: 'Jours où le décalage horaire change',
  noGapChange: 'Le décalage horaire reste le même pendant la mission.',
  phone: 'Téléphone',
  desktop: 'Ordinateur',
  options: 'Options de l’intégration',
  optLang: 'Langue',
  optLangFeed: 'celle du visiteur (ou du flux)',
  optSectors: 'N’afficher que ces secteurs',
  optLock: 'Masquer le filtre des secteurs (un seul parcours)',
  optZone: 'Heures dans',
  zoneEvent: 'le fuseau de la mission',
  zoneLocal: 'le fuseau du visiteur',
  optGroupBy: 'Jours',
  groupDay: 'jours du calendrier',
  groupMissionDay: 'jours de la mission',
  optView: 'Vue',
  viewList: 'liste',
  viewGrid: 'grille horaire',
  changes: 'Changements par rapport au flux publié',
  changesIntro: 'Comparez avec le flux que voient les visiteurs, par son adresse ou une copie enregistrée.',
  publishedUrl: 'Adresse du flux publié',
  publishedFile: 'ou une copie enregistrée',
  compare: 'Comparer',
  unchanged: 'Aucune activité ajoutée, déplacée, annulée, supprimée ou renommée.',
  added: 'Ajoutées',
  moved: 'Déplacées',
  cancelled: 'Annulées',
  removed: 'Supprimées',
  retitled: 'Renommées',
  publish: 'Publier',
  download: 'Télécharger le flux (JSON)',
  feedUrl: 'Adresse où le flux sera publié',
  scriptUrl: 'Adresse de mission-agenda.js',
  frameUrl: 'Adresse de embed/frame.html',
  scriptSnippet: 'Code pour la page',
  frameSnippet: 'Pour un site qui retire les scripts : une iframe',
  frameHelp:
    'L’iframe prend la hauteur du programme grâce aux quelques lignes de script en dessous. Si votre site les retire aussi, elle garde sa hauteur fixe et défile.',
  copy: 'Copier',
  copied: 'Copié',
  cors: 'Si le flux est publié sur un autre domaine que la page, son serveur doit l’autoriser avec l’en-tête Access-Control-Allow-Origin (CORS).',
  noFeed: 'Chargez un programme pour le voir ici.',
  large: (n) =>
    `${n} activités : les aperçus s’affichent sur demande, car les construire prend du temps et la page ne répondrait plus entre-temps.`,
  showPreviews: 'Afficher les aperçus',
  kinds: {
    'not-a-time': {
      title: 'Heure illisible',
      fix: 'Écrivez l’heure sous la forme 09:00 ou 14:30, ou utilisez une cellule heure.',
    },
    'not-a-date': {
      title: 'Date illisible',
      fix: 'Écrivez la date sous la forme 2025-10-06 ou 06/10/2025, ou utilisez une cellule date.',
    },
    missing: { title: 'Valeur manquante', fix: 'Remplissez cette cellule ; la ligne est ignorée d’ici là.' },
    'missing-column': {
      title: 'Colonne manquante',
      fix: 'Ajoutez la colonne avec cet intitulé dans la ligne d’en-tête (voir le modèle).',
    },
    'no-sheet': {
      title: 'Feuille manquante',
      fix: 'Ajoutez la feuille (ou le fichier CSV) de ce nom, comme dans le modèle.',
    },
    'no-headings': { title: 'Pas d’en-têtes', fix: 'Gardez la ligne d’en-tête du modèle au-dessus des données.' },
    'unknown-column': {
      title: 'Colonne inconnue',
      fix: 'Renommez-la selon le modèle, ou ignorez ceci s’il s’agit d’une note.',
    },
    'repeated-column': { title: 'Colonne en double', fix: 'Supprimez ou renommez la seconde colonne.' },
    'second-mission': { title: 'Seconde ligne de mission', fix: 'Gardez une seule ligne dans la feuille Mission.' },
    'end-before-start': {
      title: 'Se termine avant de commencer',
      fix: 'Vérifiez les heures ; pour une activité qui finit le lendemain, remplissez end_date.',
    },
    'time-gap': {
      title: 'Heure inexistante',
      fix: 'Cette heure est sautée au changement d’heure ; choisissez une heure avant ou après.',
    },
    'time-twice': {
      title: 'Heure ambiguë',
      fix: 'Cette heure existe deux fois ce jour-là ; ajoutez le décalage (ex. 01:30-07:00).',
    },
    offset: {
      title: 'Décalage et fuseau en désaccord',
      fix: 'Retirez le décalage, ou donnez le bon fuseau à l’activité.',
    },
    'unknown-ref': {
      title: 'Identifiant inconnu',
      fix: 'Utilisez un identifiant de l’autre feuille (la liste déroulante les propose), ou ajoutez-le.',
    },
    'duplicate-id': { title: 'Identifiant en double', fix: 'Donnez à chaque ligne son propre identifiant.' },
    'missing-id': { title: 'Pas d’identifiant', fix: 'Donnez à la ligne un code court et unique.' },
    'missing-title': { title: 'Pas de titre', fix: 'Remplissez un titre dans au moins une langue.' },
    zone: { title: 'Fuseau inconnu', fix: 'Utilisez un nom de fuseau comme Europe/Brussels ou America/Los_Angeles.' },
    link: { title: 'Lien inutilisable', fix: 'Écrivez une adresse complète commençant par https://.' },
    colour: { title: 'Couleur illisible', fix: 'Écrivez une couleur comme #2e7d32.' },
    phone: { title: 'Numéro illisible', fix: 'Écrivez-le au format international : +32 2 501 81 11.' },
    email: { title: 'Adresse e-mail illisible', fix: 'Vérifiez l’adresse (nom@exemple.be).' },
    'date-time': { title: 'Date et heure illisibles', fix: 'Vérifiez les cellules de date et d’heure.' },
    'unknown-value': { title: 'Valeur inconnue', fix: 'Choisissez une valeur dans la liste déroulante.' },
    'not-readable': { title: 'Pas un programme', fix: 'Partez du modèle, ou exportez les feuilles en .xlsx ou CSV.' },
    other: { title: 'Problème', fix: 'Vérifiez cette cellule selon la feuille README du modèle.' },
  },
  messages: {
    'not-a-time': (v) => `${v} n’est pas une heure`,
    'not-a-date': (v) => `${v} n’est pas une date`,
  },
};

const nl: StudioTerms = {
  ...en,
  title: 'Het programma van een missie controleren en bekijken',
  intro:
    'Sleep het programmabestand, een map met CSV-bestanden of een JSON-feed hierheen: zie de problemen, hoe het eruitziet, wat er veranderd is en de code voor je pagina.',
  privacy: 'Niets verlaat je computer: de bestanden worden in deze pagina gelezen en nergens heen gestuurd.',
  language: 'Taal',
  load: 'Programma',
  drop: 'Sleep hier een rekenblad (.xlsx), CSV-bestanden of een feed (.json)',
  chooseFiles: 'Bestanden kiezen…',
  chooseFolder: 'Een CSV-map kiezen…',
  url: 'of het adres van een feed',
  loadUrl: 'Laden',
  reading: (name) => `${name} wordt gelezen…`,
  unreadable: (reason) => `Dit kon niet gelezen worden: ${reason}`,
  findings: 'Problemen',
  summary: (e, w, a) =>
    `${a} ${a === 1 ? 'activiteit' : 'activiteiten'} klaar, ${e} ${e === 1 ? 'fout' : 'fouten'}, ${w} ${w === 1 ? 'waarschuwing' : 'waarschuwingen'}.`,
  allGood: 'Geen problemen gevonden.',
  error: 'Fout',
  warning: 'Waarschuwing',
  fix: 'Oplossing',
  preview: 'Voorbeeld',
  previewZone: 'Tijden tonen in',
  missionZone: (zone) => `de tijdzone van de missie (${zone})`,
  visitorZone: 'de tijdzone van een bezoeker',
  gapChanges: 'Dagen waarop het tijdsverschil verandert',
  noGapChange: 'Het tijdsverschil blijft gelijk tijdens de missie.',
  phone: 'Telefoon',
  desktop: 'Computer',
  options: 'Opties van de insluiting',
  optLang: 'Taal',
  optLangFeed: 'die van de bezoeker (of de feed)',
  optSectors: 'Alleen deze sectoren tonen',
  optLock: 'De sectorfilter verbergen (één traject)',
  optZone: 'Tijden in',
  zoneEvent: 'de tijdzone van de missie',
  zoneLocal: 'de tijdzone van de bezoeker',
  optGroupBy: 'Dagen',
  groupDay: 'kalenderdagen',
  groupMissionDay: 'missiedagen',
  optView: 'Weergave',
  viewList: 'lijst',
  viewGrid: 'tijdschema',
  changes: 'Wijzigingen tegenover de gepubliceerde feed',
  changesIntro: 'Vergelijk met de feed die bezoekers nu zien, via het adres of een bewaarde kopie.',
  publishedUrl: 'Adres van de gepubliceerde feed',
  publishedFile: 'of een bewaarde kopie',
  compare: 'Vergelijken',
  unchanged: 'Geen activiteit toegevoegd, verplaatst, geannuleerd, verwijderd of hernoemd.',
  added: 'Toegevoegd',
  moved: 'Verplaatst',
  cancelled: 'Geannuleerd',
  removed: 'Verwijderd',
  retitled: 'Hernoemd',
  publish: 'Publiceren',
  download: 'De feed downloaden (JSON)',
  feedUrl: 'Adres waar de feed gepubliceerd wordt',
  scriptUrl: 'Adres van mission-agenda.js',
  frameUrl: 'Adres van embed/frame.html',
  scriptSnippet: 'Code voor de pagina',
  frameSnippet: 'Voor een site die scripts verwijdert: een iframe',
  frameHelp:
    'Het iframe neemt de hoogte van het programma aan via de paar scriptregels eronder. Verwijdert je site die ook, dan houdt het iframe een vaste hoogte en scrolt het.',
  copy: 'Kopiëren',
  copied: 'Gekopieerd',
  cors: 'Staat de feed op een ander domein dan de pagina, dan moet de server hem toelaten met de header Access-Control-Allow-Origin (CORS).',
  noFeed: 'Laad een programma om het hier te zien.',
  large: (n) =>
    `${n} activiteiten: de voorbeelden verschijnen op verzoek, want ze opbouwen duurt even en de pagina zou intussen niet reageren.`,
  showPreviews: 'De voorbeelden tonen',
  kinds: {
    'not-a-time': { title: 'Geen tijd', fix: 'Schrijf de tijd als 09:00 of 14:30, of maak er een tijdcel van.' },
    'not-a-date': {
      title: 'Geen datum',
      fix: 'Schrijf de datum als 2025-10-06 of 06/10/2025, of maak er een datumcel van.',
    },
    missing: { title: 'Ontbrekende waarde', fix: 'Vul deze cel in; tot dan blijft de rij weg.' },
    'missing-column': {
      title: 'Ontbrekende kolom',
      fix: 'Voeg de kolom met deze titel toe aan de titelrij (zie het sjabloon).',
    },
    'no-sheet': {
      title: 'Ontbrekend blad',
      fix: 'Voeg het blad (of CSV-bestand) met deze naam toe, zoals in het sjabloon.',
    },
    'no-headings': { title: 'Geen titels', fix: 'Houd de titelrij van het sjabloon boven de gegevens.' },
    'unknown-column': {
      title: 'Onbekende kolom',
      fix: 'Geef ze een titel uit het sjabloon, of negeer dit als het een notitie is.',
    },
    'repeated-column': { title: 'Kolom dubbel', fix: 'Verwijder of hernoem de tweede kolom.' },
    'second-mission': { title: 'Tweede missierij', fix: 'Houd één rij in het blad Mission.' },
    'end-before-start': {
      title: 'Eindigt voor het begint',
      fix: 'Controleer de tijden; vul end_date in voor een activiteit die de volgende dag eindigt.',
    },
    'time-gap': { title: 'Tijd die niet bestaat', fix: 'De klok slaat dit uur over; kies een tijd ervoor of erna.' },
    'time-twice': {
      title: 'Tijd die twee keer voorkomt',
      fix: 'De klok gaat die nacht terug; voeg de afwijking toe (bv. 01:30-07:00).',
    },
    offset: {
      title: 'Afwijking en tijdzone verschillen',
      fix: 'Verwijder de afwijking, of geef de activiteit de juiste tijdzone.',
    },
    'unknown-ref': {
      title: 'Onbekende code',
      fix: 'Gebruik een code uit het andere blad (de keuzelijst toont ze), of voeg ze daar toe.',
    },
    'duplicate-id': { title: 'Code twee keer', fix: 'Geef elke rij een eigen code.' },
    'missing-id': { title: 'Geen code', fix: 'Geef de rij een korte, unieke code.' },
    'missing-title': { title: 'Geen titel', fix: 'Vul een titel in, in minstens één taal.' },
    zone: { title: 'Onbekende tijdzone', fix: 'Gebruik een naam zoals Europe/Brussels of America/Los_Angeles.' },
    link: { title: 'Onbruikbare link', fix: 'Schrijf een volledig adres dat begint met https://.' },
    colour: { title: 'Geen kleur', fix: 'Schrijf een kleur als #2e7d32.' },
    phone: { title: 'Geen telefoonnummer', fix: 'Schrijf het internationaal: +32 2 501 81 11.' },
    email: { title: 'Geen e-mailadres', fix: 'Controleer het adres (naam@voorbeeld.be).' },
    'date-time': { title: 'Geen datum en tijd', fix: 'Controleer de datum- en tijdcellen.' },
    'unknown-value': { title: 'Onbekende waarde', fix: 'Kies een waarde uit de keuzelijst.' },
    'not-readable': {
      title: 'Geen programma',
      fix: 'Vertrek van het sjabloon, of exporteer de bladen als .xlsx of CSV.',
    },
    other: { title: 'Probleem', fix: 'Controleer deze cel volgens het README-blad van het sjabloon.' },
  },
  messages: {
    'not-a-time': (v) => `${v} is geen tijd`,
    'not-a-date': (v) => `${v} is geen datum`,
  },
};

const de: StudioTerms = {
  ...en,
  title: 'Das Programm einer Mission prüfen und ansehen',
  intro:
    'Legen Sie die Programmtabelle, einen Ordner mit CSV-Dateien oder einen JSON-Feed hier ab: Sie sehen Probleme, die Darstellung, Änderungen und den Code für Ihre Seite.',
  privacy: 'Nichts verlässt Ihren Computer: Die Dateien werden in dieser Seite gelesen und nirgendwohin gesendet.',
  language: 'Sprache',
  load: 'Programm',
  drop: 'Tabelle (.xlsx), CSV-Dateien oder Feed (.json) hier ablegen',
  chooseFiles: 'Dateien wählen…',
  chooseFolder: 'CSV-Ordner wählen…',
  url: 'oder die Adresse eines Feeds',
  loadUrl: 'Laden',
  reading: (name) => `${name} wird gelesen…`,
  unreadable: (reason) => `Konnte nicht gelesen werden: ${reason}`,
  findings: 'Probleme',
  summary: (e, w, a) =>
    `${a} ${a === 1 ? 'Aktivität' : 'Aktivitäten'} bereit, ${e} ${e === 1 ? 'Fehler' : 'Fehler'}, ${w} ${w === 1 ? 'Warnung' : 'Warnungen'}.`,
  allGood: 'Keine Probleme gefunden.',
  error: 'Fehler',
  warning: 'Warnung',
  fix: 'Lösung',
  preview: 'Vorschau',
  previewZone: 'Zeiten anzeigen in',
  missionZone: (zone) => `der Zeitzone der Mission (${zone})`,
  visitorZone: 'der Zeitzone eines Besuchers',
  gapChanges: 'Tage, an denen sich der Zeitunterschied ändert',
  noGapChange: 'Der Zeitunterschied bleibt während der Mission gleich.',
  phone: 'Telefon',
  desktop: 'Computer',
  options: 'Optionen der Einbettung',
  optLang: 'Sprache',
  optLangFeed: 'die des Besuchers (oder des Feeds)',
  optSectors: 'Nur diese Branchen zeigen',
  optLock: 'Branchenfilter ausblenden (ein einziger Themenpfad)',
  optZone: 'Zeiten in',
  zoneEvent: 'der Zeitzone der Mission',
  zoneLocal: 'der Zeitzone des Besuchers',
  optGroupBy: 'Tage',
  groupDay: 'Kalendertage',
  groupMissionDay: 'Missionstage',
  optView: 'Ansicht',
  viewList: 'Liste',
  viewGrid: 'Zeitplan',
  changes: 'Änderungen gegenüber dem veröffentlichten Feed',
  changesIntro:
    'Vergleichen Sie mit dem Feed, den Besucher jetzt sehen, über seine Adresse oder eine gespeicherte Kopie.',
  publishedUrl: 'Adresse des veröffentlichten Feeds',
  publishedFile: 'oder eine gespeicherte Kopie',
  compare: 'Vergleichen',
  unchanged: 'Keine Aktivität hinzugefügt, verschoben, abgesagt, entfernt oder umbenannt.',
  added: 'Hinzugefügt',
  moved: 'Verschoben',
  cancelled: 'Abgesagt',
  removed: 'Entfernt',
  retitled: 'Umbenannt',
  publish: 'Veröffentlichen',
  download: 'Feed herunterladen (JSON)',
  feedUrl: 'Adresse, unter der der Feed veröffentlicht wird',
  scriptUrl: 'Adresse von mission-agenda.js',
  frameUrl: 'Adresse von embed/frame.html',
  scriptSnippet: 'Code für die Seite',
  frameSnippet: 'Für eine Website, die Skripte entfernt: ein iframe',
  frameHelp:
    'Das iframe übernimmt die Höhe des Programms über die Skriptzeilen darunter. Entfernt Ihre Website auch diese, behält es eine feste Höhe und scrollt.',
  copy: 'Kopieren',
  copied: 'Kopiert',
  cors: 'Liegt der Feed auf einer anderen Domain als die Seite, muss sein Server ihn mit dem Header Access-Control-Allow-Origin (CORS) freigeben.',
  noFeed: 'Laden Sie ein Programm, um es hier zu sehen.',
  large: (n) =>
    `${n} Aktivitäten: Die Vorschauen erscheinen auf Wunsch, da ihr Aufbau dauert und die Seite währenddessen nicht reagieren würde.`,
  showPreviews: 'Vorschauen anzeigen',
  kinds: {
    'not-a-time': {
      title: 'Keine Uhrzeit',
      fix: 'Schreiben Sie die Uhrzeit als 09:00 oder 14:30 oder nutzen Sie eine Zeitzelle.',
    },
    'not-a-date': {
      title: 'Kein Datum',
      fix: 'Schreiben Sie das Datum als 2025-10-06 oder 06/10/2025 oder nutzen Sie eine Datumszelle.',
    },
    missing: { title: 'Fehlender Wert', fix: 'Füllen Sie diese Zelle aus; bis dahin fehlt die Zeile.' },
    'missing-column': {
      title: 'Fehlende Spalte',
      fix: 'Fügen Sie die Spalte mit dieser Überschrift hinzu (siehe Vorlage).',
    },
    'no-sheet': {
      title: 'Fehlendes Blatt',
      fix: 'Fügen Sie das Blatt (oder die CSV-Datei) mit diesem Namen hinzu, wie in der Vorlage.',
    },
    'no-headings': {
      title: 'Keine Überschriften',
      fix: 'Behalten Sie die Überschriftenzeile der Vorlage über den Daten.',
    },
    'unknown-column': {
      title: 'Unbekannte Spalte',
      fix: 'Benennen Sie sie wie in der Vorlage, oder ignorieren Sie dies bei einer Notiz.',
    },
    'repeated-column': { title: 'Spalte doppelt', fix: 'Löschen oder benennen Sie die zweite Spalte um.' },
    'second-mission': { title: 'Zweite Missionszeile', fix: 'Behalten Sie eine Zeile im Blatt Mission.' },
    'end-before-start': {
      title: 'Endet vor dem Beginn',
      fix: 'Prüfen Sie die Zeiten; für ein Ende am Folgetag füllen Sie end_date aus.',
    },
    'time-gap': {
      title: 'Uhrzeit gibt es nicht',
      fix: 'Die Uhr überspringt diese Stunde; wählen Sie eine Zeit davor oder danach.',
    },
    'time-twice': {
      title: 'Uhrzeit gibt es zweimal',
      fix: 'Die Uhr wird zurückgestellt; geben Sie den Versatz an (z. B. 01:30-07:00).',
    },
    offset: {
      title: 'Versatz und Zeitzone widersprechen sich',
      fix: 'Entfernen Sie den Versatz oder geben Sie die richtige Zeitzone an.',
    },
    'unknown-ref': {
      title: 'Unbekannte Kennung',
      fix: 'Nutzen Sie eine Kennung aus dem anderen Blatt (die Auswahlliste zeigt sie) oder fügen Sie sie dort hinzu.',
    },
    'duplicate-id': { title: 'Kennung doppelt', fix: 'Geben Sie jeder Zeile eine eigene Kennung.' },
    'missing-id': { title: 'Keine Kennung', fix: 'Geben Sie der Zeile einen kurzen, eindeutigen Code.' },
    'missing-title': { title: 'Kein Titel', fix: 'Füllen Sie einen Titel in mindestens einer Sprache aus.' },
    zone: { title: 'Unbekannte Zeitzone', fix: 'Nutzen Sie einen Namen wie Europe/Brussels oder America/Los_Angeles.' },
    link: { title: 'Unbrauchbarer Link', fix: 'Schreiben Sie eine vollständige Adresse mit https://.' },
    colour: { title: 'Keine Farbe', fix: 'Schreiben Sie eine Farbe als #2e7d32.' },
    phone: { title: 'Keine Telefonnummer', fix: 'Schreiben Sie sie international: +32 2 501 81 11.' },
    email: { title: 'Keine E-Mail-Adresse', fix: 'Prüfen Sie die Adresse (name@beispiel.de).' },
    'date-time': { title: 'Kein Datum mit Uhrzeit', fix: 'Prüfen Sie die Datums- und Zeitzellen.' },
    'unknown-value': { title: 'Unbekannter Wert', fix: 'Wählen Sie einen Wert aus der Auswahlliste.' },
    'not-readable': {
      title: 'Kein Programm',
      fix: 'Gehen Sie von der Vorlage aus, oder exportieren Sie die Blätter als .xlsx oder CSV.',
    },
    other: { title: 'Problem', fix: 'Prüfen Sie diese Zelle anhand des README-Blatts der Vorlage.' },
  },
  messages: {
    'not-a-time': (v) => `${v} ist keine Uhrzeit`,
    'not-a-date': (v) => `${v} ist kein Datum`,
  },
};

export const TERMS: Readonly<Record<StudioLang, StudioTerms>> = { en, fr, nl, de };

/** The studio language for a BCP 47 tag (`nl-BE` → `nl`), English when it has none of the four. */
export function studioLang(tag: string | undefined): StudioLang {
  const primary = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (STUDIO_LANGUAGES as readonly string[]).includes(primary) ? (primary as StudioLang) : 'en';
}
