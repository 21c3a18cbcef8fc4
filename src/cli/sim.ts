/**
 * npm run sim -- --scenario het-baken --seed 42 --strategy hoge-weg [--json]
 * Plays a whole game headless with a scripted strategy. Same arguments, same bytes.
 */
import { parseArgs } from 'node:util';
import { loadScenarioById } from '../content/from-disk';
import { createGame } from '../game/game';
import { playToEnd, rand, strategiesFor } from '../game/strategies';
import { summarize } from '../game/summary';

const { values } = parseArgs({
  options: {
    scenario: { type: 'string', default: 'het-baken' },
    seed: { type: 'string', default: '1' },
    strategy: { type: 'string', default: 'hoge-weg' },
    json: { type: 'boolean', default: false },
  },
});
const bundle = loadScenarioById(values.scenario);
const strategies = strategiesFor(bundle);
const strategy = strategies[values.strategy];
const seed = Number(values.seed);
if (!strategy) {
  console.error(`Onbekende strategie "${values.strategy}". Kies uit: ${Object.keys(strategies).join(', ')}`);
  process.exit(2);
}
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
  console.error('--seed moet een geheel getal tussen 0 en 4294967295 zijn');
  process.exit(2);
}
const game = playToEnd(createGame({ bundle, seed }), strategy, rand(seed ^ 0x5eed));
const summary = { strategy: values.strategy, ...summarize(game) };
if (values.json) console.log(JSON.stringify(summary, null, 2));
else {
  const f = summary.final;
  console.log(`${bundle.scenario.title} · seed ${seed} · strategie ${values.strategy} · ${summary.events} zetten`);
  console.log(
    `Waardendriehoek: cliënt ${f.triad.client}, medewerker ${f.triad.medewerker}, organisatie ${f.triad.organisatie}`,
  );
  for (const g of f.goals) console.log(`Doel ${g.id} (${g.level}): ${g.result}`);
  console.log(`Inspectie: ${f.inspections.map((i) => `K${i.quarter} niveau ${i.level}`).join(', ') || 'geen bezoek'}`);
}
