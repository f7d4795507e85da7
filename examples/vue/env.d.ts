// Lets plain tsc (without Vue's language tools) type-check main.ts: a .vue file is a component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
