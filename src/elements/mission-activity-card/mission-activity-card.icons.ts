import type { ActivityType } from '../../core/feed/index.js';

// Outline icons (24×24, stroked) as path data: the card binds one `d` attribute instead of cloning an icon template
// per card, which matters with thousands of cards. The fixed icons (pin, star, chevron) are written in its template.

/** Path data of the icon of each activity type. */
export const TYPE_PATHS: Readonly<Record<ActivityType, string>> = {
  b2b: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M17 11a3 3 0 1 0 0-6M21 20a6 6 0 0 0-4-5.6',
  seminar: 'M3 4h18M5 4v10h14V4M12 14v3M8 21l4-4 4 4',
  visit: 'M3 21V9l6 4V9l6 4V5h6v16zM3 21h18',
  networking: 'M4 5h11v8H8l-4 3zM15 9h5v8l-3-2h-6v-2',
  official: 'M5 21V4M5 4h12l-2 4 2 4H5',
  reception: 'M8 3h8l-1 7a3 3 0 0 1-6 0zM12 13v7M8 21h8',
  other: 'M4 6h16v14H4zM4 10h16M9 3v4M15 3v4',
};
