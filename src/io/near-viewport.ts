/**
 * Whether an element is on or near the screen (within one viewport's height), for work that can wait until it is:
 * `schedule(fn)` runs `fn` at once when near, else in the browser's next idle period (at most `timeout` ms away) or
 * as soon as the element comes near, whichever is first. Until the observer has reported, and where it never reports
 * (no `IntersectionObserver`, a page that renders no frames), the element counts as near: nothing is ever held back
 * for good.
 * @internal
 */
export class NearViewport {
  near = true;
  private observer?: IntersectionObserver;
  private readonly waiting = new Set<() => void>();

  /** Starts watching `el`. */
  observe(el: Element): void {
    if (this.observer || typeof IntersectionObserver !== 'function') return;
    this.observer = new IntersectionObserver(
      (entries) => {
        this.near = entries.some((e) => e.isIntersecting);
        if (this.near) this.flush();
      },
      { rootMargin: '100% 0px' },
    );
    this.observer.observe(el);
  }

  /** Stops watching; whatever waits runs now. */
  disconnect(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.near = true;
    this.flush();
  }

  /** Runs `fn` now when near, else when idle or near (see above). Returns a function that cancels it. */
  schedule(fn: () => void, timeout: number): () => void {
    if (this.near || typeof requestIdleCallback !== 'function') {
      fn();
      return () => {};
    }
    let id = 0;
    const run = () => {
      this.waiting.delete(run);
      cancelIdleCallback(id);
      fn();
    };
    id = requestIdleCallback(run, { timeout });
    this.waiting.add(run);
    return () => {
      this.waiting.delete(run);
      cancelIdleCallback(id);
    };
  }

  private flush(): void {
    for (const run of [...this.waiting]) run();
  }
}
