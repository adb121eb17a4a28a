import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether a media query matches, kept current: the host re-renders when the answer changes. */
export class MediaController implements ReactiveController {
  private list?: MediaQueryList;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  /** True when the query matches now. */
  get matches(): boolean {
    return (this.list ??= matchMedia(this.query)).matches;
  }

  hostConnected(): void {
    (this.list ??= matchMedia(this.query)).addEventListener('change', this.changed);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.changed);
  }

  private readonly changed = (): void => this.host.requestUpdate();
}
