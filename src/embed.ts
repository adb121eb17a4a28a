/**
 * Entry of the self-contained embed bundle `dist/mission-agenda.js`: one `<script type="module">` registers
 * every element. Safe to load twice: each element is defined only once.
 *
 * The Trusted Types guard is imported first, so it is evaluated before Lit: where the page's policy refuses Lit's
 * `lit-html` policy, the bundle still loads and the agenda shows an error panel instead of a blank box.
 */
import { endTrustedTypesGuard } from './trusted-types-guard.js';
import './index.js';

endTrustedTypesGuard();
