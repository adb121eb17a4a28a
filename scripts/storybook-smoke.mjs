#!/usr/bin/env node
/**
 * Smoke test of the static Storybook (`npm run build-storybook` first): serves `storybook-static/` on 127.0.0.1,
 * opens every story and docs page of `index.json` in headless Chromium and fails (exit 1) on
 *   - an uncaught page error, a console error, a failed request (except the one 404 the error story asks for),
 *   - a story that does not finish rendering, a failing play function, an accessibility violation (addon-a11y),
 *   - an error panel (`part="error"`) in a story not tagged `state-error`, or none in one that is,
 *   - an agenda still loading in a story not tagged `state-loading`.
 * Usage: node scripts/storybook-smoke.mjs [filter]   (filter: substring of the story ids to run)
 * Env: CHROME_PATH (default /usr/bin/chromium), SMOKE_CONCURRENCY (default 2), SMOKE_TIMEOUT_MS (default 60000).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium.mjs';

const ROOT = resolve('storybook-static');
const CONCURRENCY = Math.max(1, Number(process.env.SMOKE_CONCURRENCY) || 2);
const TIMEOUT = Number(process.env.SMOKE_TIMEOUT_MS) || 60_000;
/** The feed URL the 404 story points at (stories/mission-agenda.stories.ts); the only request allowed to fail. */
const EXPECTED_404 = '/feeds/this-feed-does-not-exist.json';
const filter = process.argv[2] ?? '';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** A static file server for `storybook-static/`, bound to 127.0.0.1 on a free port. */
async function serve() {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/favicon.ico') {
        // Chromium asks for it on its own; Storybook ships favicon.svg. Not a story's request.
        res.writeHead(204).end();
        return;
      }
      let file = normalize(join(ROOT, path));
      if (file !== ROOT && !file.startsWith(ROOT + sep)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Runs in the page before Storybook: records the preview channel's lifecycle events in `window.__smoke`. */
function recordChannel() {
  const smoke = (window.__smoke = { events: [] });
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const names = ['storyFinished', 'storyErrored', 'storyThrewException', 'storyMissing', 'docsRendered'];
      names.push('playFunctionThrewException', 'unhandledErrorsWhilePlaying');
      for (const name of names) {
        value.on(name, (payload) => {
          smoke.events.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) });
        });
      }
    },
  });
}

/** Runs in the page: what the story shows, looking through every shadow root. */
function inspect() {
  const all = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  const hasPart = (name) => all.some((el) => el.part?.contains(name) && !el.closest('[hidden]'));
  const agendas = all.filter((el) => el.localName === 'mission-agenda');
  const rootEl = document.querySelector('#storybook-root') ?? document.querySelector('#root-inner');
  const docs = document.querySelector('#storybook-docs');
  return {
    rendered: Boolean(rootEl?.childElementCount) || document.body.classList.contains('sb-show-main'),
    docsRendered: Boolean(docs?.textContent?.trim()),
    errorPanel: hasPart('error'),
    agendas: agendas.length,
    loadingAgendas: agendas.filter((a) => a.shadowRoot?.querySelector('[part~="loading"]')).length,
    missionElements: all.filter((el) => el.localName.startsWith('mission-')).length,
  };
}

const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Polls `check` (returns a truthy value when done) until `ms` elapse; resolves to the last result. */
async function until(check, ms) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value.done || Date.now() > end) return value;
    await sleep(100);
  }
}

/** Opens one entry of index.json and returns the list of problems (empty: passed). */
async function checkEntry(context, origin, entry) {
  const problems = [];
  const page = await context.newPage();
  const tags = new Set(entry.tags ?? []);
  const docs = entry.type === 'docs';
  const expectError = tags.has('state-error');
  const expectLoading = tags.has('state-loading');
  const expected404 = (url) => url.includes(EXPECTED_404);
  // Docs pages render the error stories inline too, so they may see the expected 404.
  const may404 = expectError || docs;

  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location()?.url ?? '';
    if (may404 && /Failed to load resource/.test(msg.text()) && expected404(url)) return;
    problems.push(`console error: ${msg.text()}${url ? ` (${url})` : ''}`);
  });
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (may404 && response.status() === 404 && expected404(response.url())) return;
    problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );

  try {
    await page.addInitScript(recordChannel);
    const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`;
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    const finishEvent = docs ? 'docsRendered' : 'storyFinished';
    const failEvents = ['storyErrored', 'storyThrewException', 'storyMissing', 'playFunctionThrewException'];
    const settled = await until(async () => {
      const events = await page.evaluate(() => window.__smoke?.events ?? []);
      const done = events.some((e) => e.name === finishEvent || failEvents.includes(e.name));
      return { done, events };
    }, TIMEOUT);
    for (const e of settled.events) {
      if (failEvents.includes(e.name) || e.name === 'unhandledErrorsWhilePlaying') {
        const p = e.payload;
        problems.push(`${e.name}: ${p?.message ?? p?.title ?? (JSON.stringify(p) ?? '').slice(0, 300)}`);
      }
    }
    const finished = settled.events.find((e) => e.name === finishEvent);
    if (!finished) problems.push(`did not finish rendering within ${TIMEOUT} ms (no ${finishEvent})`);
    if (finished && !docs) {
      for (const report of finished.payload.reporters ?? []) {
        if (report.type === 'a11y' && report.status === 'failed') {
          const violations = report.result?.violations ?? [];
          if (report.result?.error) problems.push(`a11y check failed to run: ${JSON.stringify(report.result.error)}`);
          for (const v of violations) {
            const targets = v.nodes
              .map((n) => n.target.flat().join(' '))
              .slice(0, 3)
              .join(' | ');
            problems.push(`a11y ${v.id} (${v.impact}): ${v.help} — ${targets}`);
          }
        } else if (report.status === 'failed') {
          problems.push(`${report.type} report failed`);
        }
      }
      if (finished.payload.status !== 'success' && !problems.length)
        problems.push(`story status ${finished.payload.status}`);
    }

    // Agendas fetch asynchronously: wait for them to settle (or for the error panel the story expects).
    const state = await until(async () => {
      const s = await page.evaluate(inspect);
      const settledAgendas = expectLoading || s.loadingAgendas === 0;
      return { ...s, done: settledAgendas && (!expectError || docs || s.errorPanel) };
    }, TIMEOUT / 2);
    if (docs) {
      if (!state.docsRendered) problems.push('docs page is empty');
    } else {
      if (!state.rendered) problems.push('#storybook-root is empty');
      if (expectError && !state.errorPanel) problems.push('expected an error panel (part="error"), found none');
      if (!expectError && state.errorPanel) problems.push('unexpected error panel (part="error")');
      if (expectLoading && state.loadingAgendas === 0) problems.push('expected the loading state, found none');
      if (!expectLoading && state.loadingAgendas > 0) problems.push(`${state.loadingAgendas} agenda(s) still loading`);
    }
    return { problems, state };
  } catch (error) {
    problems.push(`smoke runner: ${error.message.split('\n')[0]}`);
    return { problems, state: undefined };
  } finally {
    await page.close();
  }
}

async function main() {
  const started = Date.now();
  const index = JSON.parse(await readFile(join(ROOT, 'index.json'), 'utf8').catch(() => 'null'));
  if (!index?.entries) {
    console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
    process.exit(1);
  }
  const entries = Object.values(index.entries).filter((e) => e.id.includes(filter));
  if (!entries.length) {
    console.error(`No stories match "${filter}".`);
    process.exit(1);
  }
  const { server, origin } = await serve();
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const entry = entries[next++];
      const t0 = Date.now();
      const { problems, state } = await checkEntry(context, origin, entry);
      const ms = Date.now() - t0;
      results.push({ entry, problems });
      const kind = entry.type === 'docs' ? 'docs ' : 'story';
      const info = state && entry.type !== 'docs' ? ` ${state.missionElements} mission-* elements` : '';
      console.log(`${problems.length ? 'FAIL' : 'ok  '} ${kind} ${entry.id} (${ms} ms${info})`);
      for (const p of problems) console.log(`       - ${p}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, entries.length) }, worker));
  } finally {
    await browser.close();
    server.close();
  }
  const failed = results.filter((r) => r.problems.length);
  const stories = results.filter((r) => r.entry.type !== 'docs').length;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${results.length - failed.length}/${results.length} passed (${stories} stories, ${results.length - stories} docs pages) in ${secs} s` +
      (failed.length ? `; failed: ${failed.map((r) => r.entry.id).join(', ')}` : ''),
  );
  process.exit(failed.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
