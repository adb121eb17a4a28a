import { css } from 'lit';
import { tokens } from '../../styles/shared.styles.js';

// One minute of the axis is `--_min` tall; a block's top and height are minutes times that. A block shorter than
// `--_block-min` still shows its time and a line of title (it overlaps the next block's top, which stays visible
// below it); hovering or focusing any block shows the whole card above its neighbours.
const grid = css`
  :host {
    display: block;
    page: mission-grid;
    --_min: calc(var(--mission-grid-hour-height, 9rem) / 60);
    --_col: var(--mission-grid-column-width, 12rem);
    --_block-min: var(--mission-grid-block-min-height, 3.25rem);
    --_head: 3rem;
    --_time-col: 4.75rem;
    --_line: color-mix(in srgb, var(--_border) 70%, transparent);
  }
  [part='day'] {
    margin-block-end: calc(var(--_space) * 2);
  }
  /* a grid built in the next task (a slow device) holds its place: what follows it stays out of view */
  .building {
    block-size: 100vh;
  }
  [part='day-heading'] {
    margin: 0 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }
  [part='offset-note'] {
    margin: 0 0 0.5rem;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  [part='scroller'] {
    overflow: auto;
    overscroll-behavior-inline: contain;
    max-height: var(--mission-grid-max-height, 85vh);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .grid {
    display: flex;
    width: max-content;
    min-width: 100%;
  }
  .times {
    position: sticky;
    inset-inline-start: 0;
    z-index: 4;
    flex: none;
    width: var(--_time-col);
    background: var(--_surface);
    border-inline-end: 1px solid var(--_border);
  }
  .corner,
  [part='column-heading'] {
    position: sticky;
    top: 0;
    height: var(--_head);
    margin: 0;
    padding: 0.25rem 0.5rem;
    background: var(--_raised);
    border-block-end: 1px solid var(--_border);
    font-size: 0.8125rem;
    line-height: 1.25;
  }
  .corner {
    z-index: 5;
    display: flex;
    align-items: end;
    color: var(--_muted);
  }
  .axis,
  [part='blocks'] {
    position: relative;
    height: calc(var(--_minutes) * var(--_min) + 1rem);
  }
  .line {
    position: absolute;
    inset-inline: 0.375rem;
    top: calc(var(--_at) * var(--_min));
    translate: 0 -50%;
    font-size: 0.75rem;
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
    text-align: end;
    white-space: nowrap;
  }
  .line:first-child {
    translate: 0;
  }
  .line[data-zone-change] {
    color: var(--_warning);
    font-weight: 700;
  }
  .line small {
    display: block;
    font-size: 0.6875rem;
  }
  [part='columns'] {
    flex: 1 0 auto;
    display: flex;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='column'] {
    flex: 1 0 auto;
    width: calc(var(--_col) * var(--_lanes, 1));
    border-inline-end: 1px solid var(--_line);
  }
  [part='column-heading'] {
    z-index: 3;
    overflow: hidden;
    font-weight: 650;
    border-block-start: 4px solid var(--_sector, transparent);
  }
  /* A long name shows two lines; the whole name is in the heading's title and in the accessible name. */
  .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  /* Its size is set, so blocks added to one column never lay the others out again (no paint containment: an open
     block spills over its neighbours). */
  [part='blocks'] {
    contain: size layout style;
    margin: 0;
    padding: 0;
    list-style: none;
    background-image: repeating-linear-gradient(to bottom, var(--_line) 0 1px, transparent 1px calc(var(--_min) * 60));
  }
  [part='block'] {
    position: absolute;
    top: calc(var(--_top) * var(--_min));
    inset-inline-start: calc(100% * var(--_lane) / var(--_lanes));
    width: calc(100% / var(--_lanes));
    height: calc(var(--_len) * var(--_min));
    min-height: var(--_block-min);
    padding: 1px 2px;
    overflow: hidden;
    content-visibility: auto;
  }
  [part='block']:is(:hover, :focus-within) {
    z-index: 2;
    height: auto;
    min-height: max(var(--_block-min), calc(var(--_len) * var(--_min)));
    min-width: min(18rem, 80vw);
    overflow: visible;
  }
  [part='block'][data-continues]::after {
    content: '↓ ' attr(data-continues);
    position: absolute;
    inset-inline-end: 0.5rem;
    bottom: 2px;
    font-size: 0.6875rem;
    color: var(--_muted);
  }
  [part='block'] > mission-activity-card {
    content-visibility: visible;
    height: 100%;
    font-size: 0.8125rem;
    line-height: 1.3;
  }
  [part='block'] > mission-activity-card::part(card) {
    min-height: 100%;
    gap: 0.125rem;
    padding: 0.25rem 0.5rem;
    border-radius: 4px;
    border-inline-start: 4px solid var(--_accent-block, var(--_border));
    box-shadow: none;
  }
  [part='block']:is(:hover, :focus-within) > mission-activity-card::part(card) {
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
  }
  [part='block'] > mission-activity-card::part(title) {
    font-size: 0.875rem;
  }
  [part='block']:not(:hover, :focus-within) > mission-activity-card::part(title) {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_clamp, 2);
    overflow: hidden;
  }
  [part='block'] > mission-activity-card::part(time) {
    font-size: 0.75rem;
  }
  [part='block'] > mission-activity-card::part(zone) {
    display: none;
  }
  /* A short block, until it is hovered or focused, shows its time and title (the column says where, the edge colour
     the sector). The star, first of the card's controls, is always shown: focusing it opens the block before the
     next Tab reaches the others. */
  [part='block'][data-short]:not(:hover, :focus-within) > mission-activity-card::part(type),
  [part='block'][data-short]:not(:hover, :focus-within) > mission-activity-card::part(place),
  [part='block'][data-short]:not(:hover, :focus-within) > mission-activity-card::part(sectors),
  [part='block'][data-short]:not(:hover, :focus-within) > mission-activity-card::part(other-time),
  [part='block'][data-short]:not(:hover, :focus-within) > mission-activity-card::part(details-toggle) {
    display: none;
  }
  [part='empty'] {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    [part='block'] > mission-activity-card::part(card) {
      border: 1px solid CanvasText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='scroller'] {
      scroll-behavior: smooth;
    }
  }
  /* Print: every column and every hour, one day per page (landscape through the named page set by the element). */
  @media print {
    :host {
      --_min: calc(6rem / 60);
    }
    [part='day'] + [part='day'] {
      break-before: page;
    }
    [part='block'] > mission-activity-card::part(card) {
      display: flex;
    }
    [part='scroller'] {
      overflow: visible;
      max-height: none;
      border: none;
    }
    .corner,
    [part='column-heading'],
    .times {
      position: static;
    }
    .grid {
      width: auto;
    }
    [part='columns'] {
      flex-wrap: wrap;
      row-gap: 1rem;
    }
    [part='column'] {
      break-inside: avoid;
    }
    [part='block'] {
      content-visibility: visible;
    }
  }
`;

export const gridStyles = [tokens, grid];
