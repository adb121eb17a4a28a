/**
 * mission-agenda: registers the six elements and exports their classes, the events and the core model.
 * Import a single element's `<tag>.define.js` instead to register only that element and what it renders.
 */
import './elements/mission-agenda/mission-agenda.define.js';
import './elements/mission-timeline/mission-timeline.define.js';
import './elements/mission-sector-filter/mission-sector-filter.define.js';
import './elements/mission-activity-card/mission-activity-card.define.js';
import './elements/mission-contact-block/mission-contact-block.define.js';
import './elements/mission-grid/mission-grid.define.js';

export { MissionAgenda } from './elements/mission-agenda/mission-agenda.js';
export { MissionTimeline } from './elements/mission-timeline/mission-timeline.js';
export { MissionSectorFilter } from './elements/mission-sector-filter/mission-sector-filter.js';
export { MissionActivityCard } from './elements/mission-activity-card/mission-activity-card.js';
export { MissionContactBlock } from './elements/mission-contact-block/mission-contact-block.js';
export { MissionGrid } from './elements/mission-grid/mission-grid.js';
export { loadGrid } from './elements/mission-grid/mission-grid.load.js';
export * from './events.js';
export { agendaContext, type AgendaState, type GroupBy, type ShowBoth } from './context/agenda-context.js';
export * from './core/feed/index.js';
