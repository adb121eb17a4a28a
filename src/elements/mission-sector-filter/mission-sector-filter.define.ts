import { MissionSectorFilter } from './mission-sector-filter.js';

if (!customElements.get('mission-sector-filter')) customElements.define('mission-sector-filter', MissionSectorFilter);

declare global {
  interface HTMLElementTagNameMap {
    'mission-sector-filter': MissionSectorFilter;
  }
}
