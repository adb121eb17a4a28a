/**
 * Entry of the self-contained embed bundle `dist/mission-agenda.js`: one `<script type="module">` registers
 * every element. Safe to load twice: each element is defined only once.
 *
 * The Trusted Types guard is imported first, so it is evaluated before Lit: where the page's policy refuses Lit's
 * `lit-html` policy, the bundle still loads and the agenda shows an error panel instead of a blank box.
 */
import { endTrustedTypesGuard } from './trusted-types-guard.js';
// The elements one by one rather than through `index.js`: `<mission-grid>` stays out of the entry, in a chunk loaded
// when the agenda first shows a grid or when the page holds one.
import './elements/mission-agenda/mission-agenda.define.js';
import './elements/mission-timeline/mission-timeline.define.js';
import './elements/mission-sector-filter/mission-sector-filter.define.js';
import './elements/mission-activity-card/mission-activity-card.define.js';
import './elements/mission-contact-block/mission-contact-block.define.js';
import { loadGridIfUsed } from './elements/mission-grid/mission-grid.load.js';

endTrustedTypesGuard();
loadGridIfUsed();
