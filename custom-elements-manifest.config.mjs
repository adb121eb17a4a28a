/** Manifest of the public elements, read from their JSDoc (`npm run analyze`). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The analyzer reads its globs in whatever order the file system walk returns them, and the manifest lists the
 * modules in that order: sort them, so the same source always gives the same bytes.
 */
function sortedModules({ ts, globs }) {
  return [...globs]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((glob) => ts.createSourceFile(glob, readFileSync(resolve(glob), 'utf8'), ts.ScriptTarget.ES2015, true));
}

/**
 * `this.dispatchEvent(new MissionLoadEvent(…))` makes the analyzer add an event with only a type (the name is inside
 * the event class, not at the call), beside the one `@fires` documents. This plugin reads each event class's name from
 * its `super('mission-…', …)` call, names such entries with it, and keeps one entry per name (the documented one).
 */
function oneEntryPerEvent() {
  /** Event class name → event name, e.g. MissionLoadEvent → mission-load. */
  const names = new Map();
  return {
    name: 'one-entry-per-event',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          child.expression.kind === ts.SyntaxKind.SuperKeyword &&
          child.arguments[0] &&
          ts.isStringLiteralLike(child.arguments[0])
        ) {
          names.set(node.name.text, child.arguments[0].text);
          return;
        }
        ts.forEachChild(child, visit);
      };
      for (const member of node.members) if (ts.isConstructorDeclaration(member)) visit(member);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.events) continue;
          const byName = new Map();
          // documented entries first, in their order; then the ones only found at a dispatchEvent call
          const ordered = [...declaration.events.filter((e) => e.name), ...declaration.events.filter((e) => !e.name)];
          for (const event of ordered) {
            const name = event.name ?? names.get(event.type?.text);
            if (!name) {
              console.warn(
                `${mod.path}: ${declaration.name} dispatches a ${event.type?.text ?? 'event'} whose name is unknown; ` +
                  'document it with @fires {Type} name - description.',
              );
              continue;
            }
            if (!byName.has(name)) byName.set(name, { ...event, name });
          }
          declaration.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/**/*.icons.ts', 'src/**/*.dom.ts'],
  litelement: true,
  // package.json already points at custom-elements.json; the freshness check must not rewrite it.
  packagejson: false,
  overrideModuleCreation: sortedModules,
  plugins: [oneEntryPerEvent()],
};
