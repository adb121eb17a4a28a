/**
 * The FOSDEM 2026 schedule (Pentabarf XML, 883 events, Europe/Brussels) as a feed of OUR format, made by the
 * library's own importer (`src/core/import`) in the browser, then written back as a version-1 feed (instants
 * with the offset of their zone), so both candidates get the same input. Skipped, with a reason, when the
 * importer does not exist or its API is not recognised.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const XML = new URL('../../test/fixtures/real/fosdem-2026.xml', import.meta.url).pathname;

/** Bundles the importer and the time formatter for the browser (esbuild, from the project's devDependencies). */
async function bundleImporter(root) {
  const { build } = await import(`${root}/node_modules/esbuild/lib/main.js`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import * as imp from '${root}/src/core/import/index.ts';
import { toOffsetIso } from '${root}/src/core/time/format.ts';
window.__benchImport = { imp, toOffsetIso };\n`,
    );
    const out = await build({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      tsconfig: `${root}/tsconfig.json`,
      logLevel: 'silent',
    });
    return out.outputFiles[0].text;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In the page: find the importer, run it on the XML, and write its programme as a version-1 feed. */
function convertInPage(xml) {
  const { imp, toOffsetIso } = window.__benchImport;
  const candidates = Object.entries(imp).filter(
    ([name, f]) => typeof f === 'function' && /import|convert|parse|detect/i.test(name),
  );
  let programme;
  let via;
  for (const [name, f] of candidates) {
    try {
      const r = f(xml);
      const p = r?.programme ?? r;
      if (p?.version === 1) return { feed: p, via: name };
      if (p?.mission && Array.isArray(p.activities)) {
        programme = p;
        via = name;
        break;
      }
    } catch {
      // not this one
    }
  }
  if (!programme)
    return {
      reason: `no function of src/core/import (${candidates.map(([n]) => n).join(', ') || 'none'}) turned the XML into a programme`,
    };
  const text = (t) => (t && typeof t === 'object' ? t : t ? { en: String(t) } : undefined);
  const m = programme.mission;
  const feed = {
    version: 1,
    mission: {
      id: m.id,
      title: text(m.title),
      timeZone: m.timeZone,
      startDate: m.startDate,
      endDate: m.endDate,
      defaultLanguage: m.defaultLanguage ?? 'en',
      dayChange: m.dayChange,
    },
    locations: programme.locations.map((l) => ({ id: l.id, name: text(l.name), timeZone: l.timeZone })),
    venues: programme.venues.map((v) => ({ id: v.id, name: text(v.name), location: v.location?.id })),
    sectors: programme.sectors.map((s) => ({ id: s.id, name: text(s.name), color: s.color })),
    contacts: programme.contacts.map((c) => ({ id: c.id, name: c.name, phones: [] })),
    activities: programme.activities.map((a) => ({
      id: a.id,
      title: text(a.title),
      type: a.type,
      timeZone: a.timeZone,
      start: toOffsetIso(a.start, a.timeZone),
      end: toOffsetIso(a.end, a.timeZone),
      location: a.location?.id,
      venue: a.venue?.id,
      sectors: a.sectors.map((s) => s.id),
      description: text(a.description),
      contacts: a.contacts.map((c) => c.id),
      status: a.status,
    })),
  };
  return { feed: JSON.parse(JSON.stringify(feed)), via };
}

/**
 * Resolves to `{ feed, zone }` (zone: the zone-switch targets of this feed) or `{ reason }` when skipped.
 */
export async function loadFosdem(root, browser) {
  if (!existsSync(`${root}/src/core/import`)) return { reason: 'src/core/import does not exist yet' };
  if (!existsSync(XML)) return { reason: `${XML} not found` };
  let code;
  try {
    code = await bundleImporter(root);
  } catch (e) {
    return { reason: `src/core/import does not bundle: ${String(e.message).split('\n')[0]}` };
  }
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.setContent('<!doctype html><title>import</title>');
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => window.__benchImport);
    const result = await page.evaluate(convertInPage, readFileSync(XML, 'utf8'));
    if (!result.feed) return result;
    // FOSDEM runs in Brussels, the bench's local zone: switch to New York (-05:00) and back (+01:00) instead
    console.log(`fosdem: ${result.feed.activities.length} activities, imported with src/core/import ${result.via}()`);
    return { feed: result.feed, zone: { zoneTarget: 'America/New_York', zoneSuffix: '-05:00', eventSuffix: '+01:00' } };
  } catch (e) {
    return { reason: `the importer failed on the XML: ${String(e.message).split('\n')[0]}` };
  } finally {
    await context.close();
  }
}
