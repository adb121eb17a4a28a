/**
 * A tiny static server for the bench: serves the repository root on 127.0.0.1 (a random free port) plus the
 * generated feeds at `/__bench/feeds/<name>.json`. Text is sent gzip-compressed (level 9) when the browser asks for
 * it, as any web server would: the page-load scenarios' transfer sizes and their throttled network then see what a
 * visitor's phone would receive.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts the server. `feeds` maps a feed name to its JSON text; `aliases` maps a URL path to a file served instead.
 * Resolves to `{ origin, close() }`.
 */
export async function serve(root, feeds, aliases = {}) {
  const compressed = new Map();
  /** Ends the response with `body`, gzip-compressed when the client accepts it (compressed once per path). */
  const send = (req, res, status, type, body, path) => {
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && !type.startsWith('image/')) {
      let zipped = compressed.get(path);
      if (!zipped) compressed.set(path, (zipped = gzipSync(body, { level: 9 })));
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': zipped.length });
      res.end(zipped);
    } else {
      res.writeHead(status, headers);
      res.end(body);
    }
  };
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const feed = /^\/__bench\/feeds\/([\w.-]+)\.json$/.exec(path);
    if (feed) {
      const body = feeds.get(feed[1]);
      send(req, res, body ? 200 : 404, MIME['.json'], Buffer.from(body ?? '{}'), path);
      return;
    }
    const file = aliases[path] ?? normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!aliases[path] && file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      send(req, res, 200, MIME[extname(file)] ?? 'application/octet-stream', body, file);
    } catch {
      res.writeHead(404, { 'content-type': MIME['.txt'] }).end(`not found: ${path}`);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
