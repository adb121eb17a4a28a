/**
 * The part of `@floating-ui/dom` the popover uses, as one module to load on demand (a dynamic import of the
 * package itself would bring all of it).
 * @internal
 */
export { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
