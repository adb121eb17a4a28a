import { css } from 'lit';

/**
 * Design tokens, read from the page's `--mission-*` custom properties with our defaults behind them.
 * Public tokens are never declared on `:host` (that would beat a page setting them on an ancestor):
 * each is aliased into a private `--_*` variable here.
 * Colours follow the page's `color-scheme`: a page that declares `color-scheme: light dark` gets the dark
 * palette when the visitor prefers it; a page that says nothing stays light.
 */
export const tokens = css`
  :host {
    color-scheme: inherit;
    --_font: var(
      --mission-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      'Helvetica Neue',
      Arial,
      sans-serif
    );
    --_text: var(--mission-color-text, light-dark(#1b2330, #e8ecf2));
    --_muted: var(--mission-color-muted, light-dark(#505a69, #b2bccb));
    --_surface: var(--mission-color-surface, light-dark(#ffffff, #1c222c));
    --_raised: var(--mission-color-surface-raised, light-dark(#f4f6f9, #262e3a));
    --_border: var(--mission-color-border, light-dark(#cfd6df, #3d4757));
    --_accent: var(--mission-color-accent, light-dark(#0b5cad, #8cc2ff));
    --_on-accent: var(--mission-color-on-accent, light-dark(#ffffff, #0b1a2c));
    --_danger: var(--mission-color-danger, light-dark(#b3261e, #ffb4ab));
    --_warning: var(--mission-color-warning, light-dark(#7a4a00, #ffd27a));
    --_now: var(--mission-color-now, light-dark(#c2410c, #ffab7a));
    --_radius: var(--mission-radius, 0.5rem);
    --_space: var(--mission-space, 1rem);
    --_focus: var(--mission-color-focus, var(--_accent));
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.45;
    text-align: start;
    -webkit-text-size-adjust: 100%;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  a {
    color: var(--_accent);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
