/** How the studio page reaches its parser: a worker (the page stays responsive), behind a plain async function. */
import type { OrganiserResult } from '../convert.js';
import type { InputFile } from '../read-files.js';

/** Converts and validates files; the studio element only knows this. */
export type ParseFiles = (files: readonly InputFile[]) => Promise<OrganiserResult>;

interface Answer {
  readonly id: number;
  readonly result?: OrganiserResult;
  readonly error?: string;
}

/** A `ParseFiles` that posts the files to the worker `create()` makes (once, on first use). */
export function workerParser(create: () => Worker): ParseFiles {
  let worker: Worker | undefined;
  let next = 0;
  const pending = new Map<number, { resolve: (r: OrganiserResult) => void; reject: (e: Error) => void }>();
  const start = () => {
    const w = create();
    w.onmessage = (event: MessageEvent<Answer>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (event.data.result) waiting?.resolve(event.data.result);
      else waiting?.reject(new Error(event.data.error ?? 'The parser gave no answer.'));
    };
    w.onerror = (event) => {
      for (const waiting of pending.values()) waiting.reject(new Error(event.message || 'The parser stopped.'));
      pending.clear();
      worker = undefined;
    };
    return w;
  };
  return (files) =>
    new Promise((resolve, reject) => {
      worker ??= start();
      const id = next++;
      pending.set(id, { resolve, reject });
      // the bytes are moved, not copied
      const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice() }));
      worker.postMessage(
        { id, files: copies },
        copies.map((f) => f.bytes.buffer),
      );
    });
}
