import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// `npm start`: the demo pages in demo/, importing the library straight from src/.
export default defineConfig({
  root: fileURLToPath(new URL('./demo', import.meta.url)),
  server: { host: '127.0.0.1', port: 5173, fs: { allow: ['..'] } },
  preview: { host: '127.0.0.1' },
});
