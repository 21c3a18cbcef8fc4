/**
 * Vite plugin: `import bundle from 'virtual:koers-scenario'` gives the validated
 * scenario with its ink compiled by inkjs's own compiler. Any content error fails the build and
 * shows in the dev server's overlay with file and line; editing a story or data file reloads.
 * `import versions from 'virtual:koers-versions'` maps the fingerprint of each archived
 * previous version (versions-disk.ts) to a loader of its own chunk, so an old game loads only
 * the version it needs, and only when it needs it. `import pitch from 'virtual:koers-pitch'`
 * gives only the title screen's words (scenario.yaml `pitch`), so the title does not wait for the
 * scenario. Which scenario a build plays is the plugin's `scenario` option, named in vite.config.ts
 * only; the modules can also be named for a scenario (`virtual:koers-scenario/het-baken`).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioDir, STORIES_DIR, scenarioFiles } from './from-disk';
import type { LoadResult } from './load';
import { formatProblem } from './problems';
import { archivedFingerprints, readArchived, VERSIONS_DIR } from './versions-disk';

const PREFIX = 'virtual:koers-scenario/';
const VERSIONS = 'virtual:koers-versions/';
const VERSION = 'virtual:koers-version/';
const PITCH = 'virtual:koers-pitch/';

/**
 * `dir` is the folder holding the scenario folders (default: stories/), so tests can build from a
 * copy; `scenario` is the one the game plays.
 */
export function koersContent({
  dir: root = STORIES_DIR,
  scenario = 'het-baken',
}: {
  dir?: string;
  scenario?: string;
} = {}): Plugin {
  // One load per scenario per build (the versions list needs the current fingerprint too).
  const loaded = new Map<string, LoadResult>();
  const loadOnce = (dir: string) => loaded.get(dir) ?? loaded.set(dir, loadScenarioDir(dir)).get(dir)!;
  return {
    name: 'koers-content',
    watchChange() {
      loaded.clear();
    },
    resolveId(id) {
      if ([PREFIX, VERSIONS, PITCH].some((p) => id === p.slice(0, -1))) return `\0${id}/${scenario}`;
      return [PREFIX, VERSIONS, VERSION, PITCH].some((p) => id.startsWith(p)) ? `\0${id}` : null;
    },
    load(id) {
      if (id.startsWith(`\0${VERSIONS}`) || id.startsWith(`\0${VERSION}`)) {
        const [kind, name, fingerprint] = id.slice(1).split('/') as [string, string, string | undefined];
        const dir = join(root, name);
        if (!/^[a-z0-9-]+$/.test(name) || !existsSync(dir)) this.error(`onbekend scenario "${name}"`);
        this.addWatchFile(join(dir, VERSIONS_DIR));
        if (`${kind}/` === VERSION) return `export default ${JSON.stringify(readArchived(dir, fingerprint ?? ''))};`;
        // The current version is in the main chunk already.
        const now = loadOnce(dir).bundle?.fingerprint;
        const loaders = archivedFingerprints(dir)
          .filter((fp) => fp !== now)
          .map((fp) => `${JSON.stringify(fp)}: () => import(${JSON.stringify(`${VERSION}${name}/${fp}`)})`);
        return `export default {${loaders.join(',')}};`;
      }
      const pitch = id.startsWith(`\0${PITCH}`);
      if (!pitch && !id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice((pitch ? PITCH : PREFIX).length + 1);
      if (!/^[a-z0-9-]+$/.test(name)) this.error(`onbekend scenario "${name}"`);
      const dir = join(root, name);
      if (!existsSync(dir)) this.error(`scenario "${name}" bestaat niet (verwacht de map ${dir})`);
      for (const file of Object.keys(scenarioFiles(dir))) this.addWatchFile(join(dir, file));
      const r = loadOnce(dir);
      if (!r.bundle) {
        const first = r.problems[0];
        this.error({
          message: `Scenario-inhoud bevat fouten:\n${r.problems.map(formatProblem).join('\n')}`,
          ...(first?.line ? { loc: { file: join(process.cwd(), first.file), line: first.line, column: 0 } } : {}),
        });
      }
      return `export default ${JSON.stringify(pitch ? r.bundle?.scenario.pitch : r.bundle)};`;
    },
  };
}
