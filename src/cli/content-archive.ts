/** npm run content:archive — keep the current version of every scenario loadable after the next change. */
import { join } from 'node:path';
import { loadScenarioById, STORIES_DIR, scenarioIds } from '../content/from-disk';
import { archive, VERSIONS_DIR } from '../content/versions-disk';
import { cliArgs } from './args';

cliArgs(
  `
Gebruik: npm run content:archive

Bewaart de gecompileerde huidige versie van elk scenario in stories/<scenario>/versions/, onder
zijn vingerafdruk. Zo kan een spel dat op deze versie begon na een inhoudelijke wijziging op
dezelfde versie verder, en opent een resultaatcode van deze versie op die versie. Draai dit
voor elke uitrol met gewijzigde inhoud en commit het nieuwe bestand.
  --help    dit overzicht
`,
  {},
);

for (const id of scenarioIds()) {
  const bundle = loadScenarioById(id);
  const file = join('stories', id, VERSIONS_DIR, `${bundle.fingerprint}.json`);
  console.log(archive(join(STORIES_DIR, id), bundle) ? `bewaard: ${file}` : `stond er al: ${file}`);
}
