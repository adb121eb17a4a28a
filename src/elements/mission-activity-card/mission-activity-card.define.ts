import { MissionActivityCard } from './mission-activity-card.js';
import '../mission-contact-block/mission-contact-block.define.js';

if (!customElements.get('mission-activity-card')) customElements.define('mission-activity-card', MissionActivityCard);

declare global {
  interface HTMLElementTagNameMap {
    'mission-activity-card': MissionActivityCard;
  }
}
