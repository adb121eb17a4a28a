import { defineConfig, type Plugin } from 'vite';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize } from 'node:path';

const dist = fileURLToPath(new URL('./dist/', import.meta.url));

/** Serves the built embed bundle at /dist/, so demo/embed.html can use it exactly as a host page would. */
function serveDist(): Plugin {
  return {
    name: 'serve-dist',
    configureServer(server) {
      server.middlewares.use('/dist', (req, res, next) => {
        const file = normalize(join(dist, decodeURIComponent((req.url ?? '/').split('?')[0])));
        if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return next();
        res.setHeader('Content-Type', file.endsWith('.map') ? 'application/json' : 'text/javascript');
        createReadStream(file).pipe(res);
      });
    },
  };
}

// `npm start`: the demo pages in demo/, importing the library straight from src/ (embed.html uses the bundle).
export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  plugins: [serveDist()],
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
