// Single-file components, for the type check of main.ts (the .vue files themselves are compiled by Vite).
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
