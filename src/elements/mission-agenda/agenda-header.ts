import { html, nothing } from 'lit';
import type { Translation } from '../../core/i18n/index.js';
import type { ZoneOptions } from '../../core/view/zone-options.js';

/** What the header shows. */
export interface HeaderProps {
  readonly t: Translation;
  readonly title: string;
  /** The mission's dates, formatted; empty when the feed gives none. */
  readonly dates: string;
  readonly zones: ZoneOptions;
  readonly onZone: (choice: string) => void;
}

/** The header: mission title and dates, the zone switch (or the one zone times are shown in), the page's own end. */
export function renderHeader(p: HeaderProps) {
  return html`<div part="header" class="header">
    <div class="heading">
      <h2 part="mission-title" class="mission-title">${p.title}</h2>
      ${p.dates ? html`<p part="dates" class="dates">${p.dates}</p>` : nothing}
    </div>
    ${renderZoneSwitch(p)}
    <slot name="header-end"></slot>
  </div>`;
}

function renderZoneSwitch({ t, zones, onZone }: HeaderProps) {
  if (zones.options.length === 1) {
    return html`<p part="zone-switch" class="zone-single">${t.timesShownIn(zones.options[0].name)}</p>`;
  }
  return html`<fieldset part="zone-switch" class="zone-switch">
    <legend>${t.timeSwitchLabel}</legend>
    ${zones.options.map(
      (o) =>
        html`<label part="zone-option" class="zone-option">
          <input
            type="radio"
            name="zone"
            .value=${o.value}
            .checked=${o.value === zones.current}
            @change=${() => onZone(o.value)}
          />
          <span>${o.label}</span>
        </label>`,
    )}
  </fieldset>`;
}
