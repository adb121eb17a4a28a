// Every term of the Translation catalogue must be used by the library: a term nobody shows is dead weight in every
// language and in the bundle. Reads src/core/i18n/translation.ts for the terms and searches src/ for each one.
// Usage: node scripts/check-translations.mjs   (exit 1 when a term is unused)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const catalogue = readFileSync(join(root, 'src/core/i18n/translation.ts'), 'utf8');
const body = catalogue.slice(catalogue.indexOf('export interface Translation'));
const terms = [...body.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]);

/** Every .ts file under `dir`. */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const catalogues = /src\/core\/i18n\/(translation\.ts|translations\/)/;
const sources = files(join(root, 'src'))
  .filter((path) => !catalogues.test(relative(root, path).replaceAll('\\', '/')))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');
const unused = terms.filter((term) => !new RegExp(`\\b${term}\\b`).test(sources));
if (!terms.length) {
  console.error('No terms found in src/core/i18n/translation.ts: the check is out of step with the file.');
  process.exit(1);
}
if (unused.length) {
  console.error(`Translation terms used nowhere in src/: ${unused.join(', ')}. Remove them from every catalogue.`);
  process.exit(1);
}
console.log(`All ${terms.length} translation terms are used.`);
