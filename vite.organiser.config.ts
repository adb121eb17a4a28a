import { defineConfig, type Plugin } from 'vite';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyLitCss } from './build/minify-css.js';

/**
 * The organiser's pages, built into the package next to the embed bundle (never into it):
 * - `--mode studio`: dist/studio/index.html + studio.js, the check-and-preview page. One classic script holding the
 *   elements, the studio and its parser worker (exceljs, papaparse) inline, so the page works opened from the disk;
 * - `--mode frame`: dist/embed/frame.html + frame.js, the iframe page, which loads ../mission-agenda.js.
 */
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/** Copies static files into the output once the bundle is written. */
function copy(files: Record<string, string>): Plugin {
  return {
    name: 'copy-pages',
    writeBundle() {
      for (const [from, to] of Object.entries(files)) {
        mkdirSync(dirname(here(to)), { recursive: true });
        copyFileSync(here(from), here(to));
      }
    },
  };
}

export default defineConfig(({ mode }) =>
  mode === 'frame'
    ? {
        plugins: [copy({ './embed/frame.html': './dist/embed/frame.html' })],
        build: {
          target: 'es2022',
          outDir: 'dist/embed',
          emptyOutDir: false,
          sourcemap: true,
          lib: { entry: here('./src/organiser/frame/frame.ts'), formats: ['es'], fileName: () => 'frame.js' },
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
        plugins: [minifyLitCss(), copy({ './src/organiser/studio/index.html': './dist/studio/index.html' })],
        worker: { format: 'iife' },
        build: {
          target: 'es2022',
          outDir: 'dist/studio',
          emptyOutDir: false,
          sourcemap: false,
          lib: {
            entry: here('./src/organiser/studio/main.ts'),
            formats: ['iife'],
            name: 'missionStudio',
            fileName: () => 'studio.js',
          },
          rolldownOptions: { output: { minify: true } },
        },
      },
);
