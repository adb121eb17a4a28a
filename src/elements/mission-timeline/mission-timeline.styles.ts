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
  /* Narrow: parallel sessions stacked, marked by a rule and a visible label. */
  [part='parallel'] {
    display: grid;
    gap: calc(var(--_gap) / 2);
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--_accent);
  }
  [part='parallel-label'] {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .lane {
    min-width: 0;
  }
  /* Wide: one column per lane, side by side. */
  @container mission-timeline (min-width: 40rem) {
    [part='parallel'] {
      grid-template-columns: repeat(var(--_lanes, 2), minmax(0, 1fr));
      align-items: start;
    }
    [part='parallel-label'] {
      grid-column: 1 / -1;
    }
    .lane {
      grid-column: var(--_lane, auto);
    }
  }
  [part='empty'] {
    color: var(--_muted);
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
    [part='day-heading'] {
      position: static;
    }
    [part='list'] > li {
      break-inside: avoid;
    }
    [part='day'] {
      break-before: auto;
      content-visibility: visible;
    }
  }
`;

export const timelineStyles = [tokens, timeline];
