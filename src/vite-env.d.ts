/// <reference types="vite/client" />
// The scenario this build plays (vite.config.ts names it; src/content/vite-plugin.ts).
declare module 'virtual:koers-scenario' {
  import type { ScenarioBundle } from './sim/schema';

  const bundle: ScenarioBundle;
  export default bundle;
}
declare module 'virtual:koers-pitch' {
  /** The title screen's words from scenario.yaml `pitch`. */
  const pitch: { role: string; journey: string };
  export default pitch;
}
declare module 'virtual:koers-versions' {
  import type { ScenarioBundle } from './sim/schema';

  /** Archived previous versions of the scenario, by content fingerprint, each loaded on demand. */
  const versions: Record<string, () => Promise<{ default: ScenarioBundle }>>;
  export default versions;
}
