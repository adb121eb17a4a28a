import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders the host when a `lang` attribute changes anywhere above it (a page that switches language
 * by setting `<html lang>`), and answers the nearest ancestor language.
 */
export class LangController implements ReactiveController {
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The `lang` of the nearest ancestor (crossing shadow roots), or undefined. */
  get inherited(): string | undefined {
    let node: Node | null = this.host.parentNode;
    while (node) {
      if (node instanceof HTMLElement && node.lang) return node.lang;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return undefined;
  }

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.host.requestUpdate());
    this.observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
