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
  .zone-switch legend {
    float: left;
    width: 100%;
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
  @media (forced-colors: active) {
    .zone-option:has(input:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media print {
    .zone-switch,
    .notice,
    button,
    mission-sector-filter {
      display: none;
    }
    .header {
      background: none;
      padding: 0;
    }
  }
`;
