import { css } from 'lit';
import { tokens } from '../../styles/shared.styles.js';

const filter = css`
  :host {
    display: block;
    container: mission-sector-filter / inline-size;
    --_chip-bg: var(--mission-filter-chip-background, var(--_surface));
    --_chip-selected-bg: var(--mission-filter-chip-selected-background, var(--_accent));
    --_chip-selected-color: var(--mission-filter-chip-selected-color, var(--_on-accent));
  }
  [part='group'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    min-height: 2.5rem;
    max-width: 100%;
    padding: 0.35em 0.85em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_chip-bg);
    color: var(--_text);
    font-size: 0.9375rem;
    line-height: 1.2;
    text-align: start;
    cursor: pointer;
    transition:
      background-color 0.15s,
      border-color 0.15s;
  }
  button:hover {
    border-color: var(--_accent);
  }
  button[aria-pressed='true'] {
    background: var(--_chip-selected-bg);
    border-color: var(--_chip-selected-bg);
    color: var(--_chip-selected-color);
  }
  [part='sector-dot'] {
    flex: none;
    width: 0.75em;
    height: 0.75em;
    border-radius: 50%;
    background: var(--mission-sector-color, var(--_muted));
    box-shadow: 0 0 0 1px var(--_surface);
  }
  [part='sector-name'] {
    overflow-wrap: anywhere;
  }
  [part='sector-count'] {
    flex: none;
    min-width: 1.6em;
    padding: 0.1em 0.45em;
    border-radius: 999px;
    background: var(--_raised);
    color: var(--_text);
    font-size: 0.8125rem;
    font-variant-numeric: tabular-nums;
    text-align: center;
  }
  /* Many sectors (a conference's tracks) never push the programme far down: at most three rows, scrolled. */
  [part='group'] {
    max-block-size: 9.5rem;
    overflow-y: auto;
    padding: 2px;
  }
  /* Narrow: one row of chips that scrolls sideways, whatever their number. */
  @container mission-sector-filter (max-width: 40rem) {
    [part='group'] {
      flex-wrap: nowrap;
      max-block-size: none;
      overflow-x: auto;
      overflow-y: hidden;
      overscroll-behavior-x: contain;
      scroll-snap-type: x proximity;
      scrollbar-width: thin;
      padding-block-end: 0.35rem;
    }
    button {
      flex: none;
      scroll-snap-align: start;
    }
    [part='sector-name'] {
      white-space: nowrap;
    }
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
      forced-color-adjust: none;
    }
    [part='sector-dot'] {
      forced-color-adjust: none;
    }
  }
  @media print {
    :host {
      display: none;
    }
  }
`;

export const filterStyles = [tokens, filter];
