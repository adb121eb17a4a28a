/**
 * `npm run bench [-- options]`: the library against a hand-written baseline in Debian Chromium.
 *
 *   --no-build          do not build dist/mission-agenda.js first
 *   --rounds N          rounds per measurement (default 5); medians are reported
 *   --only a,b          candidates: vanilla, vanilla-cv, library, library-grid (default: all four)
 *   --sizes 80,1000     feed sizes (default 80,1000,5000, plus fosdem when the importer exists)
 *   --bundle FILE       serve FILE as /dist/mission-agenda.js (compare another build; implies --no-build)
 *   --check             exit 1 when a budget of bench/budgets.json is exceeded (or could not be measured)
 *
 * Writes bench/results/latest.json. See bench/README.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium.mjs';
import { generateFeed } from './generate.mjs';
import { loadFosdem } from './lib/fosdem.mjs';
import { checkBudgets, medians, table } from './lib/report.mjs';
import { serve } from './lib/server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const PAGES = {
  vanilla: 'bench/vanilla.html',
  'vanilla-cv': 'bench/vanilla.html?cv=1',
  library: 'bench/library.html',
  // the same agenda showing the timetable grid (view="grid")
  'library-grid': 'bench/library.html?view=grid',
};
const usesBundle = (c) => c.startsWith('library');
const SCENARIOS = ['render', 'filter', 'clear', 'zone'];
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
      result.longTaskMax = Math.max(0, ...result.longTasks);
    }
    if (errors.length) result.pageErrors = errors;
    return result;
  } finally {
    await context.close();
  }
}

const opts = options(process.argv.slice(2));
if (opts.build && opts.only.some(usesBundle)) {
  console.log('building dist/mission-agenda.js (vite build) …');
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
const report = { environment, candidates, sizes, bundle, medians: med, samples, budgets: verdict, errors: failures };
writeFileSync(`${ROOT}/bench/results/latest.json`, `${JSON.stringify(report, null, 2)}\n`);
console.log('\nwrote bench/results/latest.json');
if (opts.check && (verdict.failures.length || failures.length)) {
  console.log(`\nover budget or not measured: ${verdict.failures.length} budget(s), ${failures.length} error(s)`);
  process.exit(1);
}
