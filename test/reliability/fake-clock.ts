import type * as FakeTimersModule from '@sinonjs/fake-timers';

/**
 * @sinonjs/fake-timers for the test page. The package ships CommonJS only and the test runner does not convert it:
 * its source is evaluated here with the one dependency it needs in a browser (`@sinonjs/commons`' `global`); the
 * Node-only modules it tries (`timers`, `perf_hooks`) are absent, as in any browser.
 */
type FakeTimers = typeof FakeTimersModule;
let loaded: Promise<FakeTimers> | undefined;

function load(): Promise<FakeTimers> {
  loaded ??= (async () => {
    const code = await (await fetch('/node_modules/@sinonjs/fake-timers/src/fake-timers-src.js')).text();
    const module = { exports: {} as FakeTimers };
    const require = (spec: string) => {
      if (spec === '@sinonjs/commons') return { global: globalThis };
      throw new Error(`Cannot find module '${spec}'`);
    };
    new Function('exports', 'require', 'module', code)(module.exports, require, module);
    return module.exports;
  })();
  return loaded;
}

export type Clock = FakeTimersModule.Clock;

/**
 * Installs a fake clock on this window: `setTimeout`, `clearTimeout`, `setInterval`, `clearInterval` and `Date`.
 * Time moves only through `clock.tick…`, so a test of timers gives the same answer on any machine, however loaded.
 * Promises, fetch and rendering stay real. Call `clock.uninstall()` when done.
 */
export async function installClock(): Promise<Clock> {
  const timers = await load();
  return timers.withGlobal(window).install({
    now: Date.now(),
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
  });
}

/** Real timers, saved before any test fakes them. */
const realSetTimeout = window.setTimeout.bind(window);

/** Waits `ms` of real time, whatever clock is installed. */
export const realSleep = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** Polls `check` on real time until it holds, or fails after `ms` real ms (for network answers under a fake clock). */
export async function realUntil(check: () => boolean, what: string, ms = 10_000): Promise<void> {
  for (let waited = 0; !check(); waited += 10) {
    if (waited > ms) throw new Error(`${what} not met within ${ms} ms`);
    await realSleep(10);
  }
}
