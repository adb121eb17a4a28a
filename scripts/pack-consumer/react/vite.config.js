// Vite's own TSX transform: no React plugin is needed to build.
export default { build: { target: 'es2022' } };
