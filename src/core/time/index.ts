export { offsetMinutes, wallDateTime, resolveDisplayZone, sameZone, zoneName } from './zones.js';
export { resolveDateTime, type DateTimeResult } from './resolve.js';
export {
  toOffsetIso,
  dateKey,
  wallClock,
  formatTime,
  formatZoneName,
  formatDay,
  formatDateRange,
  addDays,
  daysBetween,
  zoneCity,
  formatMoment,
  type ZoneNameStyle,
} from './format.js';
