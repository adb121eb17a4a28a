import { css } from 'lit';

export const contactBlockStyles = css`
  :host {
    display: block;
    --_gap: var(--mission-contact-gap, 0.75rem);
    --_name-weight: var(--mission-contact-name-weight, 600);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  address {
    font-style: normal;
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .name {
    font-weight: var(--_name-weight);
  }
  [part='role'],
  [part='organisation'] {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  a {
    width: fit-content;
    text-underline-offset: 0.15em;
  }
  @media print {
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
