import type { MissionAgenda } from '../../src/elements/mission-agenda/mission-agenda.js';
import { nextEvent as nextEventWithin } from '../helpers/dom.js';

/**
 * Records uncaught errors and unhandled promise rejections of this window while a test runs.
 * Call `stop()` at the end and assert that the list it returns is empty.
 */
export function watchErrors(): { stop(): string[] } {
  const seen: string[] = [];
  const onError = (e: ErrorEvent) => seen.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      return seen;
    },
  };
}

/** A unique key for a counter route or a storage entry. */
export const uniqueKey = () => `k${Math.random().toString(36).slice(2)}`;

/** An agenda created with `props`, appended to the body (not yet loaded). */
export function mountAgenda(props: Partial<MissionAgenda>, attrs: Record<string, string> = {}): MissionAgenda {
  const el = document.createElement('mission-agenda');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  Object.assign(el, props);
  document.body.append(el);
  return el;
}

/** What the host page's test hook (`/__page/hook.js`) recorded. */
export interface HostLog {
  errors: string[];
  violations: string[];
  loads: number;
  failures: number;
  /** What was written with console.error. */
  consoleErrors: string[];
}

/** Loads `url` in a new iframe (`width` px wide) and waits for its load event. */
export async function loadFrame(url: string, width = 800): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** The hook's log of a frame. */
export const hostLog = (frame: HTMLIFrameElement) =>
  (frame.contentWindow as unknown as { __hostLog: HostLog }).__hostLog;

/** Polls `check` every 20 ms until it returns true, or fails after `ms` (a guard against a hang, not a speed test). */
export async function until(check: () => boolean, ms = 30_000, what = 'condition'): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`${what} not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** True while the agenda's feed request is on its way (its timeout timer is then armed). */
export const requestInFlight = (el: Element): boolean =>
  (el as unknown as { loader: { request?: AbortController } }).loader.request !== undefined;

/**
 * The next `type` event of `el`. The bound (at least 60 s) only guards against a hang: on a busy machine a load may
 * take seconds, and no test's outcome may depend on that.
 */
export const nextEvent = <E extends Event>(el: EventTarget, type: string, ms = 60_000): Promise<E> =>
  nextEventWithin<E>(el, type, Math.max(ms, 60_000));
