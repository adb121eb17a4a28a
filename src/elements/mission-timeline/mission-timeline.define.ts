import { MissionTimeline } from './mission-timeline.js';
import '../mission-activity-card/mission-activity-card.define.js';

if (!customElements.get('mission-timeline')) customElements.define('mission-timeline', MissionTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'mission-timeline': MissionTimeline;
  }
}
