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

scope.onmessage = async (event) => {
  const { id, files } = event.data;
  try {
    scope.postMessage({ id, result: await readFiles(files) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
