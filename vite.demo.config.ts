import { defaultClientConditions, defineConfig, type Plugin } from 'vite';

/** `/` opens the demo index, so the address `npm start` prints is the one to visit. */
function demoIndex(): Plugin {
  return {
    name: 'demo-index',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url !== '/' && req.url !== '/index.html') return next();
        res.writeHead(302, { Location: '/demo/' }).end();
      });
    },
  };
}

// `npm start`: the demo pages in demo/, importing the library straight from src/ (embed.html uses the built bundle
// at /dist/, conference.html the real FOSDEM schedule in test/fixtures/).
// The pages run Lit's production build, as a visitor's page would: the dev server would otherwise resolve Lit's
// `development` export (extra checks, and a "Lit is in dev mode" warning in the console).
export default defineConfig({
  plugins: [demoIndex()],
  resolve: {
    conditions: defaultClientConditions.map((c) => (c === 'development|production' ? 'production' : c)),
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
