/**
 * `npm run bench [-- options]`: the library against a hand-written baseline in Debian Chromium.
 *
 *   --no-build          do not build dist/mission-agenda.js first (the fullcalendar and lit-list pages are built
 *                       whenever they are selected: bench/vite.config.mjs, a few seconds)
 *   --rounds N          rounds per measurement (default 5); medians are reported
 *   --only a,b          candidates: plain, vanilla, vanilla-cv, fullcalendar, lit-list, library, library-grid
 *                       (default: all seven)
 *   --sizes 80,1000     feed sizes (default 80,1000,5000, plus fosdem when the importer exists)
 *   --bundle FILE       serve FILE as /dist/mission-agenda.js (compare another build; implies --no-build)
 *   --no-load           skip the page-load scenarios (desktop and throttled phone, 80 activities)
 *   --check             exit 1 when a budget of bench/budgets.json is exceeded (or could not be measured)
 *
 * Writes bench/results/latest.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { fixClock } from '../scripts/fixed-clock.mjs';
import { generateFeed } from './generate.mjs';
import { loadFosdem } from './lib/fosdem.mjs';
import { checkBudgets, medians, table } from './lib/report.mjs';
import { serve } from './lib/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const PAGES = {
  // what a site could write by hand instead: time range, title, venue, sector badges
  plain: 'bench/plain.html',
  vanilla: 'bench/vanilla.html',
  'vanilla-cv': 'bench/vanilla.html?cv=1',
  // what a site could pick instead: FullCalendar 7's list view, and a minimal list written with Lit
  fullcalendar: 'bench/fullcalendar.html',
  'lit-list': 'bench/lit-list.html',
  library: 'bench/library.html',
  // the same agenda showing the timetable grid (view="grid")
  'library-grid': 'bench/library.html?view=grid',
};
const usesBundle = (c) => c.startsWith('library');
/** Candidates whose page script imports npm packages: bundled by bench/vite.config.mjs before the run. */
const BUILT = {
  fullcalendar: { packages: ['fullcalendar', 'temporal-polyfill'] },
  'lit-list': { packages: ['lit'] },
};
const BUILD_DIR = 'bench/results/build';
const SCENARIOS = ['render', 'filter', 'clear', 'zone'];
/** The page-load scenarios: a page that fetches the 80-activity feed itself, as a mission page does. */
const LOAD_PAGES = {
  plain: 'bench/plain.html?src=/__bench/feeds/80.json',
  library: 'bench/load-library.html',
};
const LOAD_SIZE = '80';
/**
 * A mid-range phone: CPU 4× slower than this machine, a 4G-like network (150 ms round trip, 1.6 Mbit/s down,
 * 750 kbit/s up), cold cache, 390×844 at 3× density.
 */
const PHONE = {
  cpu: 4,
  network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  viewport: { width: 390, height: 844 },
};
const LOCAL_ZONE = 'Europe/Brussels';

function options(argv) {
  const get = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const bundle = get('--bundle');
  return {
    bundle: bundle ? resolve(bundle) : `${ROOT}/dist/mission-agenda.js`,
    build: !argv.includes('--no-build') && !bundle,
    check: argv.includes('--check'),
    rounds: Number(get('--rounds') ?? 5),
    only: (get('--only') ?? Object.keys(PAGES).join(',')).split(','),
    load: !argv.includes('--no-load'),
    sizes: get('--sizes')?.split(','),
  };
}

function sizeOf(file) {
  const code = readFileSync(file);
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** The entry's sizes (what the budget applies to), plus the on-demand chunks next to it, summed. */
function bundleSize(file) {
  if (!existsSync(file)) return undefined;
  const dir = join(dirname(file), 'chunks');
  const chunks = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  const onDemand = { files: chunks.length, min: 0, gzip: 0, brotli: 0 };
  for (const name of chunks) {
    const s = sizeOf(join(dir, name));
    onDemand.min += s.min;
    onDemand.gzip += s.gzip;
    onDemand.brotli += s.brotli;
  }
  return { ...sizeOf(file), onDemand };
}

/** The feeds to measure: generated ones by size, and FOSDEM when the importer is there. */
async function feeds(sizes, browser) {
  const out = new Map();
  for (const size of sizes ?? ['80', '1000', '5000', 'fosdem']) {
    if (size === 'fosdem') {
      const fosdem = await loadFosdem(ROOT, browser);
      if (fosdem.feed) out.set('fosdem', { feed: fosdem.feed, ...fosdem.zone });
      else console.log(`fosdem: skipped (${fosdem.reason})`);
      continue;
    }
    // the generated missions run in October 2025 in Los Angeles; Brussels is then at +02:00
    const feed = generateFeed(Number(size));
    out.set(size, { feed, zoneTarget: 'local', zoneSuffix: '+02:00', eventSuffix: '-07:00' });
  }
  return out;
}

/** One fresh browser context and page, one scenario in it; returns the page's figures plus the heap. */
async function measure(browser, origin, candidate, name, spec, scenario) {
  const context = await browser.newContext({
    timezoneId: LOCAL_ZONE,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
  });
  // the programmes are of October 2025 and January 2026: seen later, every card would also say "past"
  await fixClock(context);
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/${PAGES[candidate]}`);
    await page
      .waitForFunction(() => window.bench && window.runScenario, null, { timeout: 20_000 })
      .catch(() => {
        throw new Error(`${candidate}: page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
    const sector = spec.feed.sectors[0].id;
    const params = { sector, zoneTarget: spec.zoneTarget, zoneSuffix: spec.zoneSuffix, eventSuffix: spec.eventSuffix };
    const result = await page.evaluate(([s, n, p]) => window.runScenario(s, n, p), [scenario, name, params]);
    if (scenario === 'render') {
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      result.heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 2 ** 20;
      // after the heap: walking the tree gives every node a JS wrapper, which GC timing may or may not drop
      Object.assign(result, await page.evaluate(() => window.countNodes()));
      result.longTaskMax = Math.max(0, ...result.longTasks);
    }
    if (errors.length) result.pageErrors = errors;
    return result;
  } finally {
    await context.close();
  }
}

/**
 * One page load in a fresh context with a cold cache: from navigation until the first card is painted and until
 * all `expected` cards are in the document, the long tasks on the way, and the script bytes (as transferred,
 * compressed) that arrived before the first card. `phone`: throttled CPU and network, phone viewport. The figures
 * are prefixed `load` or `phone`: `phoneFirstCard`, `phoneTapReady` (from when no long task blocks a tap any more:
 * the end of the last long task, or the first card when later), …
 */
async function measureLoad(browser, origin, candidate, expected, phone) {
  const context = await browser.newContext({
    timezoneId: LOCAL_ZONE,
    locale: 'en-US',
    viewport: phone ? PHONE.viewport : { width: 1280, height: 900 },
    ...(phone ? { deviceScaleFactor: 3, isMobile: true, hasTouch: true } : {}),
  });
  await fixClock(context);
  try {
    const page = await context.newPage();
    await page.addInitScript({ path: `${ROOT}/bench/load-probe.js` });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (phone) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
      await cdp.send('Network.emulateNetworkConditions', PHONE.network);
    }
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/${LOAD_PAGES[candidate]}`, { waitUntil: 'commit' });
    await page.evaluate((n) => (window.__load.expected = n), expected);
    await page.waitForFunction(
      () => window.__load.allCards !== undefined && window.__load.firstCard !== undefined,
      null,
      {
        timeout: 60_000,
        polling: 100,
      },
    );
    // a second for the tasks that follow the last card (idle-time chunks, deferred work) to show up
    await page.waitForTimeout(1000);
    const load = await page.evaluate(() => window.__load);
    if (errors.length) throw new Error(errors.join('; '));
    const lastTaskEnd = Math.max(0, ...load.longTasks.map((t) => t.end));
    const prefix = phone ? 'phone' : 'load';
    return {
      [`${prefix}FirstCard`]: load.firstCard,
      [`${prefix}AllCards`]: load.allCards,
      [`${prefix}LongTaskMax`]: Math.max(0, ...load.longTasks.map((t) => t.end - t.start)),
      [`${prefix}TapReady`]: Math.max(load.firstCard, lastTaskEnd),
      [`${prefix}CriticalJs`]: load.criticalJs,
    };
  } finally {
    await context.close();
  }
}

/**
 * Bundles a candidate's page script with its npm packages (bench/vite.config.mjs, into bench/results/build/).
 * Returns false, having said why, when a package is not installed or the build fails: the candidate is then skipped.
 */
function buildCandidate(candidate) {
  const missing = BUILT[candidate].packages.filter((name) => {
    try {
      import.meta.resolve(name);
      return false;
    } catch {
      return true;
    }
  });
  if (missing.length) {
    console.log(`${candidate}: skipped (${missing.join(', ')} not installed: npm install)`);
    return false;
  }
  try {
    execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.config.mjs'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_ENTRY: candidate },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    return true;
  } catch (e) {
    const lines = String(e.stderr ?? e.message).split('\n');
    const why =
      lines.find((l) => /Error:|not found|could not/i.test(l)) ??
      lines.find((l) => /error/i.test(l)) ??
      'see the output of vite build';
    console.log(`${candidate}: skipped (build failed: ${why.trim()})`);
    return false;
  }
}

/** The bundles built for the candidates (`{ candidate: { js: sizes, css?: sizes } }`), as `sizeOf` measures them. */
function candidateBundles(names) {
  const out = {};
  for (const name of names.filter((c) => BUILT[c])) {
    const js = `${ROOT}/${BUILD_DIR}/${name}.js`;
    const css = `${ROOT}/${BUILD_DIR}/${name}.css`;
    if (existsSync(js)) out[name] = { js: sizeOf(js), ...(existsSync(css) ? { css: sizeOf(css) } : {}) };
  }
  return out;
}

const opts = options(process.argv.slice(2));
if (opts.build && opts.only.some(usesBundle)) {
  console.log('building dist/mission-agenda.js (vite build) …');
  // the build writes its chunks next to the entry without emptying the folder: old ones would be counted too
  rmSync(`${ROOT}/dist/chunks`, { recursive: true, force: true });
  try {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'pipe'] });
  } catch (e) {
    const why =
      String(e.stderr ?? e.message)
        .split('\n')
        .find((l) => /error|not found/i.test(l)) ?? 'see vite build';
    console.log(`build failed: ${why.trim()}`);
    if (opts.check) process.exit(1);
  }
}
let candidates = opts.only.filter((c) => PAGES[c]);
if (candidates.some(usesBundle) && !existsSync(opts.bundle)) {
  console.log(`library: skipped (${opts.bundle} does not exist; run without --no-build, or npm run build)`);
  candidates = candidates.filter((c) => !usesBundle(c));
}
if (candidates.some((c) => BUILT[c])) {
  // one build a candidate, into the same folder: emptied first, so no stale bundle is served or measured
  rmSync(`${ROOT}/${BUILD_DIR}`, { recursive: true, force: true });
  console.log(`building ${candidates.filter((c) => BUILT[c]).join(', ')} (bench/vite.config.mjs) …`);
}
candidates = candidates.filter((c) => !BUILT[c] || buildCandidate(c));
const browser = await chromium.launch({
  executablePath: CHROME_PATH,
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
const specs = await feeds(opts.sizes, browser);
const feedTexts = new Map([...specs].map(([name, s]) => [name, JSON.stringify(s.feed)]));
const server = await serve(ROOT, feedTexts, { '/dist/mission-agenda.js': opts.bundle });
const samples = {};
const failures = [];
try {
  for (let round = 0; round < opts.rounds; round++) {
    // rotate the candidate order each round, so no candidate always runs first (cold) or last (warm machine)
    const order = candidates.map((_, i) => candidates[(i + round) % candidates.length]);
    for (const [name, spec] of specs) {
      for (const scenario of SCENARIOS) {
        for (const candidate of order) {
          let result;
          try {
            result = await measure(browser, server.origin, candidate, name, spec, scenario);
          } catch (e) {
            failures.push(`${candidate} ${name} ${scenario}: ${e.message.split('\n')[0]}`);
            continue;
          }
          const bucket = ((samples[candidate] ??= {})[name] ??= {});
          for (const [metric, value] of Object.entries(result)) {
            if (typeof value === 'number') (bucket[metric] ??= []).push(value);
            else if (Array.isArray(value)) (bucket[metric] ??= []).push(...value.filter((v) => typeof v === 'number'));
          }
          if (result.pageErrors) failures.push(`${candidate} ${name} ${scenario}: ${result.pageErrors.join('; ')}`);
        }
      }
      process.stdout.write(`round ${round + 1}/${opts.rounds} ${name} done\n`);
    }
    if (opts.load && specs.has(LOAD_SIZE)) {
      const expected = specs.get(LOAD_SIZE).feed.activities.length;
      for (const phone of [false, true]) {
        for (const candidate of order.filter((c) => LOAD_PAGES[c])) {
          try {
            const result = await measureLoad(browser, server.origin, candidate, expected, phone);
            const bucket = ((samples[candidate] ??= {})[LOAD_SIZE] ??= {});
            for (const [metric, value] of Object.entries(result)) (bucket[metric] ??= []).push(value);
          } catch (e) {
            failures.push(`${candidate} ${LOAD_SIZE} ${phone ? 'phone' : 'load'}: ${e.message.split('\n')[0]}`);
          }
        }
      }
      process.stdout.write(`round ${round + 1}/${opts.rounds} page loads done\n`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const sizes = [...specs.keys()];
const med = medians(samples);
const bundle = bundleSize(opts.bundle);
console.log(table(med, candidates, sizes));
if (bundle)
  console.log(
    `\nbundle ${opts.bundle.replace(`${ROOT}/`, '')}: ${bundle.min} B min, ${bundle.gzip} B gzip-9, ${bundle.brotli} B brotli-11` +
      `\n  + ${bundle.onDemand.files} chunk(s) loaded on demand: ${bundle.onDemand.min} B min, ${bundle.onDemand.gzip} B gzip-9, ${bundle.onDemand.brotli} B brotli-11`,
  );
const built = candidateBundles(candidates);
const bytes = (s) => `${s.min} B min, ${s.gzip} B gzip-9, ${s.brotli} B brotli-11`;
for (const [i, [name, b]] of Object.entries(built).entries())
  console.log(
    `${i ? '' : '\n'}${name} ${BUILD_DIR}/${name}.js: ${bytes(b.js)}${b.css ? `\n  + ${name}.css: ${bytes(b.css)}` : ''}`,
  );
for (const f of [...new Set(failures)]) console.log(`error: ${f}`);
const budgets = JSON.parse(readFileSync(`${ROOT}/bench/budgets.json`, 'utf8'));
const verdict = checkBudgets(budgets, med, sizes, bundle);
console.log('\nbudgets:');
for (const p of verdict.passes) console.log(`  ok    ${p}`);
for (const f of verdict.failures) console.log(`  OVER  ${f}`);

mkdirSync(`${ROOT}/bench/results`, { recursive: true });
const environment = {
  date: new Date().toISOString(),
  node: process.version,
  chromium: browser.version(),
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  rounds: opts.rounds,
  localZone: LOCAL_ZONE,
};
const report = {
  environment,
  candidates,
  sizes,
  bundle,
  candidateBundles: built,
  medians: med,
  samples,
  budgets: verdict,
  errors: failures,
};
writeFileSync(`${ROOT}/bench/results/latest.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote bench/results/latest.json');
if (opts.check && (verdict.failures.length || failures.length)) {
  console.log(`\nover budget or not measured: ${verdict.failures.length} budget(s), ${failures.length} error(s)`);
  process.exit(1);
}
