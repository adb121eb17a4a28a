import { css } from 'lit';
import { tokens } from '../../styles/shared.styles.js';

const timeline = css`
  :host {
    display: block;
    container: mission-timeline / inline-size;
    --_gap: var(--mission-timeline-gap, var(--_space));
    --_heading-bg: var(--mission-timeline-heading-background, var(--_surface));
  }
  [part='day'] {
    margin-block-end: calc(var(--_gap) * 2);
    content-visibility: auto;
    contain-intrinsic-size: auto 40rem;
  }
  [part='day-heading'] {
    position: sticky;
    top: 0;
    z-index: 1;
    margin: 0 0 calc(var(--_gap) / 2);
    padding-block: 0.4em;
    background: var(--_heading-bg);
    border-block-end: 2px solid var(--_border);
    font-size: 1.25rem;
    line-height: 1.3;
  }
  [part='offset-note'] {
    margin: 0 0 var(--_gap);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_raised);
    border-radius: var(--_radius);
  }
  [part='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  [part='now-marker'] {
    display: flex;
    align-items: center;
    gap: 0.5em;
    margin-block-end: calc(var(--_gap) / 2);
    color: var(--_now);
    font-weight: 700;
  }
  [part='now-marker']::after {
    content: '';
    flex: 1;
    border-block-start: 2px solid currentColor;
  }
  section > [part='now-marker'] {
    margin-block-start: calc(var(--_gap) / 2);
  }
  /*
   * A time slot of parallel sessions: a label ("14:00 · 5 parallel sessions"), then its cards in start order, in as
   * many columns of at least --_card-min as fit (one on a phone). No lanes: a busy hour of 2 or of 500 sessions reads
   * in rows, left to right, with no holes.
   */
  /* scrolled to (an anchor, a host's scrollIntoView): below the sticky day heading, not under it */
  [part='list'] > li,
  [part='parallel'],
  mission-activity-card {
    scroll-margin-block-start: 4rem;
  }
  [part='parallel'] {
    --_card-min: var(--mission-card-min-width, 16.5rem);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card-min)), 1fr));
    align-items: start;
    gap: calc(var(--_gap) / 2);
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  [part='parallel-label'] {
    grid-column: 1 / -1;
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  [part='ended'] {
    margin: 0 0 var(--_gap);
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_muted);
    background: var(--_raised);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .jump {
    position: sticky;
    z-index: 2;
    inset-block-end: 1rem;
    display: flex;
    justify-content: end;
    pointer-events: none;
  }
  [part='jump-now'] {
    pointer-events: auto;
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_now);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_now);
    font-weight: 600;
    cursor: pointer;
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.15);
  }
  /* the day's heading and, on paper, the zone of its times (on screen the zone switch says it); no box of its own on
     screen, so the heading stays sticky within its whole day */
  .day-head {
    display: contents;
  }
  .print-zone {
    display: none;
  }
  [part='empty'] {
    color: var(--_muted);
  }
  /* a list built in the next task (a slow device) holds its place: what follows the timeline stays out of view */
  .building {
    block-size: 100vh;
  }
  @media (forced-colors: active) {
    [part='parallel'],
    [part='offset-note'] {
      border-color: CanvasText;
    }
    [part='now-marker'] {
      color: Highlight;
    }
  }
  @media print {
    :host {
      font-size: 9.5pt;
    }
    /* a day is a table on paper so that its head (heading and zone) repeats at the top of every page it runs on to:
       every printed page says the zone of its times */
    [part='day'] {
      display: table;
      width: 100%;
      margin-block-end: 0.75em;
      content-visibility: visible;
    }
    .day-head {
      display: table-header-group;
      break-inside: avoid;
    }
    [part='day-heading'] {
      position: static;
      margin-block-end: 0.25em;
      padding-block: 0.2em;
      font-size: 12pt;
      break-after: avoid;
    }
    [part='list'] {
      display: block;
    }
    [part='list'] > li {
      margin: 0;
    }
    [part='parallel'] {
      display: block;
      padding-inline-start: 0.5em;
      border-inline-start-width: 2px;
    }
    /* at the end of the heading's line */
    .print-zone {
      display: block;
      float: inline-end;
      margin: 0.55em 0 0 1em;
      color: #444;
      font-size: 8pt;
    }
    [part='parallel-label'] {
      font-size: 8.5pt;
      break-after: avoid;
    }
    [part='jump-now'],
    [part='now-marker'] {
      display: none;
    }
  }
`;

export const timelineStyles = [tokens, timeline];
