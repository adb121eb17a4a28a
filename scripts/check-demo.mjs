// Opens every demo page the way `npm start` serves it and checks what a visitor would see:
// the programme (or, on error.html, the error panels), and no page error on the way. Needs `vite build` first
// (embed.html uses the bundle). Exits non-zero on the first page that fails.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

/** page → what must be on it: a number of cards at least, and/or error panels. */
const PAGES = {
  'index.html': { cards: 80 },
  'chamber.html': { cards: 8, lang: 'nl' },
  'themed.html': { cards: 80 },
  'embed.html': { cards: 80 },
  'conference.html': { cards: 883 },
  'error.html': { cards: 1, errors: 2 },
};

const server = await createServer({ configFile: 'vite.demo.config.ts', server: { port: 0 }, logLevel: 'warn' });
await server.listen();
const origin = server.resolvedUrls.local[0].replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
let failed = false;
try {
  for (const [name, want] of Object.entries(PAGES)) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${origin}/demo/${name}`);
    const seen = await page
      .waitForFunction(
        (want) => {
          const agendas = [...document.querySelectorAll('mission-agenda')];
          let cards = 0;
          let errors = 0;
          for (const a of agendas) {
            const timeline = a.shadowRoot?.querySelector('mission-timeline, mission-grid');
            cards += timeline?.shadowRoot?.querySelectorAll('mission-activity-card').length ?? 0;
            if (a.shadowRoot?.querySelector('[part="error"]')) errors++;
          }
          return cards >= want.cards && errors >= (want.errors ?? 0) ? { cards, errors } : false;
        },
        want,
        { timeout: 60_000 },
      )
      .then((h) => h.jsonValue())
      .catch(() => undefined);
    const lang = await page.evaluate(() =>
      document.querySelector('mission-agenda')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'),
    );
    if (!seen)
      problems.push(`expected at least ${want.cards} cards${want.errors ? ` and ${want.errors} error panels` : ''}`);
    if (want.lang && lang !== want.lang) problems.push(`expected the agenda in ${want.lang}, got ${lang}`);
    if (problems.length) {
      failed = true;
      console.error(`✘ /demo/${name}: ${problems.join('; ')}`);
    } else {
      console.log(`✔ /demo/${name}: ${seen.cards} cards${seen.errors ? `, ${seen.errors} error panels` : ''}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
