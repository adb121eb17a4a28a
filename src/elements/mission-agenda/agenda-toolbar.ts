import { html, nothing, type TemplateResult } from 'lit';
import type { Translation } from '../../core/i18n/index.js';
import { formatCount } from '../../core/i18n/helpers.js';
import type { FacetName, FacetOption } from '../../core/view/agenda-view.js';

export interface ToolbarProps {
  readonly t: Translation;
  readonly lang: string;
  readonly query: string;
  readonly facets: Readonly<Record<FacetName, readonly FacetOption[]>>;
  readonly filtersActive: boolean;
  readonly mine: boolean;
  readonly favouriteCount: number;
  readonly shown: number;
  readonly total: number;
  /** True when a locked track is all the page shows: the count names the track ('11 activities in this track'). */
  readonly track: boolean;
  /** How many filters the visitor set (sectors, facets, "My programme"), for the phone's "Filters" button. */
  readonly activeCount: number;
  /** The sector filter, shown with the other filters (folded away with them on a phone). */
  readonly sectorFilter: TemplateResult | typeof nothing;
  readonly shareStatus: string;
  readonly shareUrl: string;
  readonly onQuery: (query: string) => void;
  readonly onFacet: (facet: FacetName, value: string, selected: boolean) => void;
  readonly onClearFilters: () => void;
  readonly onMine: (on: boolean) => void;
  readonly onExport: () => void;
  readonly onShare: () => void;
}

const STAR = html`<svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
  <path fill="currentColor" d="M12 2.8l2.8 6 6.5.6-4.9 4.3 1.5 6.4L12 16.8l-5.9 3.3 1.5-6.4-4.9-4.3 6.5-.6z" />
</svg>`;

/** Opens or folds the phone's filter panel (the state lives in the DOM: no re-render needed, none undoes it). */
function toggleTools(event: Event): void {
  const button = event.currentTarget as HTMLElement;
  button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
}

/**
 * Search, the sector filter, facets and "My programme" controls of the agenda. On a phone the filters and tools fold
 * behind one "Filters (n)" button beside the search, so the programme starts on the first screen.
 * Feed text only ever goes into text bindings.
 */
export function renderToolbar(p: ToolbarProps) {
  const { t } = p;
  const facetLabels: Record<FacetName, string> = { types: t.facetType, cities: t.facetCity, days: t.facetDay };
  return html`<div part="toolbar" class="toolbar">
    <div class="search" role="search">
      <label class="visually-hidden" for="search">${t.searchLabel}</label>
      <input
        id="search"
        part="search"
        type="search"
        autocomplete="off"
        enterkeyhint="search"
        placeholder=${t.searchPlaceholder}
        .value=${p.query}
        @input=${(e: Event) => p.onQuery((e.target as HTMLInputElement).value)}
      />
    </div>
    <button class="tools-toggle chip" type="button" aria-expanded="false" aria-controls="tools" @click=${toggleTools}>
      ${t.filtersAndTools}${p.activeCount ? html` <span class="count">${p.activeCount}</span>` : nothing}
    </button>
    <div class="tools" id="tools">
      ${p.sectorFilter}
      <div class="facets">
        ${(Object.keys(facetLabels) as FacetName[])
          .filter((name) => p.facets[name].length > 1)
          .map((name) => renderFacet(name, facetLabels[name], p))}
        ${
          p.filtersActive
            ? html`<button part="clear-filters" class="link-button" type="button" @click=${p.onClearFilters}>
                ${t.clearFilters}
              </button>`
            : nothing
        }
      </div>
      <div class="mine" role="group" aria-label=${t.myProgramme}>
        <button
          part="my-programme"
          type="button"
          class="chip"
          aria-pressed=${p.mine ? 'true' : 'false'}
          @click=${() => p.onMine(!p.mine)}
        >
          ${STAR}<span>${t.myProgramme}</span><span class="count">${p.favouriteCount}</span>
        </button>
        ${
          p.favouriteCount
            ? html`<button part="export" type="button" class="chip" @click=${p.onExport}>${t.exportMyProgramme}</button>
                <button part="share" type="button" class="chip" @click=${p.onShare}>${t.shareMyProgramme}</button>`
            : nothing
        }
        ${
          p.shareUrl
            ? html`<input class="share-url" readonly aria-label=${t.shareMyProgramme} .value=${p.shareUrl} />`
            : nothing
        }
        <span class="share-status" role="status">${p.shareStatus}</span>
      </div>
    </div>
    <p part="result-count" class="result-count" role="status">
      ${p.track && p.shown === p.total ? t.trackCount(p.shown) : t.showingCount(p.shown, p.total)}
    </p>
  </div>`;
}

function renderFacet(name: FacetName, label: string, p: ToolbarProps) {
  const options = p.facets[name];
  const selected = options.filter((o) => o.selected).length;
  return html`<details part="facet" class="facet" data-facet=${name}>
    <summary>${label}${selected ? html` <span class="count">${selected}</span>` : nothing}</summary>
    <fieldset>
      <legend class="visually-hidden">${label}</legend>
      ${options.map(
        (o) =>
          html`<label class="option">
            <input
              type="checkbox"
              .checked=${o.selected}
              .value=${o.value}
              @change=${(e: Event) => p.onFacet(name, o.value, (e.target as HTMLInputElement).checked)}
            />
            <span class="label">${o.label}</span>
            <span class="count">${formatCount(p.lang, o.count)}</span>
          </label>`,
      )}
    </fieldset>
  </details>`;
}
