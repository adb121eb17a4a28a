import { expect } from '@open-wc/testing';
import { minifyCss } from '../../build/minify-css.js';

describe('minifyCss', () => {
  it('drops only the white space and comments CSS ignores', () => {
    const css = `
      /* a comment */
      :host {
        display: block;
        --_font: var(--mission-font-family, system-ui);
      }
      a :hover,
      .x > .y {
        margin: 0 auto;
        width: calc(100% - 2rem);
      }
    `;
    expect(minifyCss(css)).to.equal(
      ':host{display:block;--_font:var(--mission-font-family,system-ui)}a :hover,.x > .y{margin:0 auto;width:calc(100% - 2rem)}',
    );
  });

  it('gives a stylesheet the browser reads the same way', () => {
    const css = `.a { color: rgb(0 0 0 / 50%); } @media (max-width: 40rem) { .a :is(b, i) { padding: 1px 2px; } }`;
    const rules = (text: string) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      return [...sheet.cssRules].map((r) => r.cssText);
    };
    expect(rules(minifyCss(css))).to.deep.equal(rules(css));
  });
});
