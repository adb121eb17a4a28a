// What a bundler user writes: the all-in-one entry, or one element's define module.
import { MissionAgenda } from 'mission-agenda';
import 'mission-agenda/elements/mission-activity-card/mission-activity-card.define.js';

if (customElements.get('mission-agenda') !== MissionAgenda) throw new Error('mission-agenda is not registered');
if (!customElements.get('mission-activity-card')) throw new Error('mission-activity-card is not registered');
