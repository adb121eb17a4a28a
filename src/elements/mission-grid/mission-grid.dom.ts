import { setCustomProperty } from '../../directives/css-props.js';
import { syncChildren } from '../../directives/on-render.js';
import type { GridBlock } from '../../core/view/grid-view.js';

// A column's blocks are kept by hand, as the timeline keeps its list items: a template binding per block would keep
// a part and a wrapper alive per card. A card keeps its `<li>` for as long as it stays in the same column, so an
// update moves nothing and no card is disconnected and connected again.

/** What filling a column needs from the grid. */
export interface BlockContext {
  /** The card element of a block (the same element for as long as its activity lives). */
  readonly card: (block: GridBlock) => HTMLElement;
  /** The text of the "continues" mark of an activity cut at the day's last hour line. */
  readonly continues: string;
}

/** Title lines a block shows before it is hovered or focused, by its length in minutes. */
const clampOf = (minutes: number): string => (minutes < 40 ? '1' : minutes < 75 ? '2' : '4');

/** The blocks of one grid. */
export class GridBlocksDom {
  private readonly made = new WeakSet<Element>();

  /** Makes the `<li part="block">` of each block the children of `ol`, reusing the `<li>` a card already has. */
  fill(ol: Element, blocks: readonly GridBlock[], c: BlockContext): void {
    const items = blocks.map((b) => {
      const card = c.card(b);
      let li = card.parentElement;
      if (!li || !this.made.has(li) || li.parentElement !== ol) {
        li = document.createElement('li');
        li.setAttribute('part', 'block');
        this.made.add(li);
      }
      setCustomProperty(li, '--_top', String(b.top));
      setCustomProperty(li, '--_len', String(b.length));
      setCustomProperty(li, '--_lane', String(b.lane));
      setCustomProperty(li, '--_lanes', String(b.lanes));
      setCustomProperty(li, '--_clamp', clampOf(b.length));
      const color = b.activity.sectors[0]?.color;
      if (color) setCustomProperty(li, '--_accent-block', color);
      else li.style.removeProperty('--_accent-block');
      li.toggleAttribute('data-short', b.length < 60);
      if (b.continues) li.setAttribute('data-continues', c.continues);
      else li.removeAttribute('data-continues');
      syncChildren(li, [card]);
      return li;
    });
    syncChildren(ol, items);
  }
}
