/**
 * Host pages for the reliability tests, served by the test server's feed middleware:
 * - `/__page/agenda.html?src=…&src=…&csp=<key>&bundle=a,b&lit=1&css=1`: a page that loads the embed bundle as a
 *   site would (module script tags only, no inline script), with one `<mission-agenda>` per `src`. `csp=<key>`
 *   adds a strict Content-Security-Policy with Trusted Types whose reports go to `/__csp-report/<key>` (`tt=none`,
 *   `tt=lit`, `tt=dup` add `trusted-types 'none'`, `trusted-types lit-html`, or the latter with 'allow-duplicates'); `bundle`
 *   loads the bundle once per query string (`?a`, `?b`); `lit=1` first defines an unrelated element with the Lit
 *   of node_modules; `css=1` adds hostile page CSS.
 * - `/__page/hook.js`: the page's test hook (first script): records errors, unhandled rejections, CSP violations
 *   and agenda events in `window.__hostLog` for the test to read.
 * - `/__page/late.html?key=…`: an agenda whose inline feed arrives after the bundle defined the element.
 * - `/__page/fuzz-config`: how long and how hard test/reliability/fuzz.test.ts runs (see FUZZ_RUNS below).
 * - `/__csp-report/<key>`: POST collects a CSP report; `/__csp-report/<key>/stats` answers `{ reports }`, the
 *   violated directive of each.
 */
import { readFile } from 'node:fs/promises';
import process from 'node:process';
import { PassThrough } from 'node:stream';

const reports = new Map();
/** `late.html` pages waiting for their release, by key. */
const releases = new Map();

const HOOK = `const log = (window.__hostLog = { errors: [], violations: [], loads: 0, failures: 0, consoleErrors: [] });
const consoleError = console.error;
console.error = (...args) => { log.consoleErrors.push(args.map(String).join(' ')); consoleError.apply(console, args); };
addEventListener('error', (e) => log.errors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => log.errors.push(String(e.reason)));
document.addEventListener('securitypolicyviolation', (e) => {
  log.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);
  parent.postMessage({ type: 'csp-violation', directive: e.violatedDirective }, '*');
});
document.addEventListener('mission-load', () => log.loads++, true);
document.addEventListener('mission-error', () => log.failures++, true);
`;

const OTHER_LIT = `import { LitElement, html } from '/node_modules/lit/index.js';
class OtherWidget extends LitElement {
  render() { return html\`<p part="text">other widget</p>\`; }
}
customElements.define('other-widget', OtherWidget);
`;

const HOSTILE_CSS = `* { all: unset; }
div { display: none !important; }
html { font-size: 40px; }
`;

/** `tt`: which policy names `trusted-types` allows (none: the directive is left out, so any name may be created). */
const TRUSTED_TYPES = {
  none: "trusted-types 'none'; ",
  lit: 'trusted-types lit-html; ',
  dup: "trusted-types lit-html 'allow-duplicates'; ",
};
const CSP = (key, tt) =>
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; " +
  (TRUSTED_TYPES[tt] ?? '') +
  `report-uri /__csp-report/${key}`;

const escape = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function serveHostPage(ctx, route, rest) {
  ctx.set('Cache-Control', 'no-store');
  if (route === 'csp-report') {
    const [key, action] = rest.split('/');
    if (action === 'stats') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ reports: reports.get(key) ?? [] });
    } else {
      let body = '';
      for await (const chunk of ctx.req) body += chunk;
      let directive = 'unreadable report';
      try {
        directive = JSON.parse(body)['csp-report']['violated-directive'];
      } catch {
        // keep the placeholder: a report still counts
      }
      reports.set(key, [...(reports.get(key) ?? []), directive]);
      ctx.status = 204;
    }
    return;
  }
  if (rest === 'hook.js' || rest === 'other-lit.js') {
    ctx.type = 'text/javascript';
    ctx.body = rest === 'hook.js' ? HOOK : OTHER_LIT;
    return;
  }
  if (rest === 'hostile.css') {
    ctx.type = 'text/css';
    ctx.body = HOSTILE_CSS;
    return;
  }
  if (rest.startsWith('release/')) {
    const key = rest.slice('release/'.length);
    releases.get(key)?.();
    ctx.body = 'ok';
    return;
  }
  if (rest === 'release.js') {
    ctx.type = 'text/javascript';
    ctx.body = `await customElements.whenDefined('mission-agenda');
await new Promise((r) => setTimeout(r, 50));
window.__agendaStateBeforeFeed = document.getElementById('agenda-0').shadowRoot?.querySelector('[part="loading"]') ? 'loading' : 'other';
fetch('/__page/release/' + new URL(import.meta.url).searchParams.get('key'));`;
    return;
  }
  if (rest === 'late.html') return serveLatePage(ctx);
  if (rest === 'fuzz-config') {
    // FUZZ_RUNS=<n> (and optionally FUZZ_SEED=<n>) in the test runner's environment: the long fuzz run, with inputs
    // up to 1 MB and the 200 ms task limit; otherwise the CI run: few runs, a fixed seed, small inputs.
    const runs = Number(process.env.FUZZ_RUNS) || 0;
    const seed = Number(process.env.FUZZ_SEED);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(
      runs > 0
        ? { runs, seed: Number.isInteger(seed) ? seed : Date.now() % 2 ** 31, maxBytes: 1_000_000, taskLimitMs: 200 }
        : { runs: 0, seed: 20251006, maxBytes: 20_000, taskLimitMs: 10_000 },
    );
    return;
  }
  if (rest !== 'agenda.html') {
    ctx.status = 404;
    return;
  }
  const q = ctx.query;
  const list = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
  const bundles = q.bundle ? String(q.bundle).split(',') : [''];
  if (q.csp) ctx.set('Content-Security-Policy', CSP(String(q.csp).replace(/\W/g, ''), String(q.tt ?? '')));
  ctx.type = 'text/html';
  ctx.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Host page</title>
<script type="module" src="/__page/hook.js"></script>
${q.lit ? '<script type="module" src="/__page/other-lit.js"></script>' : ''}
${bundles.map((b) => `<script type="module" src="/dist/mission-agenda.js${b ? `?${escape(b)}` : ''}"></script>`).join('\n')}
${q.css ? '<link rel="stylesheet" href="/__page/hostile.css">' : ''}
</head>
<body>
<h2 id="outside-heading">Outside heading</h2>
${q.lit ? '<other-widget></other-widget>' : ''}
${list(q.src)
  .map((src, i) => `<mission-agenda id="agenda-${i}" src="${escape(src)}" timeout="5"></mission-agenda>`)
  .join('\n')}
</body>
</html>`;
}

/**
 * A valid feed of `count` activities built on the example feed's mission, cities and sectors: ten a day, on the hour
 * from 08:00 (never in a DST gap or overlap), each with four titles and a 600-character description.
 */
export function bigFeed(example, count) {
  const sectors = example.sectors.map((s) => s.id);
  const filler = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(11).slice(0, 600);
  const activities = [];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 9, 5 + Math.floor(i / 10))).toISOString().slice(0, 10);
    const hour = String(8 + (i % 10)).padStart(2, '0');
    activities.push({
      id: `big-${i}`,
      title: { en: `Session ${i}`, fr: `Séance ${i}`, nl: `Sessie ${i}`, de: `Sitzung ${i}` },
      type: 'seminar',
      start: `${day}T${hour}:00`,
      end: `${day}T${hour}:45`,
      location: i % 2 ? 'sf' : 'la',
      sectors: [sectors[i % sectors.length]],
      description: { en: `${i}: ${filler}` },
    });
  }
  const last = new Date(Date.UTC(2025, 9, 5 + Math.floor((count - 1) / 10))).toISOString().slice(0, 10);
  return { ...example, mission: { ...example.mission, endDate: last }, activities };
}

/**
 * `/__page/late.html?key=<key>`: a page whose agenda gets its feed from an inline script that the parser reaches only
 * after the bundle (an `async` module in `<head>`) has defined the element: the page is sent up to the agenda's
 * opening tag, and the rest (the feed script, in two chunks) only once the page said the element is defined. The
 * hook is a classic script here, run before anything else: a deferred module would run after the async bundle, which
 * on a busy machine may already have rendered the programme.
 */
function serveLatePage(ctx) {
  const key = String(ctx.query.key ?? '').replace(/\W/g, '');
  const stream = new PassThrough();
  ctx.type = 'text/html';
  ctx.body = stream;
  stream.write(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Late inline feed</title>
<script src="/__page/hook.js"></script>
<script type="module" async src="/dist/mission-agenda.js"></script>
<script type="module" async src="/__page/release.js?key=${key}"></script>
</head>
<body>
<mission-agenda id="agenda-0">
`);
  void (async () => {
    const feed = (
      await readFile(new URL('../../../demo/feeds/bem-west-coast-2025.json', import.meta.url), 'utf8')
    ).replaceAll('</', '<\\/');
    await new Promise((resolve) => {
      releases.set(key, resolve);
      setTimeout(resolve, 10_000);
    });
    releases.delete(key);
    const half = Math.floor(feed.length / 2);
    stream.write(`<script type="application/json">${feed.slice(0, half)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    stream.end(`${feed.slice(half)}</script>
</mission-agenda>
</body>
</html>`);
  })();
}
