/**
 * Test-only loader for a CommonJS package served by the test runner from `/node_modules` (ajv ships CommonJS only and
 * the runner does not convert it). Fetches the module graph, then evaluates it the way Node would.
 */
interface Source {
  readonly code?: string;
  readonly json?: unknown;
  readonly deps: Map<string, string>;
}

const sources = new Map<string, Source>();
const found = new Map<string, Promise<boolean>>();
const REQUIRE = /\brequire\(\s*["']([^"']+)["']\s*\)/g;

function exists(url: string): Promise<boolean> {
  if (!found.has(url))
    found.set(
      url,
      fetch(url).then((r) => r.ok && !r.url.endsWith('/')),
    );
  return found.get(url)!;
}

async function firstExisting(candidates: string[]): Promise<string> {
  for (const url of candidates) if (await exists(url)) return url;
  throw new Error(`Cannot resolve ${candidates[0]}`);
}

async function resolveFile(base: string): Promise<string> {
  return /\.(js|json)$/.test(base) ? base : firstExisting([`${base}.js`, `${base}/index.js`, `${base}.json`]);
}

async function resolve(spec: string, from: string): Promise<string> {
  if (spec.startsWith('.')) return resolveFile(new URL(spec, from).href);
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const subpath = spec.slice(name.length + 1);
  // Only package roots (and the server root) can hold a node_modules folder worth asking for.
  const roots = [...new URL('.', from).pathname.matchAll(/\/node_modules\/(?:@[^/]+\/)?[^/]+\//g)].map((m) =>
    new URL('.', from).pathname.slice(0, m.index + m[0].length),
  );
  for (const dir of [...roots.reverse(), '/']) {
    const root = new URL(`${dir}node_modules/${name}/`, from).href;
    if (!(await exists(`${root}package.json`))) continue;
    if (subpath) return resolveFile(root + subpath);
    const main = (await importJson<{ main?: string }>(`${root}package.json`)).main ?? 'index.js';
    return resolveFile(new URL(main, root).href.replace(/\/$/, '/index.js'));
  }
  throw new Error(`Cannot find package ${name}`);
}

/** The runner serves JSON files as ES modules. */
async function importJson<T>(url: string): Promise<T> {
  return ((await import(/* @vite-ignore */ url)) as { default: T }).default;
}

async function crawl(url: string): Promise<void> {
  if (sources.has(url)) return;
  const deps = new Map<string, string>();
  if (url.endsWith('.json')) {
    sources.set(url, { json: await importJson(url), deps });
    return;
  }
  const code = await (await fetch(url)).text();
  sources.set(url, { code, deps });
  for (const [, spec] of code.matchAll(REQUIRE)) if (!deps.has(spec)) deps.set(spec, await resolve(spec, url));
  await Promise.all([...deps.values()].map(crawl));
}

const cache = new Map<string, { exports: unknown }>();

function evaluate(url: string): unknown {
  const cached = cache.get(url);
  if (cached) return cached.exports;
  const source = sources.get(url)!;
  const module = { exports: source.json ?? {} };
  cache.set(url, module);
  if (source.code !== undefined) {
    const fn = new Function('exports', 'require', 'module', `${source.code}\n//# sourceURL=${url}`);
    fn(module.exports, (spec: string) => evaluate(source.deps.get(spec)!), module);
  }
  return module.exports;
}

/** `require(spec)` as seen from the repository root, e.g. `requireCommonJs('ajv/dist/2020')`. */
export async function requireCommonJs(spec: string): Promise<unknown> {
  const url = await resolve(spec, new URL('/', location.href).href);
  await crawl(url);
  return evaluate(url);
}
