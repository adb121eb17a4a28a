import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Calls `fn(element)` each time the template holding it renders: for children that are kept by hand instead of
 * through bindings (one directive per element, not a part per child).
 *
 * @example html`<ol ${onRender((ol) => fill(ol, items))}></ol>`
 */
class OnRenderDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('onRender() must be used in an element position');
  }

  render(_fn: (element: Element) => void) {
    return noChange;
  }

  override update(part: ElementPart, [fn]: [(element: Element) => void]) {
    fn(part.element);
    return noChange;
  }
}

export const onRender = directive(OnRenderDirective);

/**
 * Makes `nodes` the children of `parent`, in order, moving as few as it can: children not in `nodes` are removed
 * first, so a removal never turns into moving every later node (a moved custom element is disconnected and
 * connected again).
 */
export function syncChildren(parent: Node, nodes: readonly Node[]): void {
  let same = parent.firstChild;
  let i = 0;
  while (same !== null && same === nodes[i]) {
    same = same.nextSibling;
    i++;
  }
  if (same === null && i === nodes.length) return; // already in place: the usual case for a card's own item
  const keep = new Set(nodes);
  for (let child = parent.firstChild; child;) {
    const next = child.nextSibling;
    if (!keep.has(child)) child.remove();
    child = next;
  }
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}
