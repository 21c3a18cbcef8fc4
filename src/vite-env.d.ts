/// <reference types="vite/client" />
declare module 'virtual:koers-scenario/*' {
  import type { ScenarioBundle } from './sim/schema';

  const bundle: ScenarioBundle;
  export default bundle;
}
