import { expect } from '@open-wc/testing';
import '../../src/elements/mission-agenda/mission-agenda.define.js';
import { nextTask } from '../../src/io/next-task.js';

// A page of its own (test files do not share one): no count has been written in German before this test.
describe('<mission-agenda> while its feed is on its way', () => {
  it('builds the Intl objects of its counts in a task of their own, before the programme comes', async () => {
    const built: string[] = [];
    const spy = <T extends object>(name: string, real: T): T =>
      new Proxy(real, {
        construct(target, args: unknown[]) {
          built.push(`${name} ${String(args[0])}`);
          return Reflect.construct(target as new (...a: unknown[]) => object, args) as object;
        },
      });
    const { NumberFormat, PluralRules } = Intl;
    // the two constructors are read-only in TypeScript's lib, not in the browser
    const intl = Intl as unknown as Record<'NumberFormat' | 'PluralRules', unknown>;
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => undefined); // the feed never comes
    intl.NumberFormat = spy('NumberFormat', NumberFormat);
    intl.PluralRules = spy('PluralRules', PluralRules);
    const el = document.createElement('mission-agenda');
    el.lang = 'de';
    el.src = '/slow-feed.json';
    try {
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="loading"]'), 'still loading').to.not.equal(null);
      expect(built, 'not in the task that drew the loading state').to.deep.equal([]);
      await nextTask();
      await nextTask();
      expect(built).to.include.members(['NumberFormat de', 'PluralRules de']);
    } finally {
      intl.NumberFormat = NumberFormat;
      intl.PluralRules = PluralRules;
      window.fetch = realFetch;
      el.remove();
    }
  });
});
