/**
 * The studio's parser, off the main thread: reading a 10,000-row workbook takes seconds of work that would otherwise
 * freeze the page. Receives `{ id, files }`, answers `{ id, result }` (or `{ id, error }`).
 */
import { readFiles, type InputFile } from '../read-files.js';

interface Request {
  readonly id: number;
  readonly files: readonly InputFile[];
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, files } = event.data;
  readFiles(files).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
};
