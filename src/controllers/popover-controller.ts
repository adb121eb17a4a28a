import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** `@floating-ui/dom`, loaded the first time a panel opens: most visitors never open one. */
type Floating = typeof import('../chunks/floating.js');
let floating: Promise<Floating> | undefined;
function loadFloating(): Promise<Floating> {
  return (floating ??= import('../chunks/floating.js').catch((error: unknown) => {
    floating = undefined; // try again on the next open
    throw error;
  }));
}

/** How the controller finds its elements and tells the host that it closed. */
export interface PopoverOptions {
  /** The element the panel is anchored to (and that gets focus back on close), usually the toggle button. */
  readonly anchor: () => HTMLElement | null | undefined;
  /** The floating panel; rendered by the host, ideally with `popover="manual"` so it lives in the top layer. */
  readonly panel: () => HTMLElement | null | undefined;
  /** Called after the panel closed by Escape, an outside click or `close()`; the host drops its open state. */
  readonly onClose: () => void;
  /** Gap between anchor and panel in px (default 6). */
  readonly gap?: number;
}

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * Floating panel behaviour for a Lit host: positions the panel next to its anchor with `@floating-ui/dom`
 * (`offset`, `flip`, `shift`; `fixed` strategy; the module is loaded when a panel first opens, and the panel is marked
 * with `data-placement` once positioned), keeps it there with `autoUpdate` while open, closes on Escape and on a
 * pointer press outside anchor and panel (focus returns to the anchor), and moves focus into the panel on open.
 * Document listeners exist only while a panel is open, and everything is cleaned up on close and on disconnect.
 * This is the only module of the library that loads `@floating-ui/dom` (through `./floating.js`).
 */
export class PopoverController implements ReactiveController {
  private stopAutoUpdate?: () => void;
  private openPanel?: HTMLElement;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PopoverOptions,
  ) {
    host.addController(this);
  }

  /** `true` while a panel is shown. */
  get isOpen(): boolean {
    return this.openPanel !== undefined;
  }

  /** Shows the panel (already rendered by the host), positions it, starts tracking, and focuses into it. */
  open(): void {
    const anchor = this.options.anchor();
    const panel = this.options.panel();
    if (!anchor || !panel || this.openPanel === panel) return;
    this.teardown();
    this.openPanel = panel;
    if (supportsPopover && panel.hasAttribute('popover') && !panel.matches(':popover-open')) panel.showPopover();
    loadFloating().then(
      ({ autoUpdate }) => {
        if (this.openPanel !== panel) return; // closed before the module arrived
        this.stopAutoUpdate = autoUpdate(anchor, panel, () => void this.position(anchor, panel));
      },
      () => {
        // Without the positioning code the panel still shows, where the browser puts it.
        if (this.openPanel === panel) panel.dataset.placement = 'none';
      },
    );
    document.addEventListener('keydown', this.handleKeydown);
    document.addEventListener('pointerdown', this.handlePointerDown, true);
    const target = panel.querySelector<HTMLElement>('[autofocus]') ?? panel;
    target.focus({ preventScroll: true });
  }

  /** Hides the panel, stops tracking; focus goes back to the anchor unless `returnFocus` is false. */
  close(returnFocus = true): void {
    if (!this.openPanel) return;
    this.teardown();
    if (returnFocus) this.options.anchor()?.focus();
    this.options.onClose();
  }

  hostDisconnected(): void {
    this.teardown();
  }

  private teardown(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = undefined;
    document.removeEventListener('keydown', this.handleKeydown);
    document.removeEventListener('pointerdown', this.handlePointerDown, true);
    const panel = this.openPanel;
    this.openPanel = undefined;
    if (panel) delete panel.dataset.placement; // shown again only once positioned again
    if (panel && supportsPopover && panel.isConnected && panel.matches(':popover-open')) panel.hidePopover();
  }

  private async position(anchor: HTMLElement, panel: HTMLElement): Promise<void> {
    // only called by autoUpdate, so the module is there
    const { computePosition, flip, offset, shift } = await loadFloating();
    const { x, y, placement } = await computePosition(anchor, panel, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(this.options.gap ?? 6), flip(), shift({ padding: 8 })],
    });
    if (this.openPanel !== panel) return;
    Object.assign(panel.style, { left: `${x}px`, top: `${y}px` });
    panel.dataset.placement = placement;
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    this.close(true);
  };

  private readonly handlePointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    const anchor = this.options.anchor();
    if ((this.openPanel && path.includes(this.openPanel)) || (anchor && path.includes(anchor))) return;
    // Clicking elsewhere moves focus there; do not pull it back to the anchor.
    this.close(false);
  };
}
