import { MissionAgenda } from './mission-agenda.js';
import '../mission-timeline/mission-timeline.define.js';
import '../mission-sector-filter/mission-sector-filter.define.js';
import '../mission-contact-block/mission-contact-block.define.js';

if (!customElements.get('mission-agenda')) customElements.define('mission-agenda', MissionAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'mission-agenda': MissionAgenda;
  }
}
