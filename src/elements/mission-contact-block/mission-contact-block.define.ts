import { MissionContactBlock } from './mission-contact-block.js';

if (!customElements.get('mission-contact-block')) customElements.define('mission-contact-block', MissionContactBlock);

declare global {
  interface HTMLElementTagNameMap {
    'mission-contact-block': MissionContactBlock;
  }
}
