/**
 * Evaluated before Lit in the embed bundle (see `embed.ts`). Lit creates a Trusted Types policy named `lit-html`
 * while it loads; where the page's Content-Security-Policy forbids that (`trusted-types 'none'`, a list without
 * `lit-html`, or `lit-html` already taken by another copy of Lit without `'allow-duplicates'`), the browser throws
 * and the whole bundle would fail to load: a blank box and an uncaught `TypeError` in the page.
 *
 * While the bundle loads, this catches that refusal. If the elements are already defined (the bundle was loaded
 * twice), the policy is not even asked for: the first copy renders. Otherwise Lit could not render a single template, so the
 * five tags are defined as plain elements that show an error panel (built with DOM calls, no HTML strings) and
 * fire `mission-error`, and the console names the policy to allow.
 */

export const POLICY = 'lit-html';
const TAGS = [
  'mission-agenda',
  'mission-timeline',
  'mission-sector-filter',
  'mission-activity-card',
  'mission-contact-block',
] as const;

interface PolicyFactory {
  createPolicy(name: string, rules: unknown): unknown;
}

const MESSAGE =
  `this page's Content-Security-Policy does not let the agenda create its Trusted Types policy "${POLICY}", ` +
  `without which it cannot render. Allow it: "trusted-types ${POLICY}" (add 'allow-duplicates' when another ` +
  `Lit-based widget or a second copy of this bundle is on the page).`;

/** An element that shows why the agenda cannot render here, and says it once as `mission-error`. */
function blockedElement(tag: string): CustomElementConstructor {
  return class extends HTMLElement {
    connectedCallback(): void {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      if (tag !== 'mission-agenda') return; // the parts have nothing to say on their own
      const panel = document.createElement('div');
      panel.setAttribute('part', 'error');
      panel.setAttribute('role', 'alert');
      const title = document.createElement('strong');
      title.textContent = 'The programme cannot be shown on this page.';
      const text = document.createElement('p');
      text.textContent = `The page's security policy (Trusted Types) blocks it: allow the policy "${POLICY}".`;
      panel.append(title, text);
      root.append(panel);
      const message = `The page's Trusted Types policy does not allow "${POLICY}".`;
      this.dispatchEvent(
        new CustomEvent('mission-error', {
          bubbles: true,
          composed: true,
          detail: { message, errors: [{ path: '$', message }] },
        }),
      );
    }
  };
}

function refuse(error: unknown): void {
  console.error(`<mission-agenda>: ${MESSAGE}`, error);
  for (const tag of TAGS) if (!customElements.get(tag)) customElements.define(tag, blockedElement(tag));
}

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
let restore: (() => void) | undefined;

if (factory && typeof factory.createPolicy === 'function' && typeof customElements !== 'undefined') {
  const create = factory.createPolicy.bind(factory);
  const own = Object.getOwnPropertyDescriptor(factory, 'createPolicy');
  factory.createPolicy = function createPolicy(name: string, rules: unknown): unknown {
    // a second copy of the bundle: the first one renders, this copy's Lit never will, so it needs no policy (and
    // asking for a second `lit-html` would be a violation under an allow-list without 'allow-duplicates')
    if (name === POLICY && TAGS.every((tag) => customElements.get(tag))) return undefined;
    try {
      return create(name, rules);
    } catch (error) {
      if (name !== POLICY) throw error;
      if (!TAGS.every((tag) => customElements.get(tag))) refuse(error);
      return undefined; // Lit then has no policy; its elements are never defined (see above)
    }
  };
  restore = () => {
    if (own) Object.defineProperty(factory, 'createPolicy', own);
    else delete (factory as Partial<PolicyFactory>).createPolicy;
  };
}

/** Puts the page's `trustedTypes.createPolicy` back once the bundle has loaded. */
export function endTrustedTypesGuard(): void {
  restore?.();
  restore = undefined;
}
