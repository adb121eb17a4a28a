// Screenshots of every demo page at a desktop and a phone width, to look at (never compared pixel by pixel).
//
//   node scripts/screenshots.mjs [out-dir] [--readme] [--only=index,conference]
//
// Builds the embed bundle (embed.html loads it), serves the repository with the demo server of `npm start`, and
// writes for each page and width the first screen (`<page>-<width>.png`), the busiest time slot of parallel sessions
// (`<page>-<width>-busy.png`) and the page from the top down to at most 8,000 px (`<page>-<width>-full.png`). Pages are opened at a fixed moment before the mission (a clock set in the
// page), so the pictures do not change with the day they are taken. The full programme is also printed to
// index.pdf on A4, and the script fails when it takes more than 8 pages. `--readme` also refreshes
// docs/screenshots/desktop.png and phone.png from the full programme.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';
import { fixClock } from './fixed-clock.mjs';

const args = process.argv.slice(2);
const out = resolve(args.find((a) => !a.startsWith('--')) ?? 'tmp/screenshots');
const readme = args.includes('--readme');
// `--only=index,conference`: just those pages
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const root = resolve(import.meta.dirname, '..');

const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800, mobile: false },
  { name: 'phone', width: 390, height: 844, mobile: true },
];
const MAX_HEIGHT = 8000;

mkdirSync(out, { recursive: true });
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });

const server = await createServer({
  root,
  configFile: join(root, 'vite.demo.config.ts'),
  logLevel: 'warn',
  server: { port: 0, host: '127.0.0.1' },
});
await server.listen();
const address = server.httpServer?.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 5173}`;

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
const pages = readdirSync(join(root, 'demo'))
  .filter((f) => f.endsWith('.html') && (!only || only.includes(f.replace(/\.html$/, ''))))
  .sort();
try {
  // The first visit lets the dev server find and bundle the dependencies (it reloads the page when it has).
  const warm = await browser.newPage();
  for (const file of pages) await warm.goto(`${base}/demo/${file}`, { waitUntil: 'networkidle' }).catch(() => {});
  await warm.waitForTimeout(2000);
  await warm.close();
  for (const file of pages) {
    for (const w of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width: w.width, height: w.height },
        deviceScaleFactor: 1,
        isMobile: w.mobile,
        hasTouch: w.mobile,
        timezoneId: 'Europe/Brussels',
        locale: 'en-GB',
      });
      // 1 October 2025, 09:00 in Brussels: before the mission, so no "now" marker and no past activities
      await fixClock(context);
      const page = await context.newPage();
      page.on('pageerror', (e) => console.warn(`${file}: ${e.message}`));
      await page.goto(`${base}/demo/${file}`, { waitUntil: 'networkidle' });
      await page
        .waitForFunction(
          () => {
            const agendas = [...document.querySelectorAll('mission-agenda')];
            return agendas.every((a) => a.shadowRoot && !a.shadowRoot.querySelector('[part=loading]'));
          },
          undefined,
          { timeout: 90_000 },
        )
        .catch(() => console.warn(`${file}: still loading after 90 s`));
      await page.evaluate(() => document.fonts.ready);
      await page.waitForTimeout(500);
      const stem = `${file.replace(/\.html$/, '')}-${w.width}`;
      await page.screenshot({ path: join(out, `${stem}.png`) });
      // The busiest time slot of parallel sessions, scrolled to the top of the screen.
      const busy = await page.evaluate(() => {
        const groups = [];
        const visit = (root) => {
          groups.push(...root.querySelectorAll('[part="parallel"]'));
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
        };
        visit(document);
        const most = groups.sort((a, b) => b.childElementCount - a.childElementCount)[0];
        most?.scrollIntoView({ block: 'start' });
        return Boolean(most);
      });
      if (busy) {
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(out, `${stem}-busy.png`) });
        await page.evaluate(() => scrollTo(0, 0));
      }
      // The whole page at once in one tall viewport: parts kept off screen by `content-visibility` are painted too.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: w.width, height: Math.min(height, MAX_HEIGHT) });
      await page.waitForTimeout(500);
      await page.screenshot({ path: join(out, `${stem}-full.png`), timeout: 60_000 });
      await page.setViewportSize({ width: w.width, height: w.height });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      console.log(`${stem}: ${height} px tall${overflow > 0 ? `, ${overflow} px horizontal overflow` : ''}`);
      if (file === 'index.html' && !w.mobile) {
        // the printed programme: A4 with the 1 cm margins a browser's print dialog gives, as a visitor would print it
        const margin = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' };
        const pdf = await page.pdf({ path: join(out, 'index.pdf'), format: 'A4', margin, printBackground: true });
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
        console.log(`index.pdf: ${pages} A4 pages${pages > 8 ? ' (more than 8)' : ''}`);
        if (pages > 8) process.exitCode = 1;
      }
      if (readme && file === 'index.html') {
        mkdirSync(join(root, 'docs/screenshots'), { recursive: true });
        copyFileSync(join(out, `${stem}.png`), join(root, `docs/screenshots/${w.name}.png`));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`Screenshots in ${out}`);
