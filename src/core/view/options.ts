/** How the timeline groups activities into days: dates in the display zone, or the mission's own days. */
export type GroupBy = 'day' | 'mission-day';

/** When a card also shows the time in the other zone: when the offsets differ, always, or never. */
export type ShowBoth = 'auto' | 'always' | 'never';
