import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { readdirSync } from 'node:fs';
import pkg from './package.json' with { type: 'json' };
import { minifyLitCss } from './build/minify-css.js';

const src = (p: string) => fileURLToPath(new URL(`./src/${p}`, import.meta.url));

/** One entry per element (`<tag>.define.ts`), the all-in-one `index.ts` and the React components (`react/index.ts`). */
function libraryEntries(): Record<string, string> {
  const entries: Record<string, string> = { index: src('index.ts'), 'react/index': src('react/index.ts') };
  for (const dir of readdirSync(src('elements'), { withFileTypes: true })) {
    if (dir.isDirectory())
      entries[`elements/${dir.name}/${dir.name}.define`] = src(`elements/${dir.name}/${dir.name}.define.ts`);
  }
  return entries;
}

/** V8's explicit compile hint (Chromium 136+; other engines read a comment): compile the whole file eagerly. */
const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad';

// react is an optional peer dependency, used only by the React entry: never bundled
const deps = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)];
// bare 'lit' must also externalise 'lit/decorators.js', 'lit-html/…', '@lit/reactive-element/…'
const isExternal = (id: string) =>
  deps.some((d) => id === d || id.startsWith(`${d}/`)) ||
  /^(lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

export default defineConfig(({ mode }) =>
  mode === 'esm'
    ? {
        plugins: [minifyLitCss()],
        // npm consumers: one ES module per source file, every runtime dependency external
        build: {
          target: 'es2022',
          outDir: 'dist/esm',
          emptyOutDir: true,
          sourcemap: true,
          minify: false,
          lib: { entry: libraryEntries(), formats: ['es'] },
          rolldownOptions: {
            external: isExternal,
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      }
    : {
        plugins: [minifyLitCss()],
        // drop-in <script type="module">: one self-contained ES module, deps bundled, registers all elements
        build: {
          target: 'es2022',
          outDir: 'dist',
          emptyOutDir: false,
          sourcemap: true,
          lib: { entry: src('embed.ts'), formats: ['es'], fileName: () => 'mission-agenda.js' },
          // parts needed only on demand (conference importers, popover positioning, calendar files) are chunks
          // next to it, loaded relative to the bundle's own URL
          // (the entry may export internals for them, so code they share with it stays in the entry)
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: {
              minify: true,
              chunkFileNames: 'chunks/[name]-[hash].js',
              // Chromium then compiles every function of the entry while it downloads, on another thread. Most of
              // the entry runs to draw the first programme, and each function would otherwise be compiled on its first
              // call, on the main thread: the first render of 80 activities took 68 ms instead of 56 in the bench.
              // Chunks run only on use and stay lazy (no banner at all: an empty one would still add a line break).
              postBanner: (chunk) => (chunk.isEntry ? COMPILE_EAGERLY : (undefined as unknown as string)),
            },
          },
        },
      },
);
