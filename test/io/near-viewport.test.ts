import { expect } from '@open-wc/testing';
import { NearViewport } from '../../src/io/near-viewport.js';

/** An IntersectionObserver the test drives: the page's geometry is the browser's business. */
function fakeObserver() {
  const Real = window.IntersectionObserver;
  const reports: ((near: boolean) => void)[] = [];
  window.IntersectionObserver = class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      reports.push((isIntersecting) =>
        this.callback([{ isIntersecting, target } as IntersectionObserverEntry], this as never),
      );
    }
    disconnect() {}
  } as unknown as typeof IntersectionObserver;
  return {
    report: (near: boolean) => reports.forEach((r) => r(near)),
    restore: () => (window.IntersectionObserver = Real),
  };
}

describe('NearViewport', () => {
  let observer: ReturnType<typeof fakeObserver>;
  let viewport: NearViewport;
  beforeEach(() => {
    observer = fakeObserver();
    viewport = new NearViewport();
    viewport.observe(document.body);
  });
  afterEach(() => {
    viewport.disconnect();
    observer.restore();
  });

  it('runs work at once until the observer says the element is far (nothing held back for good)', () => {
    let ran = 0;
    viewport.schedule(() => ran++, 10_000);
    expect(ran).to.equal(1);
  });

  it('holds work while far, and runs it as soon as the element comes near', () => {
    observer.report(false);
    let ran = 0;
    viewport.schedule(() => ran++, 10_000);
    viewport.schedule(() => ran++, 10_000);
    expect(ran).to.equal(0);
    observer.report(true);
    expect(ran).to.equal(2);
    observer.report(true);
    expect(ran, 'each runs once').to.equal(2);
  });

  it('runs held work in idle time at the latest after the timeout', async () => {
    observer.report(false);
    let ran = 0;
    viewport.schedule(() => ran++, 50);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(ran).to.equal(1);
  });

  it('drops cancelled work, and runs what still waits when disconnected', () => {
    observer.report(false);
    let cancelled = 0;
    let kept = 0;
    const cancel = viewport.schedule(() => cancelled++, 10_000);
    viewport.schedule(() => kept++, 10_000);
    cancel();
    viewport.disconnect();
    expect([cancelled, kept]).to.deep.equal([0, 1]);
  });
});
