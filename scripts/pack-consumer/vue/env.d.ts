declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}

interface Window {
  missionEvents: { readonly source: string; readonly type: string; readonly detail: unknown }[];
}
