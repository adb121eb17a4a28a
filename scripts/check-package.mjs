// Checks what a new user gets, after `npm run build`:
// 1. the embed bundle, served from one origin, works with one <script> tag on a page of another origin,
//    with the feed fetched across origins (CORS);
// 2. `npm pack` produces a complete tarball (everything `exports` names is in it), which, installed from the tarball
//    into one folder of consumer projects (scripts/pack-consumer/), works in each:
//    - plain: an empty Vite project renders <mission-agenda>;
//    - react: React + TypeScript, `mission-agenda/react` and the plain tags, type-checked strictly (`tsc`), built
//      with Vite, rendered in Chromium: cards, `mission-load`, and `mission-filter-change` after a click;
//    - vue: the same with Vue + TypeScript (`vue-tsc`, `isCustomElement`);
//    - preact, solid: the tags type-check (`tsc`) with the JSX types the package ships.
//    Each type-checks code the types must reject (`@ts-expect-error`), so types that decay to `any` fail; the React
//    project also checks the package's own declaration files (skipLibCheck off).
// React, Vue and the rest come from the npm registry into a temporary folder, in one install.
// Prints what it did; exits non-zero on the first failure.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, cpSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const repo = process.cwd();
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
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

/** A new page whose problems (page errors, console errors, failed requests) are collected. */
async function openPage(browser) {
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
  return { page, problems };
}

/** The cards the agenda matching `selector` renders, once it has rendered all of them (0 if none in 30 s). */
function countCards(page, selector = 'mission-agenda') {
  return (
    page
      .waitForFunction(
        (sel) => {
          const timeline = document.querySelector(sel)?.shadowRoot?.querySelector('mission-timeline');
          return (timeline?.shadowRoot?.querySelectorAll('mission-activity-card').length ?? 0) > 0;
        },
        selector,
        { timeout: 30_000 },
      )
      // the first cards are there: once the agenda's update is complete, every chunk is
      .then(() =>
        page.evaluate(async (sel) => {
          const agenda = document.querySelector(sel);
          await agenda.updateComplete;
          const timeline = agenda.shadowRoot.querySelector('mission-timeline');
          return timeline.shadowRoot.querySelectorAll('mission-activity-card').length;
        }, selector),
      )
      .catch(() => 0)
  );
}

async function cardsIn(browser, pageUrl) {
  const { page, problems } = await openPage(browser);
  await page.goto(pageUrl);
  const count = await countCards(page);
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

/** A mission page whose bundle has no chunks beside it: its cards, and the notice after typing a search. */
async function missionWithoutChunks(browser, pageUrl) {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pageUrl);
  const cards = await countCards(page);
  await page.locator('mission-agenda input[type="search"]').fill('stanford');
  const notice = await page
    .waitForFunction(
      () =>
        document.querySelector('mission-agenda')?.shadowRoot?.querySelector('[part="notice"]')?.textContent ?? false,
      undefined,
      { timeout: 30_000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => '');
  // a card's details: the first card opens them, and they say their code is missing
  await page.locator('mission-activity-card [data-action="details"]').first().click();
  const details = await page
    .waitForFunction(
      () => {
        const timeline = document.querySelector('mission-agenda')?.shadowRoot?.querySelector('mission-timeline');
        const card = timeline?.shadowRoot?.querySelector('mission-activity-card');
        return card?.shadowRoot?.querySelector('[part="details"]')?.textContent || false;
      },
      undefined,
      { timeout: 30_000 },
    )
    .then((h) => h.jsonValue())
    .catch(() => '');
  await page.close();
  return { cards, notice, details, pageErrors };
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
  const lone = await serve(bare, { cors: true, files: { '/camp.json': camp, '/feed.json': feed } });
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
      '/lone-mission.html': hostPage(lone, '/feed.json'),
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
  // ... and a mission shows whole: its first cards need no chunk, and a search whose code is missing says so.
  const alone = await missionWithoutChunks(browser, `${url(host)}/lone-mission.html`);
  if (
    alone.cards !== 80 ||
    !/Search could not be loaded/.test(alone.notice) ||
    !/details could not be loaded/.test(alone.details) ||
    alone.pageErrors.length
  )
    throw new Error(`without dist/chunks/, a mission: ${JSON.stringify(alone)}`);
  console.log(
    '✔ without dist/chunks/, a mission shows its 80 cards; a search and a card’s details say they cannot load',
  );

  // 2. npm pack → consumer projects.
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  // `npm run build` has just run; the tarball of a fresh clone is complete because prepack builds.
  if (!/\bnpm run build\b/.test(pkg.scripts.prepack ?? ''))
    throw new Error('package.json: prepack must run `npm run build`, or `npm pack` on a fresh clone ships no dist/');
  const work = mkdtempSync(join(tmpdir(), 'mission-agenda-pack-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
  execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', work], { stdio: 'ignore' });
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  const packed = new Set(
    execFileSync('tar', ['-tzf', join(work, tarball)], { encoding: 'utf8' })
      .split('\n')
      .map((f) => f.replace(/^package\//, '')),
  );
  // every file `exports` names (a pattern: at least one file it matches), the bin, and the bundle's chunks
  const targets = [
    ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))),
    ...Object.values(pkg.bin),
    './dist/chunks/*',
  ].map((t) => t.replace(/^\.\//, ''));
  const absent = targets.filter((t) => {
    const [before, after = ''] = t.split('*');
    return t.includes('*')
      ? ![...packed].some((f) => f.startsWith(before) && f.endsWith(after) && f.length > before.length + after.length)
      : !packed.has(t);
  });
  if (absent.length) throw new Error(`${tarball} lacks ${absent.join(', ')}`);
  console.log(`✔ ${tarball}: ${packed.size} files, with everything package.json exports`);

  // One install for every consumer: the tarball, and the frameworks from the registry at the repository's versions.
  const project = join(work, 'consumers');
  cpSync(join(repo, 'scripts/pack-consumer'), project, { recursive: true });
  const ours = { ...pkg.devDependencies };
  const dependencies = {
    'mission-agenda': `file:../${tarball}`,
    ...Object.fromEntries(
      ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom', 'vue'].map((name) => [
        name,
        ours[name],
      ]),
    ),
    ...JSON.parse(readFileSync(join(repo, 'scripts/pack-consumer/versions.json'), 'utf8')),
  };
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumers', private: true, type: 'module', dependencies }, null, 2),
  );
  let started = Date.now();
  execFileSync('npm', ['install', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund', '--silent'], {
    cwd: project,
    stdio: 'inherit',
  });
  console.log(`✔ installed ${tarball} and the frameworks in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // Type-check and build the consumers, two at a time (two cores).
  const bin = (name) => join(project, 'node_modules/.bin', name);
  const run = promisify(execFile);
  const jobs = [
    ['react: tsc --noEmit (strict)', bin('tsc'), ['-p', 'react/tsconfig.json']],
    ['vue: vue-tsc --noEmit (strict)', bin('vue-tsc'), ['-p', 'vue/tsconfig.json']],
    ['preact: tsc --noEmit (strict)', bin('tsc'), ['-p', 'preact/tsconfig.json']],
    ['solid: tsc --noEmit (strict)', bin('tsc'), ['-p', 'solid/tsconfig.json']],
    ...['plain', 'react', 'vue'].map((name) => [
      `${name}: vite build`,
      bin('vite'),
      ['build', name, '--logLevel', 'warn'],
    ]),
  ];
  started = Date.now();
  const failures = [];
  const next = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const [label, command, args] = job;
      await run(command, args, { cwd: project }).then(
        () => console.log(`✔ ${label}`),
        (e) => failures.push(`${label} failed:\n${e.stdout}${e.stderr}`),
      );
    }
  };
  await Promise.all([next(), next()]);
  if (failures.length) throw new Error(failures.join('\n'));
  console.log(`  (type checks and builds: ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  for (const name of ['plain', 'react', 'vue']) writeFileSync(join(project, name, 'dist/feed.json'), feed);
  const plain = await serve(join(project, 'plain/dist'));
  cleanups.push(() => plain.close());
  const plainCards = await cardsIn(browser, `${url(plain)}/index.html`);
  if (plainCards !== 80)
    throw new Error(`the packed library rendered ${plainCards} cards in a Vite project, expected 80`);
  console.log(`✔ ${tarball} installs into an empty Vite project and renders 80 cards`);

  for (const name of ['react', 'vue']) {
    const site = await serve(join(project, name, 'dist'));
    cleanups.push(() => site.close());
    const pageUrl = `${url(site)}/index.html`;
    const { page, problems } = await openPage(browser);
    await page.goto(pageUrl);
    // #by-property gets the feed object as a property, #by-src fetches it: both render the whole programme
    const counts = [await countCards(page, '#by-property'), await countCards(page, '#by-src')];
    if (counts.some((n) => n !== 80)) throw new Error(`${name}: the two agendas rendered ${counts} cards, expected 80`);
    const loads = await page.evaluate(() => window.missionEvents.filter((e) => e.type === 'mission-load'));
    if (loads.length < 2 || loads.some((e) => e.detail.count !== 80))
      throw new Error(`${name}: mission-load events ${JSON.stringify(loads)}, expected one of 80 from each agenda`);
    if (!loads.some((e) => e.detail.tag === 'mission-agenda'))
      throw new Error(`${name}: the ref does not give the element: ${JSON.stringify(loads)}`);
    // a visitor's click: the filter's event reaches the framework's listener with its detail
    const chip = page.locator('#by-property mission-sector-filter button[data-sector]').first();
    const sector = await chip.getAttribute('data-sector');
    await chip.click();
    await page
      .waitForFunction(
        (id) => window.missionEvents.some((e) => e.type === 'mission-filter-change' && e.detail.sectors.includes(id)),
        sector,
        { timeout: 10_000 },
      )
      .catch(() => {
        throw new Error(`${name}: no mission-filter-change for ${sector} after a click`);
      });
    await page.close();
    if (problems.length) throw new Error(`${name}: ${problems.join('; ')}`);
    console.log(
      `✔ ${name}: a TypeScript project built with Vite renders 80 cards from a feed property and from src; ` +
        `its listeners get mission-load and, after a click, mission-filter-change (${sector})`,
    );
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup();
}
