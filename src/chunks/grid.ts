/**
 * `<mission-grid>` as one module to load on demand: the embed bundle registers it only when a page shows a grid.
 * @internal
 */
import '../elements/mission-grid/mission-grid.define.js';
