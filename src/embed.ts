/**
 * Entry of the self-contained embed bundle `dist/mission-agenda.js`: one `<script type="module">` registers
 * every element. Safe to load twice: each element is defined only once.
 */
import './index.js';
