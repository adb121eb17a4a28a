import vue from '@vitejs/plugin-vue';

export default {
  // Vue must leave the mission-* tags to the browser instead of looking for Vue components of that name.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('mission-') } } })],
  build: { target: 'es2022' },
};
