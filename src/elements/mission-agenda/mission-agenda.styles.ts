import { css } from 'lit';

export const agendaStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    font-size: var(--mission-font-size, 1rem);
  }
  .base {
    display: grid;
    gap: var(--_space);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    justify-content: space-between;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--mission-header-background, var(--_raised));
  }
  .mission-title {
    margin: 0;
    font-size: 1.4em;
    line-height: 1.2;
    overflow-wrap: anywhere;
  }
  .dates {
    margin: 0.25em 0 0;
    color: var(--_muted);
  }
  .zone-switch {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0.25rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* the list / timetable switch takes the room its two options need, not the whole row */
  .view-switch {
    width: fit-content;
    margin-block: 0.5rem;
  }
  /* on a row of its own, and no part of the width the options need (the box fits its options, not them plus it) */
  .zone-switch legend {
    float: left;
    width: 100%;
    contain: inline-size;
    padding: 0 0.25rem 0.25rem;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .zone-option {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 2.5rem;
    padding: 0.35rem 0.8rem;
    border-radius: calc(var(--_radius) - 0.15rem);
    cursor: pointer;
  }
  .zone-option input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .zone-option:has(input:checked) {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .zone-option:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .zone-single {
    margin: 0;
    color: var(--_muted);
  }
  .notice {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_warning);
    background: var(--_raised);
    color: var(--_text);
    border-radius: var(--_radius);
  }
  .programme {
    min-width: 0;
  }
  .contacts h2 {
    font-size: 1.15em;
    margin: 0 0 0.5rem;
  }
  .loading {
    display: grid;
    justify-items: start;
    gap: 0.75rem;
    padding: var(--_space);
    color: var(--_muted);
  }
  .loading > span:not(.spinner) {
    display: inline-flex;
  }
  .spinner {
    width: 1.5rem;
    height: 1.5rem;
    border: 3px solid var(--_border);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  .skeleton {
    display: grid;
    gap: 0.5rem;
    width: 100%;
  }
  .skeleton i {
    display: block;
    height: 4.5rem;
    border-radius: var(--_radius);
    background: var(--_raised);
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .empty,
  .error {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .empty p {
    margin: 0 0 0.75rem;
  }
  .error {
    border-color: var(--_danger);
    border-inline-start-width: 4px;
  }
  .error-title {
    margin: 0 0 0.5rem;
    font-size: 1.15em;
    color: var(--_danger);
  }
  .error p {
    margin: 0 0 0.75rem;
    overflow-wrap: anywhere;
  }
  .error details {
    margin-bottom: 0.75rem;
  }
  .error code {
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  button {
    min-height: 2.5rem;
    padding: 0.4rem 1rem;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  button:hover {
    background: var(--_raised);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .search {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .search input,
  .share-url {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  .share-url {
    flex: 1 1 14rem;
    width: auto;
    font-size: 0.85em;
  }
  .facets,
  .mine {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .facet {
    position: relative;
  }
  .facet summary {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    min-height: 2.5rem;
    padding: 0.35rem 0.8rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
    list-style: none;
  }
  .facet summary::-webkit-details-marker {
    display: none;
  }
  .facet summary::after {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
  }
  .facet[open] summary::after {
    transform: translateY(0.1em) rotate(-135deg);
  }
  .facet fieldset {
    position: absolute;
    z-index: 2;
    inset-inline-start: 0;
    top: calc(100% + 0.25rem);
    display: grid;
    gap: 0.15rem;
    min-width: 14rem;
    max-height: 20rem;
    overflow: auto;
    margin: 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 8px 24px rgb(0 0 0 / 15%);
  }
  .option {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.25rem;
    padding: 0 0.25rem;
    cursor: pointer;
  }
  .count {
    min-width: 1.5em;
    padding: 0 0.4em;
    border-radius: 1em;
    background: var(--_raised);
    color: var(--_text);
    font-size: 0.85em;
    text-align: center;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    border-color: var(--_border);
    color: var(--_text);
  }
  .chip[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .chip[aria-pressed='true'] .count {
    background: var(--_on-accent);
    color: var(--_accent);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link-button {
    min-height: 2.5rem;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    padding: 0.4rem 0.5rem;
  }
  .share-status:empty {
    display: none;
  }
  .result-count {
    flex-basis: 100%;
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Wide: the sector filter heads the toolbar, then search, facets and "My programme" on one row. */
  .tools {
    display: contents;
  }
  .tools > mission-sector-filter {
    flex-basis: 100%;
    order: -1;
    min-width: 0;
  }
  .tools-toggle {
    display: none;
  }
  /*
   * Phone: the programme comes first. The header tightens, the zone switch is one row of two halves, and the
   * sector filter, facets and "My programme" fold behind one "Filters" button beside the search.
   */
  @container (max-width: 40rem) {
    .base {
      gap: 0.625rem;
    }
    .header {
      padding: 0.625rem 0.75rem;
      gap: 0.5rem;
    }
    .mission-title {
      font-size: 1.2em;
    }
    .dates {
      margin: 0.1em 0 0;
      font-size: 0.9em;
    }
    .zone-switch {
      flex: 1 1 100%;
      flex-wrap: nowrap;
    }
    .zone-switch legend {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .zone-option {
      flex: 1 1 0;
      justify-content: center;
      min-height: 2.75rem;
      padding: 0.25rem 0.5rem;
      font-size: 0.875em;
      line-height: 1.25;
      text-align: center;
    }
    .toolbar {
      gap: 0.5rem;
    }
    .search {
      flex: 1 1 0;
    }
    .tools-toggle {
      display: inline-flex;
      min-height: 2.75rem;
    }
    .tools {
      display: flex;
      flex-basis: 100%;
      flex-direction: column;
      align-items: stretch;
      gap: 0.5rem;
      min-width: 0;
    }
    .tools-toggle[aria-expanded='false'] + .tools {
      display: none;
    }
    .tools > mission-sector-filter {
      order: 0;
    }
  }
  .changes,
  .shared {
    padding: 0.75rem var(--_space);
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .changes h3,
  .shared h3 {
    margin: 0;
    font-size: 1.05em;
  }
  .banner-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .changes ul {
    margin: 0.5rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .change-kind {
    font-weight: 600;
  }
  .change-kind[data-kind='cancelled'] {
    color: var(--_danger);
  }
  .shared p {
    margin: 0.5rem 0;
  }
  .shared-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  @media (forced-colors: active) {
    .zone-option:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .base {
      gap: 0.5em;
    }
    .notice,
    .toolbar,
    .changes,
    .shared,
    .view-switch,
    button,
    mission-sector-filter {
      display: none;
    }
    .header {
      background: none;
      padding: 0;
    }
    /* the zone switch prints as the zone times are in: the checked option's text only */
    .zone-switch {
      border: none;
      padding: 0;
    }
    /* on one line: on screen the legend takes no width of its own (contain), which broke it word by word here */
    .zone-switch legend {
      float: none;
      width: auto;
      contain: none;
      padding: 0;
    }
    .zone-option:not(:has(input:checked)) {
      display: none;
    }
    .zone-option:has(input:checked) {
      min-height: 0;
      padding: 0;
      background: none;
      color: inherit;
      font-weight: 600;
    }
    .contacts {
      break-inside: avoid;
    }
  }
`;
