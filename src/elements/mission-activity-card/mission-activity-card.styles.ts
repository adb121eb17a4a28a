import { css } from 'lit';

export const cardStyles = css`
  :host {
    display: block;
    content-visibility: auto;
    contain-intrinsic-size: auto 9rem;
    --_card-bg: var(--mission-card-background, var(--_surface));
    --_card-border: var(--mission-card-border, 1px solid var(--_border));
    --_card-padding: var(--mission-card-padding, 0.875rem 1rem);
    --_card-radius: var(--mission-card-radius, var(--_radius));
    --_card-shadow: var(--mission-card-shadow, 0 1px 2px rgb(0 0 0 / 0.06));
    --_title-size: var(--mission-card-title-size, 1.0625rem);
    --_star: var(--mission-card-star-color, light-dark(#b45309, #fbbf24));
    --_mark: var(--mission-card-mark-background, light-dark(#fde68a, #6b4e00));
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    min-width: 0;
    padding: var(--_card-padding);
    background: var(--_card-bg);
    border: var(--_card-border);
    border-radius: var(--_card-radius);
    box-shadow: var(--_card-shadow);
    /* a word breaks only when it cannot fit on a line of its own: never 'matchmaki-ng' */
    overflow-wrap: break-word;
  }
  :host([highlight='now']) .card {
    border-inline-start: 4px solid var(--_now);
  }
  /* past: quieter (no shadow, a raised background, muted times), still fully readable */
  :host([highlight='past']) .card {
    background: var(--mission-card-past-background, var(--_raised));
    box-shadow: none;
  }
  :host([highlight='past']) .time {
    color: var(--_muted);
  }
  p {
    margin: 0;
  }
  /* The title comes first in the DOM (heading navigation lands before the time); the time row shows first. */
  /* the time range on one line with the star at its end; marks (day shift, now, change) on the line below */
  .when {
    order: -1;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .marks {
    grid-row: 2;
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
  }
  .marks:empty {
    display: none;
  }
  .problem {
    margin: 0;
    padding: var(--_padding, 0.875rem 1rem);
    border: 1px solid var(--mission-color-danger, #b3261e);
    border-radius: var(--mission-radius, 0.5rem);
    color: var(--mission-color-danger, #b3261e);
  }
  .time {
    grid-row: 1;
    grid-column: 1;
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .zone {
    font-weight: 400;
    color: var(--_muted);
    font-size: 0.875em;
    margin-inline-start: 0.25rem;
  }
  .title {
    margin: 0;
    font-size: var(--_title-size);
    line-height: 1.3;
    font-weight: 650;
  }
  :host([status='cancelled']) .title {
    text-decoration: line-through;
  }
  mark {
    color: inherit;
    background: var(--_mark);
    border-radius: 2px;
  }
  .found {
    color: var(--_muted);
    font-size: 0.875rem;
    font-style: italic;
  }
  .clash {
    color: var(--_warning);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .change {
    color: var(--_accent);
  }
  .change.cancelled {
    color: var(--_danger);
  }
  .was {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .star {
    grid-row: 1;
    grid-column: 2;
    display: inline-grid;
    place-items: center;
    margin-block: -0.25rem;
    inline-size: 2rem;
    block-size: 2rem;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: none;
    color: var(--_muted);
    cursor: pointer;
    font-size: 1.25rem;
  }
  .star:hover {
    background: var(--_raised);
  }
  .star[aria-pressed='true'] {
    color: var(--_star);
  }
  .star[aria-pressed='true'] .icon {
    fill: currentColor;
  }
  .other {
    order: -1;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .badge {
    display: inline-block;
    padding: 0 0.4rem;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.5;
    white-space: nowrap;
  }
  .other .badge {
    margin-inline-start: 0.375rem;
  }
  .highlight {
    color: var(--_on-accent);
    background: var(--_now);
    border-color: var(--_now);
  }
  :host([highlight='next']) .highlight {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  .status.tentative {
    color: var(--_warning);
    border-style: dashed;
  }
  .status.cancelled {
    color: var(--_danger);
  }
  .meta,
  .type,
  .place {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 0.875rem;
  }
  .type {
    gap: 0.3rem;
    color: var(--_muted);
  }
  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .place {
    flex-wrap: nowrap;
    align-items: baseline;
  }
  .place > .icon {
    color: var(--_muted);
    transform: translateY(0.125em);
  }
  .place-text {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  .venue {
    font-weight: 600;
  }
  /* the place's pieces that a feed leaves out take no room */
  .place-text > :empty,
  a:not([href]) {
    display: none;
  }
  .address {
    color: var(--_muted);
  }
  .sectors {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .sector {
    display: inline-flex;
    align-items: center;
    gap: 0.3rem;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    background: var(--_raised);
    font-size: 0.8125rem;
  }
  .sector::before {
    content: '';
    inline-size: 0.6rem;
    block-size: 0.6rem;
    border-radius: 50%;
    background: var(--mission-sector-color, var(--_muted));
    border: 1px solid var(--_border);
    forced-color-adjust: none;
  }
  .toggle {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    min-block-size: 2rem;
    padding: 0.25rem 0.5rem;
    margin-inline-start: -0.5rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: var(--_accent);
    font-size: 0.875rem;
    font-weight: 600;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_raised);
  }
  /* the chevron: two borders of a small square, turned (no image, no extra element) */
  .toggle::after {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    margin-inline: 0.2em 0.1em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s ease;
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(0.1em) rotate(225deg);
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.9375rem;
  }
  [hidden] {
    display: none !important;
  }
  .popover {
    position: fixed;
    inset: auto;
    margin: 0;
    inline-size: max-content;
    max-inline-size: min(28rem, calc(100vw - 16px));
    max-block-size: calc(100vh - 16px);
    overflow: auto;
    padding: 0.875rem 1rem;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 8px 28px rgb(0 0 0 / 0.18);
  }
  .popover:not(:popover-open) {
    display: none;
  }
  /* until positioned (the positioning code loads on the first open): there, but not yet seen */
  .popover:not([data-placement]) {
    opacity: 0;
  }
  /* the positioning code could not be loaded: a centred dialog instead */
  .popover[data-placement='none'] {
    inset: 0;
    margin: auto;
    block-size: fit-content;
  }
  .close {
    align-self: flex-end;
    padding: 0.125rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_raised);
    cursor: pointer;
    font-size: 0.8125rem;
  }
  .description {
    white-space: pre-line;
  }
  .label {
    display: block;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
    margin-block-end: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 1rem;
  }
  .actions .label {
    flex-basis: 100%;
    margin: 0;
  }
  a {
    text-underline-offset: 0.15em;
  }
  @media (forced-colors: active) {
    :host([highlight='now']) .card {
      border-inline-start-color: Highlight;
    }
    .highlight,
    :host([highlight='next']) .highlight {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .toggle,
    .star {
      border: 1px solid ButtonText;
    }
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
    .sector {
      border: 1px solid CanvasText;
    }
  }
  /* Print: one compact row per activity — the time in a column of its own, title, type and place beside it. */
  @media print {
    :host {
      content-visibility: visible;
      break-inside: avoid;
    }
    .card {
      display: grid;
      grid-template-columns: 8.5em minmax(0, 1fr);
      column-gap: 0.75em;
      row-gap: 0.1em;
      padding: 0.3em 0;
      border: none;
      border-block-end: 0.5pt solid #999;
      border-radius: 0;
      box-shadow: none;
      background: none;
      color: #000;
    }
    .card > * {
      grid-column: 2;
    }
    /* the time and the other zone's time share the first column, spanning the rows beside them, so a range that
       wraps takes no room from the title's side */
    .when {
      grid-column: 1;
      grid-row: 1 / span 2;
      display: block;
    }
    /* a long range ("10:45 AM–12:15 PM") breaks after its dash rather than run into the title */
    .time {
      white-space: normal;
    }
    .time > time {
      white-space: nowrap;
    }
    .other {
      grid-column: 1;
      grid-row: 3 / span 2;
      font-size: 7.5pt;
    }
    .title {
      font-size: 10pt;
    }
    .meta,
    .place,
    .sector,
    .clash,
    .found {
      font-size: 8pt;
    }
    .meta,
    .place,
    .sectors {
      display: inline-flex;
    }
    /* the zone is stated once, in the programme's header, not on every row */
    .zone,
    .place > .icon,
    .sector::before {
      display: none;
    }
    .sector {
      padding: 0;
      background: none;
    }
    .sector + .sector::before {
      content: '· ';
      display: inline;
      inline-size: auto;
      block-size: auto;
      border: none;
      background: none;
    }
    button,
    .toggle,
    .details,
    [part~='map-link'] {
      display: none !important;
    }
  }
`;
