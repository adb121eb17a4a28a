import { syncChildren } from '../../directives/on-render.js';
import type { Translation } from '../../core/i18n/index.js';
import type { EntryItem, TimelineEntry } from '../../core/view/timeline-view.js';

// The `<li>`s of a day's list are kept by hand: a template binding per card would keep a part, a marker and a
// wrapper alive per card for its whole life. Each element made here is remembered with its role, and an element is
// reused only for the role it was made for. A card that stays keeps its place: nothing moves, so no card is
// disconnected and connected again (which would cost it a context request and a restyle).

/** An entry as rendered: while a long first render builds up, a group may show only its first `items` of `count`. */
export type ShownEntry = TimelineEntry & { readonly count?: number };

type Role = 'item' | 'group';

/** What filling a list needs from the timeline. */
export interface ListContext {
  readonly t: Translation;
  /** The card element of an item (the same element for as long as its activity lives). */
  readonly card: (item: EntryItem) => HTMLElement;
  /** The key of the entry the "now" marker goes before, if any. */
  readonly markerBefore?: string;
  /** A fresh "now" marker. */
  readonly marker: () => HTMLElement;
}

/** The list DOM of one timeline. */
export class TimelineListDom {
  private readonly roles = new WeakMap<Element, Role>();

  /** Makes the `<li>` of each entry the children of `ol`, reusing what the DOM already holds. */
  fill(ol: Element, entries: readonly ShownEntry[], c: ListContext): void {
    const taken = new Set<Element>();
    const reuse = (found: Element | null | undefined, role: Role, tag: string): HTMLElement => {
      if (found && this.roles.get(found) === role && !taken.has(found)) {
        taken.add(found);
        return found as HTMLElement;
      }
      const made = document.createElement(tag);
      this.roles.set(made, role);
      taken.add(made);
      if (role === 'group') this.initGroup(made);
      return made;
    };
    const items = entries.map((entry) => {
      const marker = entry.key === c.markerBefore ? [c.marker()] : [];
      const count = entry.count ?? entry.items.length;
      if (count === 1) {
        const card = c.card(entry.items[0]);
        const li = reuse(card.parentElement, 'item', 'li');
        syncChildren(li, [...marker, card]);
        return li;
      }
      const cards = entry.items.map((item) => c.card(item));
      // the group of any of its cards that is still in the list (a returning card's old group is not)
      const group = reuse(
        cards
          .map((card) => card.parentElement)
          .find((g) => g?.isConnected && this.roles.get(g) === 'group' && !taken.has(g)),
        'group',
        'div',
      );
      const label = group.firstElementChild as HTMLElement;
      const text = `${entry.time} · ${c.t.parallelCount(count)}`;
      if (label.textContent !== text) label.textContent = text;
      group.setAttribute('aria-label', text);
      syncChildren(group, [label, ...cards]);
      const li = reuse(group.parentElement, 'item', 'li');
      syncChildren(li, [...marker, group]);
      return li;
    });
    syncChildren(ol, items);
  }

  private initGroup(group: HTMLElement): void {
    group.className = 'parallel';
    group.setAttribute('part', 'parallel');
    group.setAttribute('role', 'group');
    const label = document.createElement('p');
    label.setAttribute('part', 'parallel-label');
    label.setAttribute('aria-hidden', 'true');
    group.append(label);
  }
}
