/**
 * Plays many random games and reports every text shown whose conditions do not hold, and every
 * broken continuity rule (src/game/continuity.ts), then per person the share of quarters in which
 * they had something to show. Exit code 1 when anything breaks.
 */
import { surveyContinuity } from '../game/continuity';
import { cliArgs, intOption, scenarioOrFail } from './args';
import { keepSteps, loadKeptSteps } from './kept-steps';

const USAGE = `
Gebruik: npm run continuity -- [opties]

  --scenario <id>   scenario (standaard het-baken)
  --games <n>       aantal willekeurige spellen (standaard 1000)
  --seed <n>        eerste seed (standaard 1)
  --help            dit overzicht
`;

const values = cliArgs(USAGE, {
  scenario: { type: 'string', default: 'het-baken' },
  games: { type: 'string', default: '1000' },
  seed: { type: 'string', default: '1' },
});
const bundle = scenarioOrFail(values.scenario);
const games = intOption('games', values.games, 1, 100_000);
const started = performance.now();
loadKeptSteps(bundle);
const { breaks: found, coverage } = surveyContinuity(bundle, games, intOption('seed', values.seed, 0, 0xffffffff));
keepSteps(bundle);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const byRule = new Map<string, typeof found>();
for (const f of found) byRule.set(`${f.rule} @ ${f.where}`, [...(byRule.get(`${f.rule} @ ${f.where}`) ?? []), f]);
for (const [key, list] of [...byRule].sort((x, y) => y[1].length - x[1].length)) {
  const first = list[0]!;
  console.log(`${list.length}× ${key} (seed ${first.seed}, K${first.quarter}): ${first.text.slice(0, 140)}`);
}
const pct = (n: number, d: number) => `${Math.round((100 * n) / Math.max(1, d))}%`;
console.log('Kwartalen met een vignet, per persoon:');
for (const [id, c] of Object.entries(coverage)) {
  const name = bundle.people.people.find((p) => p.id === id)?.name ?? id;
  console.log(`  ${name.padEnd(20)} ${pct(c.shown, c.quarters)}`);
}
const all = Object.values(coverage).reduce((a, c) => ({ shown: a.shown + c.shown, quarters: a.quarters + c.quarters }));
console.log(`  ${'samen'.padEnd(20)} ${pct(all.shown, all.quarters)}`);
console.log(`${games} spellen in ${seconds} s: ${found.length} breuken`);
process.exit(found.length ? 1 : 0);
