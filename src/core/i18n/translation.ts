/**
 * Every UI string of the library. Each catalogue in `translations/` is typed `Translation`, so a missing or
 * misspelt key is a type error. Counts and interpolations are functions; arguments are already formatted text
 * (times, days, place names in the visitor's language), except counts and hours, which are numbers.
 */
export interface Translation {
  // Agenda root and landmarks
  /** 'Loading the programme…' */
  loading: string;
  /** Accessible name of the programme landmark: 'Programme'. */
  programme: string;
  /** 'Print' */
  print: string;

  // Error panel
  /** Title of the error panel: 'The programme cannot be shown'. */
  errorTitle: string;
  /** 'The programme feed could not be loaded.' (network failure, CORS, …) */
  errorFetch: string;
  /** 'The programme feed is not valid JSON.' */
  errorNotJson: string;
  /** errorHttp(404) → 'The programme feed could not be loaded (HTTP status 404).' */
  errorHttp: (status: number) => string;
  /** 'Loading the programme feed timed out.' */
  errorTimeout: string;
  /** errorUnusable('unsupported version 2') → 'The programme feed cannot be used: unsupported version 2' */
  errorUnusable: (reason: string) => string;
  /** 'Technical details' (disclosure listing the issues) */
  errorDetails: string;
  /** 'Try again' */
  retry: string;

  // Empty states
  /** 'The programme has no activities yet.' */
  emptyProgramme: string;
  /** 'This activity cannot be shown.' (a card given an unusable activity; the problems follow) */
  activityUnusable: string;
  /** 'No activities match the current filters.' */
  emptyFiltered: string;
  /** Reset button of the empty state and the sector filter: 'Show all'. */
  showAll: string;

  // Header and time switch
  /** Label before the mission's date range: 'Dates'. */
  dates: string;
  /** timesShownIn('San Francisco time (UTC−7)') → 'Times shown in San Francisco time (UTC−7)' */
  timesShownIn: (zone: string) => string;
  /** Label of the event-time / your-time switch: 'Show times in'. */
  timeSwitchLabel: string;
  /**
   * The one way a zone is named, everywhere: its place in the page's language and its UTC offset.
   * zoneName('San Francisco', 'UTC−7') → 'San Francisco time (UTC−7)'; fr 'heure de San Francisco (UTC−7)'.
   */
  zoneName: (place: string, offset: string) => string;
  /** eventTime('San Francisco', 'UTC−7') → 'San Francisco time (UTC−7)': the switch's event option (capitalised). */
  eventTime: (place: string, offset: string) => string;
  /** yourTime('Brussels', 'UTC+2') → 'Your time: Brussels (UTC+2)': the switch's option for the visitor's zone. */
  yourTime: (place: string, offset: string) => string;

  // Timeline
  /** Secondary time line: otherTime('18:00', 'Brussels') → '18:00 in Brussels' */
  otherTime: (time: string, place: string) => string;
  /** Day badge: dayShift(1) → '+1 day', dayShift(-1) → '−1 day' (U+2212), dayShift(2) → '+2 days' */
  dayShift: (n: number) => string;
  /** Accessible form of the badge: 1 → 'next day', -1 → 'previous day', 2 → '2 days later', -2 → '2 days earlier' */
  dayShiftLong: (n: number) => string;
  /**
   * Note on the day the gap between two zones changes; `hours` = offset of `place` minus offset of `other`.
   * offsetChange(8, 'Brussels', 'San Francisco') → 'From today, Brussels is 8 hours ahead of San Francisco';
   * negative → 'behind'; 5.75 → '5 hours and 45 minutes'; 0 → '… Brussels and San Francisco are on the same time'.
   */
  offsetChange: (hours: number, place: string, other: string) => string;
  /** dayHeading('Monday 6 October', 'San Francisco') → 'Monday 6 October — San Francisco' (just the day if no city) */
  dayHeading: (day: string, city: string) => string;
  /** 'Today' */
  today: string;
  /** Now marker: 'Now'. */
  now: string;
  /** 'Happening now' */
  happeningNow: string;
  /** 'Next' */
  next: string;
  /** 'Past' */
  past: string;
  /** 'This programme has ended' (past activities stay listed below it) */
  programmeEnded: string;
  /** Button that scrolls to the current moment while the programme runs: 'Jump to now'. */
  jumpToNow: string;
  /** parallelCount(3) → '3 parallel sessions' (a time slot's label: '14:00 · 3 parallel sessions') */
  parallelCount: (n: number) => string;

  // Activity types and statuses
  /** 'B2B meetings' */
  typeB2b: string;
  /** 'Seminar' */
  typeSeminar: string;
  /** 'Company visit' */
  typeVisit: string;
  /** 'Networking' */
  typeNetworking: string;
  /** 'Official programme' */
  typeOfficial: string;
  /** 'Reception' */
  typeReception: string;
  /** 'Other' */
  typeOther: string;
  /** 'Confirmed' */
  statusConfirmed: string;
  /** 'Tentative' */
  statusTentative: string;
  /** 'Cancelled' */
  statusCancelled: string;

  // Activity card
  /** 'Details' */
  details: string;
  /** 'Close' */
  close: string;
  /** 'Location' */
  location: string;
  /** 'Venue' */
  venue: string;
  /** 'Sectors' */
  sectors: string;
  /** 'Map' */
  map: string;
  /** openMap('Moscone Center') → 'Open map of Moscone Center' */
  openMap: (venue: string) => string;
  /** 'Website' */
  website: string;
  /** 'More information' */
  moreInfo: string;
  /** 'Add to calendar' */
  addToCalendar: string;
  /** 'Download .ics' */
  downloadIcs: string;
  /** 'Google Calendar' */
  googleCalendar: string;

  // Contacts
  /** 'Contact' */
  contact: string;
  /** 'Contacts' */
  contacts: string;
  /** 'Phone' */
  phone: string;
  /** 'E-mail' */
  email: string;

  // Sector filter and counts
  /** 'Filter by sector' */
  filterBySector: string;
  /** 'All sectors' */
  allSectors: string;
  /** sectorCount('Life sciences', 12) → 'Life sciences (12 activities)' */
  sectorCount: (name: string, n: number) => string;
  /** activityCount(1) → '1 activity', activityCount(12) → '12 activities' */
  activityCount: (n: number) => string;
  /** A locked track with nothing else filtered: trackCount(11) → '11 activities in this track' */
  trackCount: (n: number) => string;
  /** A search that matched only text the card does not show: 'Found in the description' */
  matchInDetails: string;
  /** The phone's disclosure of filters and tools: 'Filters'. */
  filtersAndTools: string;
  /** showingCount(12, 80) → 'Showing 12 of 80 activities' */
  showingCount: (shown: number, total: number) => string;

  // Search
  /** Label of the search field: 'Search the programme'. */
  searchLabel: string;
  /** 'Title, company, venue…' */
  searchPlaceholder: string;
  /** noResults('biotech') → 'No results for “biotech”' */
  noResults: (query: string) => string;

  // Favourites ("My programme")
  /** 'Add to my programme' */
  addFavourite: string;
  /** 'Remove from my programme' */
  removeFavourite: string;
  /** 'My programme' */
  myProgramme: string;
  /** 'Your programme is still empty.' */
  myProgrammeEmpty: string;
  /** 'Export my programme (.ics)' */
  exportMyProgramme: string;
  /** 'Share my programme' */
  shareMyProgramme: string;
  /** clash('Opening seminar') → 'Overlaps with “Opening seminar”' */
  clash: (title: string) => string;
  /** 'Link copied' */
  linkCopied: string;
  /** 'Open shared programme?' */
  sharedTitle: string;
  /** sharedText(4) → 'This link contains a programme of 4 activities. What should happen to your own programme?' */
  sharedText: (n: number) => string;
  /** 'Keep mine' */
  sharedKeep: string;
  /** 'Replace mine' */
  sharedReplace: string;
  /** 'Merge both' */
  sharedMerge: string;

  // Facets
  /** 'Type' */
  facetType: string;
  /** 'City' */
  facetCity: string;
  /** 'Day' */
  facetDay: string;
  /** 'Clear filters' */
  clearFilters: string;

  // Refresh notices
  /** refreshFailed('14:05') → 'Could not update — showing the programme as of 14:05' */
  refreshFailed: (time: string) => string;
  /** offlineCopy('14:05') → 'Offline copy from 14:05' */
  offlineCopy: (time: string) => string;

  // Change awareness
  /** 'What changed since your last visit' */
  changesTitle: string;
  /** 'New' */
  changeNew: string;
  /** 'Moved' */
  changeMoved: string;
  /** movedFrom('Tue 7 Oct, 09:00') → 'was Tue 7 Oct, 09:00' */
  movedFrom: (old: string) => string;
  /** 'Cancelled' */
  changeCancelled: string;
  /** 'Dismiss' */
  dismiss: string;

  // Timetable grid
  /** 'Other' — the column of activities without a venue, sector or city */
  gridOther: string;
  /** gridTime('CET') → 'Time (CET)' — heading of the time column */
  gridTime: (zone: string) => string;
  /** 'Continues' — an activity going on past the day's last hour line */
  gridContinues: string;
  /** 'View' — label of the list / timetable switch */
  viewLabel: string;
  /** 'List' */
  viewList: string;
  /** 'Timetable' */
  viewGrid: string;
  /** 'The timetable could not be loaded; the programme is shown as a list.' */
  gridUnavailable: string;
  /** 'The details could not be loaded.' (their code is loaded when a card first opens them, and that failed) */
  detailsUnavailable: string;
  /** 'Search could not be loaded: …' (its code is loaded for the first query, and that failed; the query is set aside) */
  searchUnavailable: string;
  /** 'Shared links, clash notes and changes … could not be loaded.' (their code is loaded on demand, and that failed) */
  personalUnavailable: string;
  /** programmeTruncated(1000, 'Tuesday 16 February') — a programme too large to show whole */
  programmeTruncated: (omitted: number, lastDay: string) => string;
}
