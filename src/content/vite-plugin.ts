/**
 * Vite plugin: `import bundle from 'virtual:koers-scenario/het-baken'` gives the validated
 * scenario with its ink compiled by inkjs's own compiler. Any content error fails the build and
 * shows in the dev server's overlay with file and line; editing a story or data file reloads.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { loadScenarioDir, STORIES_DIR, scenarioFiles } from './from-disk';
import { formatProblem } from './problems';

const PREFIX = 'virtual:koers-scenario/';

/** `dir` is the folder holding the scenario folders (default: stories/), so tests can build from a copy. */
export function koersContent({ dir: root = STORIES_DIR }: { dir?: string } = {}): Plugin {
  return {
    name: 'koers-content',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const name = id.slice(PREFIX.length + 1);
      if (!/^[a-z0-9-]+$/.test(name)) this.error(`onbekend scenario "${name}"`);
      const dir = join(root, name);
      if (!existsSync(dir)) this.error(`scenario "${name}" bestaat niet (verwacht de map ${dir})`);
      for (const file of Object.keys(scenarioFiles(dir))) this.addWatchFile(join(dir, file));
      const r = loadScenarioDir(dir);
      if (!r.bundle) {
        const first = r.problems[0];
        this.error({
          message: `Scenario-inhoud bevat fouten:\n${r.problems.map(formatProblem).join('\n')}`,
          ...(first?.line ? { loc: { file: join(process.cwd(), first.file), line: first.line, column: 0 } } : {}),
        });
      }
      return `export default ${JSON.stringify(r.bundle)};`;
    },
  };
}
