/** npm run content:stats [-- --json] — what each scenario holds. */
import { join } from 'node:path';
import { STORIES_DIR, scenarioFiles, scenarioIds } from '../content/from-disk';
import { loadScenario } from '../content/load';
import { formatProblem } from '../content/problems';
import { contentStats } from '../content/stats';
import { cliArgs } from './args';

const { json } = cliArgs(
  `
Gebruik: npm run content:stats [-- --json]

Telt per scenario personages, gesprekken, knots, keuzes, scanbronnen, feiten, interventies,
gebeurtenissen, normen en het aandeel effecten met een bron.
  --json    als JSON
  --help    dit overzicht
`,
  { json: { type: 'boolean', default: false } },
);

const all: Record<string, ReturnType<typeof contentStats>> = {};
for (const id of scenarioIds()) {
  const files = scenarioFiles(join(STORIES_DIR, id));
  const r = loadScenario(`stories/${id}`, files);
  if (!r.bundle) {
    console.error(r.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  const ink = Object.fromEntries(
    Object.entries(files)
      .filter(([n]) => n.endsWith('.ink'))
      .map(([n, t]) => [n.slice(0, -4), t]),
  );
  all[id] = contentStats(r.bundle, ink);
}
if (json) console.log(JSON.stringify(all, null, 2));
else for (const [id, s] of Object.entries(all)) console.log(id, s);
