// Checks what a new user gets, after `npm run build`:
// 1. the embed bundle, served from one origin, works with one <script> tag on a page of another origin,
//    with the feed fetched across origins (CORS);
// 2. `npm pack` produces a tarball that installs into an empty Vite project and renders <mission-agenda> there.
// Prints what it did; exits non-zero on the first failure.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const repo = process.cwd();
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.map': 'application/json',
};

/** A static server on 127.0.0.1 with an ephemeral port; `cors` adds Access-Control-Allow-Origin. */
function serve(root, { cors = false, files = {} } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const extra = files[path];
    const file = normalize(join(root, path === '/' ? '/index.html' : path));
    if (!extra && (!file.startsWith(root) || !existsSync(file))) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(extra ? path : file)] ?? 'application/octet-stream',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    res.end(extra ?? readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const url = (server) => `http://127.0.0.1:${server.address().port}`;

async function cardsIn(browser, pageUrl) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    // failed requests are judged by their URL below (the browser's own /favicon.ico probe is fine)
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  await page.goto(pageUrl);
  const count = await page
    .waitForFunction(
      () => {
        const agenda = document.querySelector('mission-agenda');
        const timeline = agenda?.shadowRoot?.querySelector('mission-timeline');
        const n = timeline?.shadowRoot?.querySelectorAll('mission-activity-card').length ?? 0;
        return n > 0 ? n : false;
      },
      undefined,
      { timeout: 30_000 },
    )
    // the first cards are there: once the agenda's update is complete, every chunk is
    .then(() =>
      page.evaluate(async () => {
        const agenda = document.querySelector('mission-agenda');
        await agenda.updateComplete;
        const timeline = agenda.shadowRoot.querySelector('mission-timeline');
        return timeline.shadowRoot.querySelectorAll('mission-activity-card').length;
      }),
    )
    .catch(() => 0);
  await page.close();
  if (problems.length) throw new Error(`${pageUrl}: ${problems.join('; ')}`);
  return count;
}

/** The agenda's error text on `pageUrl`, and any page error (an unhandled rejection included) on the way. */
async function errorIn(browser, pageUrl) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pageUrl);
  const text = await page
    .waitForFunction(
      () => document.querySelector('mission-agenda')?.shadowRoot?.querySelector('[part="error"]')?.textContent ?? false,
      undefined,
      { timeout: 30_000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => '');
  await page.close();
  return { text, pageErrors };
}

const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
const cleanups = [() => browser.close()];
try {
  // 1. One tag, two origins.
  if (!existsSync(join(repo, 'dist/mission-agenda.js')))
    throw new Error('dist/mission-agenda.js is missing: run npm run build');
  const feed = readFileSync(join(repo, 'demo/feeds/bem-west-coast-2025.json'));
  const camp = readFileSync(join(repo, 'test/fixtures/real/frab-camp2019.json'));
  const cdn = await serve(join(repo, 'dist'), { cors: true, files: { '/feed.json': feed, '/camp.json': camp } });
  cleanups.push(() => cdn.close());
  // The bundle published alone, without dist/chunks/.
  const bare = mkdtempSync(join(tmpdir(), 'mission-agenda-bare-'));
  cleanups.push(() => rmSync(bare, { recursive: true, force: true }));
  cpSync(join(repo, 'dist/mission-agenda.js'), join(bare, 'mission-agenda.js'));
  const lone = await serve(bare, { cors: true, files: { '/camp.json': camp } });
  cleanups.push(() => lone.close());
  /** A host page on another origin: the one script tag of `origin`, and an agenda on its feed `path`. */
  const hostPage = (origin, path) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script type="module" src="${url(origin)}/mission-agenda.js"></script></head>
<body><mission-agenda src="${url(origin)}${path}"></mission-agenda></body></html>`;
  const host = await serve(tmpdir(), {
    files: {
      '/index.html': hostPage(cdn, '/feed.json'),
      '/camp.html': hostPage(cdn, '/camp.json'),
      '/lone.html': hostPage(lone, '/camp.json'),
    },
  });
  cleanups.push(() => host.close());
  const embedded = await cardsIn(browser, `${url(host)}/index.html`);
  if (embedded !== 80) throw new Error(`cross-origin embed rendered ${embedded} cards, expected 80`);
  console.log(`✔ embed bundle from ${url(cdn)} on a page of ${url(host)}: 80 cards`);
  // A conference schedule needs the importer chunk, fetched relative to the bundle, from the other origin.
  const conference = await cardsIn(browser, `${url(host)}/camp.html`);
  if (conference < 70) throw new Error(`cross-origin embed of a frab schedule rendered ${conference} cards`);
  console.log(`✔ the importer chunk loads from ${url(cdn)} too: a frab schedule renders ${conference} cards`);
  // Published without dist/chunks/: a conference schedule gets a clear error, and nothing escapes into the page.
  const missing = await errorIn(browser, `${url(host)}/lone.html`);
  if (!/could not be loaded/.test(missing.text) || missing.pageErrors.length)
    throw new Error(`without dist/chunks/: error ${JSON.stringify(missing.text)}, page errors ${missing.pageErrors}`);
  console.log('✔ without dist/chunks/, a conference schedule shows a clear error and nothing escapes');

  // 2. npm pack → an empty Vite project.
  const work = mkdtempSync(join(tmpdir(), 'mission-agenda-pack-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  const project = join(work, 'consumer');
  cpSync(join(repo, 'scripts/pack-consumer'), project, { recursive: true });
  const vite = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')).devDependencies.vite;
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module', devDependencies: { vite } }, null, 2),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(work, tarball)], {
    cwd: project,
    stdio: 'inherit',
  });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: project, stdio: 'inherit' });
  execFileSync(join(project, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: project,
    stdio: 'inherit',
  });
  writeFileSync(join(project, 'dist/feed.json'), feed);
  const site = await serve(join(project, 'dist'));
  cleanups.push(() => site.close());
  const packed = await cardsIn(browser, `${url(site)}/index.html`);
  if (packed !== 80) throw new Error(`the packed library rendered ${packed} cards in a Vite project, expected 80`);
  console.log(`✔ ${tarball} installs into an empty Vite project and renders 80 cards`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
