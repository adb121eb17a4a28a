import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { bigFeed, serveHostPage } from '../reliability/server/host-pages.mjs';

const feeds = fileURLToPath(new URL('../../demo/feeds/', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * Test-server routes for feeds, served raw (the esbuild plugin turns *.json paths into JS modules, so feeds are
 * served from paths without the extension):
 * - `/__feed/<name>`: `demo/feeds/<name>.json` as application/json, with an ETag; answers 304 to If-None-Match.
 * - `/__fixture/<name>`: `test/fixtures/<name>` as is.
 * - `/__status/<code>`: an empty answer with that HTTP status.
 * - `/__body/<kind>`: `empty`, `not-json`, `truncated`, `bom`, `html` bodies.
 * - `/__slow/<ms>/<name>`: `demo/feeds/<name>.json` after a delay.
 * - `/__redirect-loop`: redirects to itself.
 * - `/__counter/<key>`: a feed whose version can be bumped with `/__counter/<key>/bump`; fails once with `/fail`
 *   (`/fail/<n>`: n times); `/stats` tells the requests so far and when each came (`times`, ms since the first).
 * - `/__big/<count>`: a valid feed of `<count>` activities (about 850 bytes each), generated.
 * - `/__page/<name>` and `/__csp-report/<key>`: host pages for the reliability tests (see test/reliability/server/host-pages.mjs).
 */
const counters = new Map();

export async function feedMiddleware(ctx, next) {
  const path = ctx.path;
  const m = /^\/__(feed|fixture|status|body|slow|redirect-loop|counter|big|page|csp-report)(?:\/(.*))?$/.exec(path);
  if (!m) return next();
  const [, route, rest = ''] = m;
  if (route === 'page' || route === 'csp-report') return serveHostPage(ctx, route, rest);
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Cache-Control', 'no-store');
  if (route === 'feed') return serveFeed(ctx, `${feeds}${safe(rest)}.json`);
  if (route === 'fixture') return serveFeed(ctx, `${fixtures}${safe(rest)}`);
  if (route === 'big') {
    const example = JSON.parse(await readFile(`${feeds}bem-west-coast-2025.json`, 'utf8'));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(bigFeed(example, Math.min(Number(rest) || 1000, 20000)));
    return;
  }
  if (route === 'status') {
    ctx.status = Number(rest) || 500;
    ctx.body = '';
    return;
  }
  if (route === 'slow') {
    const [ms, name] = rest.split('/');
    await new Promise((r) => setTimeout(r, Math.min(Number(ms) || 0, 5000)));
    return serveFeed(ctx, `${feeds}${safe(name)}.json`);
  }
  if (route === 'redirect-loop') {
    ctx.status = 302;
    ctx.set('Location', '/__redirect-loop');
    ctx.body = '';
    return;
  }
  if (route === 'body') {
    const text = await readFile(`${feeds}bem-west-coast-2025.json`, 'utf8');
    const bodies = {
      empty: '',
      'not-json': 'Hello, world',
      truncated: text.slice(0, 500),
      bom: `\ufeff${text}`,
      html: '<!doctype html><p>Not found</p>',
    };
    ctx.type = rest === 'html' ? 'text/html' : 'application/json';
    ctx.body = bodies[rest] ?? '';
    return;
  }
  if (route === 'counter') {
    const [key, action, times] = rest.split('/');
    const state = counters.get(key) ?? { version: 0, fail: 0, requests: 0, conditional: 0, times: [], first: 0 };
    counters.set(key, state);
    if (action === 'bump') state.version++;
    if (action === 'fail') state.fail += Number(times) || 1;
    if (action === 'stats') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(state);
      return;
    }
    if (action) {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(state); // the counts at the moment of the action
      return;
    }
    state.requests++;
    if (!state.first) state.first = Date.now();
    state.times.push(Date.now() - state.first);
    if (state.fail > 0) {
      state.fail--;
      ctx.status = 503;
      ctx.body = '';
      return;
    }
    const etag = `"v${state.version}"`;
    if (ctx.get('If-None-Match')) state.conditional++;
    if (ctx.get('If-None-Match') === etag) {
      ctx.status = 304;
      return;
    }
    const feed = JSON.parse(await readFile(`${feeds}bem-west-coast-2025.json`, 'utf8'));
    feed.activities = feed.activities.slice(0, 3 + state.version);
    ctx.set('ETag', etag);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(feed);
  }
}

async function serveFeed(ctx, file) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    ctx.status = 404;
    ctx.body = '';
    return;
  }
  const etag = `"${text.length.toString(36)}-${hash(text)}"`;
  ctx.set('ETag', etag);
  if (ctx.get('If-None-Match') === etag) {
    ctx.status = 304;
    return;
  }
  ctx.type = file.endsWith('.xml') ? 'application/xml' : 'application/json';
  ctx.body = text;
}

function safe(name) {
  return String(name).replace(/[^\w.-]/g, '');
}

function hash(text) {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (Math.imul(31, h) + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}
