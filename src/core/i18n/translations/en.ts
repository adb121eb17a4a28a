import { counter, dashJoin as join, formatCount, shiftSign, splitHours } from '../helpers.js';
import type { Translation } from '../translation.js';

const count = counter('en');

function duration(hours: number): string {
  const { h, m } = splitHours(hours);
  const hh = count(h, 'hour', 'hours');
  const mm = count(m, 'minute', 'minutes');
  return m === 0 ? hh : h === 0 ? mm : `${hh} and ${mm}`;
}

function shiftLong(n: number): string {
  if (n === 1) return 'next day';
  if (n === -1) return 'previous day';
  if (n === 0) return 'same day';
  return `${count(Math.abs(n), 'day', 'days')} ${n > 0 ? 'later' : 'earlier'}`;
}

/** English (the fallback catalogue). */
export const en: Translation = {
  loading: 'Loading the programme…',
  programme: 'Programme',
  print: 'Print',

  errorTitle: 'The programme cannot be shown',
  errorFetch: 'The programme feed could not be loaded.',
  errorNotJson: 'The programme feed is not valid JSON.',
  errorHttp: (status) => `The programme feed could not be loaded (HTTP status ${status}).`,
  errorTimeout: 'Loading the programme feed timed out.',
  errorUnusable: (reason) => `The programme feed cannot be used: ${reason}`,
  errorDetails: 'Technical details',
  retry: 'Try again',
  emptyProgramme: 'The programme has no activities yet.',
  activityUnusable: 'This activity cannot be shown.',
  emptyFiltered: 'No activities match the current filters.',
  showAll: 'Show all',

  dates: 'Dates',
  timesShownIn: (zone) => `Times shown in ${zone}`,
  timeSwitchLabel: 'Show times in',
  zoneName: (place, offset) => `${place} time (${offset})`,
  eventTime: (place, offset) => `${place} time (${offset})`,
  yourTime: (place, offset) => `Your time: ${place} (${offset})`,

  otherTime: (time, place) => `${time} in ${place}`,
  dayShift: (n) => shiftSign(n) + count(Math.abs(n), 'day', 'days'),
  dayShiftLong: (n) => shiftLong(n),
  offsetChange: (hours, place, other) =>
    hours === 0
      ? `From today, ${place} and ${other} are on the same time`
      : `From today, ${place} is ${duration(hours)} ${hours > 0 ? 'ahead of' : 'behind'} ${other}`,
  dayHeading: (day, city) => join(day, city),
  today: 'Today',
  now: 'Now',
  happeningNow: 'Happening now',
  next: 'Next',
  past: 'Past',
  programmeEnded: 'This programme has ended. Its activities stay listed below.',
  jumpToNow: 'Jump to now',
  parallelCount: (n) => count(n, 'parallel session', 'parallel sessions'),

  typeB2b: 'B2B meetings',
  typeSeminar: 'Seminar',
  typeVisit: 'Company visit',
  typeNetworking: 'Networking',
  typeOfficial: 'Official programme',
  typeReception: 'Reception',
  typeOther: 'Other',
  statusConfirmed: 'Confirmed',
  statusTentative: 'Tentative',
  statusCancelled: 'Cancelled',

  details: 'Details',
  close: 'Close',
  location: 'Location',
  venue: 'Venue',
  sectors: 'Sectors',
  map: 'Map',
  openMap: (venue) => `Open map of ${venue}`,
  website: 'Website',
  moreInfo: 'More information',
  addToCalendar: 'Add to calendar',
  downloadIcs: 'Download .ics',
  googleCalendar: 'Google Calendar',

  contact: 'Contact',
  contacts: 'Contacts',
  phone: 'Phone',
  email: 'E-mail',
  filterBySector: 'Filter by sector',
  allSectors: 'All sectors',
  sectorCount: (name, n) => `${name} (${count(n, 'activity', 'activities')})`,
  activityCount: (n) => count(n, 'activity', 'activities'),
  trackCount: (n) => `${count(n, 'activity', 'activities')} in this track`,
  matchInDetails: 'Found in the details',
  filtersAndTools: 'Filters',
  showingCount: (shown, total) => `Showing ${formatCount('en', shown)} of ${count(total, 'activity', 'activities')}`,

  searchLabel: 'Search the programme',
  searchPlaceholder: 'Title, company, venue…',
  noResults: (query) => `No results for “${query}”`,
  addFavourite: 'Add to my programme',
  removeFavourite: 'Remove from my programme',
  myProgramme: 'My programme',
  myProgrammeEmpty: 'Your programme is still empty.',
  exportMyProgramme: 'Export my programme (.ics)',
  shareMyProgramme: 'Share my programme',
  clash: (title) => `Overlaps with “${title}”`,
  linkCopied: 'Link copied',
  sharedTitle: 'Open shared programme?',
  sharedText: (n) =>
    `This link contains a programme of ${count(n, 'activity', 'activities')}. What should happen to your own programme?`,
  sharedKeep: 'Keep mine',
  sharedReplace: 'Replace mine',
  sharedMerge: 'Merge both',

  facetType: 'Type',
  facetCity: 'City',
  facetDay: 'Day',
  clearFilters: 'Clear filters',

  refreshFailed: (time) => `Could not update — showing the programme as of ${time}`,
  offlineCopy: (time) => `Offline copy from ${time}`,
  changesTitle: 'What changed since your last visit',
  changeNew: 'New',
  changeMoved: 'Moved',
  movedFrom: (old) => `was ${old}`,
  changeCancelled: 'Cancelled',
  dismiss: 'Dismiss',

  gridOther: 'Other',
  gridTime: (zone) => `Time (${zone})`,
  gridContinues: 'Continues',
  viewLabel: 'View',
  viewList: 'List',
  viewGrid: 'Timetable',
  gridUnavailable: 'The timetable could not be loaded; the programme is shown as a list.',
  detailsUnavailable: 'The details could not be loaded.',
  searchUnavailable: 'Search could not be loaded: the programme is shown unsearched. Type again to retry.',
  personalUnavailable:
    'Shared links, clash notes and changes since your last visit could not be loaded. Try again later.',
  programmeTruncated: (n, day) =>
    `This programme is too large to show whole: it stops after ${day}, ${n} more activities are left out.`,
};
