import { MissionGrid } from './mission-grid.js';
import '../mission-activity-card/mission-activity-card.define.js';

if (!customElements.get('mission-grid')) customElements.define('mission-grid', MissionGrid);

declare global {
  interface HTMLElementTagNameMap {
    'mission-grid': MissionGrid;
  }
}
