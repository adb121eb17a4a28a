/**
 * Registers `<mission-grid>` on demand. The embed bundle keeps the grid out of its entry (most pages show the list):
 * `<mission-agenda>` calls `loadGrid()` when it first shows a grid, and the embed entry calls it at once when the page
 * itself holds a `<mission-grid>`. With the npm build the element is usually registered already, and this is a no-op.
 * The promise rejects when the chunk cannot load (the caller keeps the list and says so); the next call tries again.
 */
let loading: Promise<void> | undefined;

export function loadGrid(): Promise<void> {
  if (customElements.get('mission-grid')) return Promise.resolve();
  return (loading ??= import('../../chunks/grid.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  ));
}

/** Loads the grid when the document holds a `<mission-grid>` that is not defined yet. */
export function loadGridIfUsed(root: ParentNode = document): void {
  if (root.querySelector('mission-grid:not(:defined)')) void loadGrid().catch((error: unknown) => console.error(error));
}
