/** Manifest of the public elements, read from their JSDoc (`npm run analyze`). */
export default {
  globs: ['src/elements/**/*.ts', 'src/events.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/*.define.ts',
    'src/**/*.icons.ts',
    'src/**/*.dom.ts',
  ],
  litelement: true,
  // package.json already points at custom-elements.json; the freshness check must not rewrite it.
  packagejson: false,
};
