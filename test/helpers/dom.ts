import { oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';

/** Types `text` into an agenda's search box, then waits out the typing pause and the update it starts. */
export async function typeSearch(agenda: Element, text: string): Promise<void> {
  const input = agenda.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await new Promise((r) => setTimeout(r, 250));
  await settle(agenda);
}

/** Waits until `root` and every Lit element in its shadow trees have finished rendering. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = collect(root).filter((el) => (el as LitElement).isUpdatePending);
    await Promise.all(collect(root).map((el) => (el as LitElement).updateComplete));
    if (pending.length === 0) return;
  }
}

function collect(root: Element): Element[] {
  const out: Element[] = [root];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      if ('updateComplete' in el) out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root.shadowRoot) visit(root.shadowRoot);
  visit(root as Element);
  return out;
}

/** Every element matching `selector` in `root` and the shadow trees below it. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const out: T[] = [];
  const visit = (node: Element | ShadowRoot) => {
    out.push(...(node.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root);
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  return [...new Set(out)];
}

export function deepQuery<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T | undefined {
  return deepQueryAll<T>(root, selector)[0];
}

/** Text of an element and its shadow tree, whitespace collapsed. */
export function deepText(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    if (!(node instanceof HTMLStyleElement) && !(node instanceof HTMLScriptElement)) node.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * Resolves with the next `type` event of `el`, or rejects after `ms`. The bound only guards against a hang: a busy
 * machine may take seconds to load and render a programme, so it is far above any normal wait.
 */
export function nextEvent<E extends Event>(el: EventTarget, type: string, ms = 30_000): Promise<E> {
  return Promise.race([
    oneEvent(el, type) as Promise<E>,
    new Promise<E>((_, reject) => setTimeout(() => reject(new Error(`no ${type} event within ${ms} ms`)), ms)),
  ]);
}
