// How every tool of this repository starts Debian's Chromium (tests, benchmark, Storybook smoke test, package check).

/** The browser: Debian's Chromium, or CHROME_PATH. Never a browser downloaded by a tool. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags for headless runs as root on a closed network: no sandbox (root), no GPU, no /dev/shm reliance, and none of
 * Chromium's background connections (they are refused here, many at a time).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
