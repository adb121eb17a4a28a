import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  js: 'text/javascript',
  map: 'application/json',
  xml: 'application/xml',
  json: 'application/json',
};

/**
 * Serves folders outside demo/ as they are: the built embed bundle at /dist/ (so demo/embed.html uses it exactly as a
 * host page would) and the real conference schedules at /fixtures/ (for demo/conference.html).
 */
function serveFolders(mounts: Record<string, string>): Plugin {
  return {
    name: 'serve-folders',
    configureServer(server) {
      for (const [base, folder] of Object.entries(mounts)) {
        const root = fileURLToPath(new URL(folder, import.meta.url));
        server.middlewares.use(base, (req, res, next) => {
          const file = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0])));
          if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[file.split('.').pop() ?? ''] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      }
    },
  };
}

// `npm start`: the demo pages in demo/, importing the library straight from src/ (embed.html uses the bundle).
export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  plugins: [serveFolders({ '/dist': './dist/', '/fixtures': './test/fixtures/real/' })],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
