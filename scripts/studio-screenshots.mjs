// Screenshots of the studio for the docs (docs/screenshots/studio-*.png), after `npm run build`: the shipped page,
// opened from the disk, reading the example workbook with two mistakes in it, compared with the published example.
// Usage: node scripts/studio-screenshots.mjs
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const repo = process.cwd();
const out = join(repo, 'docs', 'screenshots');
const scratch = mkdtempSync(join(tmpdir(), 'mission-agenda-'));

// the example workbook with a time that is not one and a venue that does not exist
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.readFile(join(repo, 'demo/feeds/bem-west-coast-2025.xlsx'));
const sheet = workbook.getWorksheet('Activities');
const headings = sheet.getRow(1).values;
sheet.getRow(14).getCell(headings.indexOf('start')).value = '25:00';
sheet.getRow(9).getCell(headings.indexOf('venue')).value = 'v-moscone';
const edited = join(scratch, 'programme.xlsx');
await workbook.xlsx.writeFile(edited);
// what visitors see today: the example, one activity an hour earlier
const published = JSON.parse(
  (await import('node:fs')).readFileSync(join(repo, 'demo/feeds/bem-west-coast-2025.json'), 'utf8'),
);
published.activities[4].start = published.activities[4].start.replace(
  /T(\d\d)/,
  (_, h) => `T${String(h - 1).padStart(2, '0')}`,
);
const publishedFile = join(scratch, 'mission.json');
writeFileSync(publishedFile, JSON.stringify(published));

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
try {
  for (const { name, viewport, mobile } of [
    { name: 'studio-desktop', viewport: { width: 1280, height: 1500 } },
    { name: 'studio-phone', viewport: { width: 390, height: 844 }, mobile: true },
  ]) {
    // an organiser in Brussels
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      isMobile: !!mobile,
      hasTouch: !!mobile,
      timezoneId: 'Europe/Brussels',
      locale: 'en-GB',
    });
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(pathToFileURL(join(repo, 'dist/studio/index.html')).href);
    await page.setInputFiles('mission-studio >> input[type=file][multiple]', edited);
    await page.waitForFunction(() => {
      const root = document.querySelector('mission-studio')?.shadowRoot;
      const agendas = [...(root?.querySelectorAll('mission-agenda') ?? [])];
      return (
        agendas.length === 2 &&
        agendas.every(
          (a) =>
            (a.shadowRoot?.querySelector('mission-timeline')?.shadowRoot?.querySelectorAll('mission-activity-card')
              .length ?? 0) >= 79,
        )
      );
    });
    await page.setInputFiles('mission-studio >> .changes input[type=file]', publishedFile);
    await page.waitForFunction(() => document.querySelector('mission-studio')?.shadowRoot?.querySelector('.change'));
    await page.waitForTimeout(300);
    if (mobile) {
      // the phone's first screen after loading: the problems, then the phone preview
      await page.evaluate(() =>
        document.querySelector('mission-studio')?.shadowRoot?.querySelector('section.findings')?.scrollIntoView(),
      );
      await page.waitForTimeout(200);
      await page.screenshot({ path: join(out, `${name}.png`) });
    } else {
      await page.screenshot({ path: join(out, `${name}.png`) });
      // the changes and the code to publish, further down (boxes measured at the top of the page are page coordinates)
      const box = await page.locator('mission-studio >> section.changes').boundingBox();
      const end = await page.locator('mission-studio >> section.publish').boundingBox();
      await page.screenshot({
        path: join(out, 'studio-publish.png'),
        fullPage: true,
        clip: { x: 0, y: box.y, width: viewport.width, height: end.y + end.height - box.y },
      });
      console.log('wrote docs/screenshots/studio-publish.png');
    }
    console.log(`wrote docs/screenshots/${name}.png`);
    await context.close();
  }
} finally {
  await browser.close();
}
