import { css } from 'lit';

export const studioStyles = css`
  :host {
    display: block;
    max-width: 84rem;
    margin: 0 auto;
    padding: 1rem;
    font:
      1rem/1.5 system-ui,
      sans-serif;
    color: #1b1f24;
    --accent: #1f4e8c;
    --error: #a4161a;
    --warning: #8a5300;
  }
  header {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0 1rem;
    align-items: start;
  }
  header p {
    grid-column: 1 / -1;
    margin: 0.25rem 0;
  }
  h1 {
    font-size: 1.6rem;
    margin: 0 0 0.5rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.5rem;
  }
  h3 {
    font-size: 1rem;
    margin: 0.5rem 0;
    display: inline;
  }
  section {
    border-top: 1px solid #d0d7de;
    padding: 1rem 0;
  }
  .privacy {
    color: #2e5e2e;
  }
  .drop {
    border: 2px dashed #8c959f;
    border-radius: 0.5rem;
    padding: 1rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .drop p {
    flex-basis: 100%;
    margin: 0;
  }
  .drop.dragging {
    border-color: var(--accent);
    background: #eef3fb;
  }
  .button {
    position: relative;
    display: inline-block;
  }
  .button input[type='file'] {
    font-size: 0.9rem;
    display: block;
    max-width: 100%;
  }
  button,
  select,
  input {
    font: inherit;
  }
  button {
    border: 1px solid var(--accent);
    background: #fff;
    color: var(--accent);
    border-radius: 0.25rem;
    padding: 0.25rem 0.75rem;
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: #fff;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid #ffbf47;
    outline-offset: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
    margin-top: 0.75rem;
  }
  .row label {
    display: flex;
    flex-direction: column;
    flex: 1 1 16rem;
  }
  .status {
    min-height: 1.5em;
    color: #57606a;
  }
  .problem {
    color: var(--error);
    font-weight: 600;
  }
  .summary {
    font-weight: 600;
  }
  .group summary {
    cursor: pointer;
  }
  .group ul {
    list-style: none;
    padding: 0;
    margin: 0.25rem 0 0.75rem;
  }
  .group li {
    border-left: 4px solid var(--warning);
    padding: 0.25rem 0.5rem;
    margin: 0.25rem 0;
    background: #fff8e6;
  }
  .group li.error {
    border-color: var(--error);
    background: #fdecec;
  }
  .badge {
    font-size: 0.8rem;
    text-transform: uppercase;
    font-weight: 700;
    margin-right: 0.25rem;
  }
  .error .badge {
    color: var(--error);
  }
  .warning .badge {
    color: var(--warning);
  }
  .where {
    background: #fff;
    border: 1px solid #d0d7de;
    border-radius: 0.2rem;
    padding: 0 0.25rem;
    margin-right: 0.25rem;
  }
  .fix {
    color: #3b4450;
    font-size: 0.95rem;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
    gap: 0.5rem 1rem;
    margin: 0.5rem 0;
  }
  .grid label {
    display: flex;
    flex-direction: column;
  }
  fieldset {
    border: 1px solid #d0d7de;
    border-radius: 0.25rem;
    margin: 0.5rem 0;
  }
  .check {
    display: inline-flex;
    gap: 0.35rem;
    align-items: center;
    margin-right: 1rem;
  }
  .zones input[list] {
    min-width: 14rem;
  }
  .gaps ul {
    margin: 0.25rem 0;
  }
  .frames {
    display: flex;
    gap: 1rem;
    align-items: flex-start;
  }
  figure {
    margin: 0;
  }
  figcaption {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .screen {
    border: 10px solid #24292f;
    border-radius: 1.25rem;
    overflow: auto;
    background: #fff;
  }
  .phone .screen {
    width: 390px;
    height: 760px;
    box-sizing: content-box;
    border-radius: 2rem;
    border-width: 14px 10px;
    /* phones draw their scroll bars over the page: the agenda gets the full 390 px */
    scrollbar-width: none;
  }
  .desktop {
    flex: 1;
    min-width: 0;
  }
  .desktop .screen {
    height: 760px;
    border-width: 24px 10px 10px;
  }
  .desktop mission-agenda {
    min-width: 800px;
  }
  .change h3 {
    display: block;
  }
  .change s {
    color: #57606a;
  }
  .snippet textarea {
    width: 100%;
    box-sizing: border-box;
    font:
      0.85rem/1.4 ui-monospace,
      monospace;
    resize: vertical;
  }
  .note {
    color: #3b4450;
    font-size: 0.95rem;
  }
  @media (max-width: 60rem) {
    .frames {
      flex-direction: column;
    }
    .phone .screen {
      width: min(390px, calc(100vw - 3rem));
    }
    .desktop {
      width: 100%;
    }
  }
`;
