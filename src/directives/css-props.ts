import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM (`style.setProperty`), never through a `style`
 * attribute, so a page with a strict `style-src` Content-Security-Policy (no `'unsafe-inline'`) accepts it.
 * (Lit's `styleMap` writes the whole `style` attribute on its first render, which such a policy blocks.)
 * Only custom properties (`--x`) are accepted: values come from validated feed data, never free CSS.
 *
 * @example html`<span ${cssProps({ '--mission-sector-color': sector.color })}></span>`
 */
class CssPropsDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() must be used in an element position');
  }

  render(_props: Readonly<Record<string, string | undefined>>) {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Readonly<Record<string, string | undefined>>]) {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(props)) {
      if (!name.startsWith('--') || value === undefined || value === '') continue;
      next.add(name);
      setCustomProperty(part.element as HTMLElement, name, value);
    }
    for (const name of this.previous) if (!next.has(name)) style.removeProperty(name);
    this.previous = next;
    return noChange;
  }
}

export const cssProps = directive(CssPropsDirective);

/** Sets one custom property through the CSSOM, only when it changes (an unchanged write still restyles). */
export function setCustomProperty(element: HTMLElement, name: string, value: string): void {
  if (element.style.getPropertyValue(name) !== value) element.style.setProperty(name, value);
}
