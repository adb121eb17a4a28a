import type { Plugin } from 'vite';

/**
 * Minifies the CSS inside Lit's css`…` templates of our own sources at build time: comments go, runs of white
 * space shrink to one space, and spaces next to `{ } ; ,` and after `:` in declarations disappear. Only
 * templates without `${…}` expressions are touched, and only the white space a CSS parser ignores is removed
 * (never the space before a `:`, which is a descendant combinator in selectors like `a :hover`).
 */
export function minifyLitCss(): Plugin {
  return {
    name: 'minify-lit-css',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`$\\]*)`/g, (_match, body: string) => `css\`${minifyCss(body)}\``);
      return out === code ? null : { code: out, map: null };
    },
  };
}

export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/([{;])([\w-]+):\s+/g, '$1$2:')
    .replace(/;}/g, '}')
    .trim();
}
