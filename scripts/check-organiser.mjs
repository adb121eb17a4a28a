// Checks the organiser's pages as shipped, after `npm run build`:
// 1. the iframe page (dist/embed/frame.html), served from one origin, inside a host page on another origin that uses
//    the documented snippet, sizes its iframe to the programme; without the snippet's script the iframe keeps its
//    fixed height;
// 2. the studio (dist/studio/index.html), opened from the disk (file://), reads the example workbook in its worker
//    and shows the problems, both previews and the snippets; a workbook with a wrong time names that cell;
// 3. a 10,000-row workbook: the CLI converts it, and the studio reads it while its page keeps answering.
// Prints what it saw; exits non-zero on the first failure.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ExcelJS from 'exceljs';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const repo = process.cwd();
const dist = join(repo, 'dist');
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.map': 'application/json',
};

for (const file of [
  'mission-agenda.js',
  'embed/frame.html',
  'embed/frame.js',
  'studio/index.html',
  'studio/studio.js',
]) {
  if (!existsSync(join(dist, file))) {
    console.error(`✘ dist/${file} is missing: run "npm run build" first.`);
    process.exit(1);
  }
}

/** A static server on 127.0.0.1 (an ephemeral port, so each server is its own origin). */
function serve(root, extra = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path));
    const body = extra[path] ?? (file.startsWith(root) && existsSync(file) ? readFileSync(file) : undefined);
    if (body === undefined) return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
    });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const origin = (server) => `http://127.0.0.1:${server.address().port}`;

/** The snippet functions, from their source, so the host page below is the one the studio and the docs give. */
async function snippets() {
  const out = await build({
    entryPoints: [join(repo, 'src/organiser/snippet.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

let failed = false;
const check = (ok, message) => {
  console[ok ? 'log' : 'error'](`${ok ? '✔' : '✘'} ${message}`);
  if (!ok) failed = true;
};

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
const packageServer = await serve(dist, {
  '/feeds/mission.json': readFileSync(join(repo, 'demo/feeds/bem-west-coast-2025.json')),
});
const { frameSnippet } = await snippets();
const options = {
  feedUrl: `${origin(packageServer)}/feeds/mission.json`,
  scriptUrl: `${origin(packageServer)}/mission-agenda.js`,
  frameUrl: `${origin(packageServer)}/embed/frame.html`,
  lang: 'fr',
  height: 400,
};
const snippet = frameSnippet(options);
const hostServer = await serve(repo, {
  '/host.html': `<!doctype html><html lang="fr"><body style="margin:0"><h1>Mission</h1>${snippet}<p id="after">Fin</p></body></html>`,
  '/fixed.html': `<!doctype html><html lang="fr"><body>${snippet.replace(/<script>[\s\S]*<\/script>/, '')}</body></html>`,
});

try {
  // 1. the iframe page on another origin
  const page = await browser.newPage({ viewport: { width: 1024, height: 800 } });
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${origin(hostServer)}/host.html`);
  const frame = page.frameLocator('iframe[data-mission-agenda]');
  await frame.locator('mission-agenda').waitFor({ state: 'attached', timeout: 30_000 });
  const innerFrame = () => page.frames().find((f) => f.url().includes('/embed/frame.html'));
  const readInner = () =>
    innerFrame()?.evaluate(() => ({
      height: Math.ceil(document.documentElement.getBoundingClientRect().height),
      origin: location.origin,
      lang: document.documentElement.lang,
      cards:
        document
          .querySelector('mission-agenda')
          ?.shadowRoot?.querySelector('mission-timeline')
          ?.shadowRoot?.querySelectorAll('mission-activity-card').length ?? 0,
    }));
  const readSized = () =>
    page.evaluate(() => document.querySelector('iframe[data-mission-agenda]')?.getBoundingClientRect().height ?? 0);
  // The programme grows while it renders (its words, its cards, then their layout); the host follows each change.
  // What counts is that the two meet once it has settled: polled until they do, or for a minute.
  let sized = 0;
  let inner;
  for (const end = Date.now() + 60_000; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) {
    [sized, inner] = await Promise.all([readSized(), readInner()]);
    if (sized > 2000 && inner && Math.abs(sized - inner.height) <= 2) break;
  }
  check(
    inner && inner.origin !== origin(hostServer) && inner.cards >= 80 && inner.lang === 'fr',
    `the iframe page renders the programme from another origin (${inner?.cards} cards, lang ${inner?.lang})`,
  );
  check(
    sized > 2000 && inner && Math.abs(sized - inner.height) <= 2,
    `the host page sized its iframe to the programme: ${sized} px (content ${inner?.height} px, fixed height 400 px)`,
  );
  check(problems.length === 0, `no page errors${problems.length ? `: ${problems.join('; ')}` : ''}`);
  await page.goto(`${origin(hostServer)}/fixed.html`);
  await page.frameLocator('iframe').locator('mission-agenda').waitFor({ state: 'attached' });
  await page.waitForTimeout(1000);
  const fixed = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
  check(fixed === 400, `without the snippet's script the iframe keeps its fixed height (${fixed} px)`);
  await page.close();

  // 2. the studio from the disk
  const studioUrl = pathToFileURL(join(dist, 'studio/index.html')).href;
  const scratch = mkdtempSync(join(tmpdir(), 'mission-agenda-'));
  const broken = join(scratch, 'broken.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(join(repo, 'demo/feeds/bem-west-coast-2025.xlsx'));
  const activities = workbook.getWorksheet('Activities');
  activities.getRow(14).getCell(activities.getRow(1).values.indexOf('start')).value = '25:00';
  await workbook.xlsx.writeFile(broken);

  const studio = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const studioProblems = [];
  studio.on('pageerror', (e) => studioProblems.push(e.message));
  studio.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
      studioProblems.push(`request to ${r.url()}`);
  });
  await studio.goto(studioUrl);
  const seen = async (want) =>
    studio
      .waitForFunction(
        (want) => {
          const root = document.querySelector('mission-studio')?.shadowRoot;
          const agendas = [...(root?.querySelectorAll('mission-agenda') ?? [])];
          const cards = agendas.map(
            (a) =>
              a.shadowRoot?.querySelector('mission-timeline')?.shadowRoot?.querySelectorAll('mission-activity-card')
                .length ?? 0,
          );
          if (cards.length !== 2 || cards.some((c) => c !== want)) return false;
          return {
            cards,
            summary: root.querySelector('.summary')?.textContent.trim(),
            where: [...root.querySelectorAll('.findings .where')].map((w) => w.textContent),
            snippets: root.querySelectorAll('textarea[data-snippet]').length,
          };
        },
        want,
        { timeout: 60_000 },
      )
      .then((h) => h.jsonValue())
      .catch((e) => ({ error: e.message }));
  await studio.setInputFiles(
    'mission-studio >> input[type=file][multiple]',
    join(repo, 'demo/feeds/bem-west-coast-2025.xlsx'),
  );
  const example = await seen(80);
  check(
    example.cards?.join() === '80,80' &&
      /^80 activities ready, 0 errors, 0 warnings/.test(example.summary) &&
      example.snippets === 2,
    `the studio, opened from the disk, reads the example workbook: ${example.summary?.replace(/\s+/g, ' ') ?? example.error}; previews ${example.cards}`,
  );
  await studio.setInputFiles('mission-studio >> input[type=file][multiple]', broken);
  const wrong = await seen(79);
  check(
    wrong.where?.join() === 'Activities!C14 (start)' && wrong.cards?.join() === '79,79',
    `a workbook with a wrong time shows that cell and the 79 other activities: ${wrong.where} / ${wrong.cards}`,
  );
  check(
    studioProblems.length === 0,
    `the studio made no request and had no error${studioProblems.length ? `: ${studioProblems.join('; ')}` : ''}`,
  );

  // 3. 10,000 rows
  const big = join(scratch, 'big.xlsx');
  const large = new ExcelJS.Workbook();
  const mission = large.addWorksheet('Mission');
  mission.addRows([
    ['id', 'title_en', 'time_zone'],
    ['big', 'A big programme', 'Europe/Brussels'],
  ]);
  const rows = large.addWorksheet('Activities');
  rows.addRow(['id', 'date', 'start', 'end', 'title_en', 'title_fr', 'type']);
  for (let i = 0; i < 10_000; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const hour = String(8 + (i % 10)).padStart(2, '0');
    rows.addRow([`a${i}`, `${day}/10/2025`, `${hour}:00`, `${hour}:45`, `Meeting ${i}`, `Rendez-vous ${i}`, 'b2b']);
  }
  await large.xlsx.writeFile(big);
  const started = Date.now();
  const out = execFileSync(process.execPath, ['bin/mission-agenda.mjs', 'convert', big], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 28,
  });
  const seconds = (Date.now() - started) / 1000;
  check(JSON.parse(out).activities.length === 10_000, `the CLI converts 10,000 rows in ${seconds.toFixed(1)} s`);

  // while the worker reads it, the page keeps answering: the longest gap between timer ticks is printed
  await studio.evaluate(() => {
    window.__gaps = [];
    let last = performance.now();
    window.__ticker = setInterval(() => {
      const now = performance.now();
      window.__gaps.push(now - last);
      last = now;
    }, 20);
  });
  await studio.setInputFiles('mission-studio >> input[type=file][multiple]', big);
  const read = await studio
    .waitForFunction(
      () => {
        const text = document.querySelector('mission-studio')?.shadowRoot?.querySelector('.summary')?.textContent ?? '';
        return /10000 activities/.test(text) ? text.trim() : false;
      },
      null,
      { timeout: 120_000 },
    )
    .then((h) => h.jsonValue())
    .catch((e) => e.message);
  const longest = await studio.evaluate(() => {
    clearInterval(window.__ticker);
    return Math.round(Math.max(...window.__gaps));
  });
  check(/10000 activities ready/.test(read), `the studio reads 10,000 rows: ${read.replace(/\s+/g, ' ')}`);
  // a figure to watch, not a pass mark: it depends on the machine
  console.log(`  the longest pause of the page while it read them: ${longest} ms`);
  await studio.close();
  writeFileSync(join(scratch, 'done'), '');
} finally {
  await browser.close();
  packageServer.close();
  hostServer.close();
}
process.exit(failed ? 1 : 0);
