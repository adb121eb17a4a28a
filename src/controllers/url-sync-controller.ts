import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, urlNamespace, writeUrlState, type UrlState } from '../core/agenda/url-state.js';

/** What the controller needs from its host. */
export interface UrlSyncOptions {
  /** Whether the host keeps its state in the URL (`sync-url`). */
  readonly enabled: () => boolean;
  /** Applies a state read from the URL (on connect and on back/forward). */
  readonly restore: (state: UrlState) => void;
}

/** Which element keeps its state under each namespace of this page's URL. */
const owners = new Map<string, Element>();

/**
 * Keeps an agenda's shareable state in the page's query string, under a namespace of its own (`ma.*`, or `ma-<id>.*`
 * for an agenda with an id), and restores it on load and on back/forward. Only one element on a page may sync under
 * a namespace: a second agenda without an id of its own does not sync (a console warning says to give it an id), so
 * it is never filtered by the first one's choices.
 */
export class UrlSyncController implements ReactiveController {
  private syncing = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  /** The namespace of the host's parameters. */
  get namespace(): string {
    return urlNamespace(this.host.id);
  }

  /** What the URL says for the host, whether or not it syncs (a shared programme is read either way). */
  read(): UrlState {
    return readUrlState(location.search, this.namespace);
  }

  hostConnected(): void {
    if (!this.options.enabled()) return;
    const ns = this.namespace;
    const owner = owners.get(ns);
    if (owner && owner !== this.host && owner.isConnected) {
      console.warn(
        `<mission-agenda>: another agenda on this page keeps its state in the URL under "${ns}"; give this one an id to keep its own.`,
      );
      return;
    }
    owners.set(ns, this.host);
    this.syncing = true;
    this.options.restore(this.read());
    window.addEventListener('popstate', this.handlePopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.handlePopState);
    if (owners.get(this.namespace) === this.host) owners.delete(this.namespace);
    this.syncing = false;
  }

  /** Writes `state` into the URL (when the host syncs), replacing the current history entry. */
  write(state: UrlState): void {
    if (this.syncing) this.replace(writeUrlState(location.search, this.namespace, state));
  }

  /** The page's URL with `state` added under the host's namespace (for links to share). */
  link(state: UrlState): string {
    return `${location.origin}${location.pathname}${writeUrlState(location.search, this.namespace, state)}${location.hash}`;
  }

  /** Removes a shared programme from the URL once it was taken in. */
  removeShare(): void {
    const params = new URLSearchParams(location.search);
    const key = `${this.namespace}.share`;
    if (!params.has(key)) return;
    params.delete(key);
    const search = params.toString();
    this.replace(search ? `?${search}` : '');
  }

  private replace(search: string): void {
    if (search !== location.search)
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
  }

  private readonly handlePopState = (): void => this.options.restore(this.read());
}
