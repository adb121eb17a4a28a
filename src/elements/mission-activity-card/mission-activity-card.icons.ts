import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ActivityType } from '../../core/feed/index.js';

/** Outline icon paths (24×24, stroked) per activity type. */
const PATHS: Readonly<Record<ActivityType, SVGTemplateResult>> = {
  b2b: svg`<path d="M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM3 20a6 6 0 0 1 12 0M17 11a3 3 0 1 0 0-6M21 20a6 6 0 0 0-4-5.6"/>`,
  seminar: svg`<path d="M3 4h18M5 4v10h14V4M12 14v3M8 21l4-4 4 4"/>`,
  visit: svg`<path d="M3 21V9l6 4V9l6 4V5h6v16zM3 21h18"/>`,
  networking: svg`<path d="M4 5h11v8H8l-4 3zM15 9h5v8l-3-2h-6v-2"/>`,
  official: svg`<path d="M5 21V4M5 4h12l-2 4 2 4H5"/>`,
  reception: svg`<path d="M8 3h8l-1 7a3 3 0 0 1-6 0zM12 13v7M8 21h8"/>`,
  other: svg`<path d="M4 6h16v14H4zM4 10h16M9 3v4M15 3v4"/>`,
};

/** A small decorative icon for the activity type (hidden from assistive technology; the type is also written). */
export function typeIcon(type: ActivityType): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    ${PATHS[type] ?? PATHS.other}
  </svg>`;
}

/** Map pin. */
export const pinIcon = html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 21s-7-6.2-7-11.5a7 7 0 0 1 14 0C19 14.8 12 21 12 21z" />
  <circle cx="12" cy="9.5" r="2.5" />
</svg>`;

/** Chevron of the details toggle. */
export const chevronIcon = html`<svg class="icon chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M6 9l6 6 6-6" />
</svg>`;
