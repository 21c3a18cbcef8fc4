/** npm run content:check — validates every scenario's data and ink; exit 1 on any problem. */
import { join } from 'node:path';
import { loadScenarioDir, STORIES_DIR, scenarioIds } from '../content/from-disk';
import { formatProblem } from '../content/problems';
import { cliArgs } from './args';

cliArgs(
  `
Gebruik: npm run content:check

Controleert de gegevens en ink van elk scenario in stories/: schema, verwijzingen, voorwaarden,
ink-tags, ongebruikte knots en doodlopende paden. Elke fout met bestand en regel; exitcode 1 bij fouten.
  --help    dit overzicht
`,
  {},
);

let failed = 0;
for (const id of scenarioIds()) {
  const r = loadScenarioDir(join(STORIES_DIR, id));
  if (r.problems.length) {
    failed += r.problems.length;
    console.error(`✗ ${id}: ${r.problems.length} fout(en)`);
    for (const p of r.problems) console.error(`  ${formatProblem(p)}`);
  } else console.log(`✓ ${id}: inhoud in orde`);
}
process.exit(failed ? 1 : 0);
