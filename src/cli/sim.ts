/**
 * Plays Het Baken headless with scripted strategies. One game prints a summary (or --json);
 * with --games N it plays N seeds of each named strategy in parallel processes and prints one JSON
 * line per game. Same arguments, same bytes.
 */
import { availableParallelism } from 'node:os';
import { createGame } from '../game/game';
import { playToEnd, rand, strategiesFor } from '../game/strategies';
import { summarize } from '../game/summary';
import { lengthOf } from '../sim/lengths';
import { must } from '../sim/scenario-index';
import { cliArgs, fail, intOption, lengthOrFail, scenarioOrFail, strategiesOrFail } from './args';
import { inWorkers, isPoolWorker, serveWorker } from './pool';
import { type GameRecord, playingRecords } from './record';

const USAGE = `
Gebruik: npm run sim -- [opties]

Eén spel:
  --scenario <id>     scenario (standaard het-baken)
  --strategy <naam>   gespeelde strategie (standaard hoge-weg)
  --seed <n>          seed, 0 … 4294967295 (standaard 1)
  --length <id>       speellengte, bv. masterclass (standaard het volledige traject; ook bij --games)
  --json              het hele verloop als JSON in plaats van een samenvatting

Veel spellen (batch):
  --games <n>         speel n seeds per strategie; drukt per spel één JSON-regel af met
                      strategy, seed, history (indicatoren per kwartaal), final, inspections, purchases
  --strategy a,b,c    één of meer strategieën, of "all"
  --seed <n>          eerste seed; spel i krijgt seed + i × 7919
  --workers <n>       aantal processen (standaard: aantal kernen)

  --help              dit overzicht
`;

serveWorker(import.meta.url, playingRecords);

async function main() {
  const values = cliArgs(USAGE, {
    scenario: { type: 'string', default: 'het-baken' },
    seed: { type: 'string', default: '1' },
    strategy: { type: 'string', default: 'hoge-weg' },
    games: { type: 'string' },
    workers: { type: 'string', default: String(availableParallelism()) },
    json: { type: 'boolean', default: false },
    length: { type: 'string' },
  });
  const bundle = lengthOrFail(scenarioOrFail(values.scenario), values.length);
  const names = strategiesOrFail(bundle, values.strategy);
  const seed = intOption('seed', values.seed, 0, 0xffffffff);

  if (values.games !== undefined) {
    const games = intOption('games', values.games, 1, 1_000_000);
    const workers = intOption('workers', values.workers, 1, 64);
    const tasks = names.flatMap((strategy) =>
      Array.from({ length: games }, (_, i) => ({ strategy, seed: (seed + i * 7919) >>> 0 })),
    );
    const records = await inWorkers<(typeof tasks)[number], GameRecord>(import.meta.url, bundle, tasks, workers).catch(
      (e: unknown) => fail(`Een spel liep vast: ${e instanceof Error ? e.message : String(e)}`),
    );
    process.stdout.write(`${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    return;
  }
  if (names.length !== 1) fail('Eén spel speelt één strategie; gebruik --games voor meer strategieën');
  const name = must(names[0], 'een strategie');
  const strategy = must(strategiesFor(bundle)[name], `strategie "${name}"`);
  const game = playToEnd(createGame({ bundle, seed }), strategy, rand(seed ^ 0x5eed));
  const summary = { strategy: name, ...summarize(game) };
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const f = summary.final;
  const length = lengthOf(bundle).label.toLowerCase();
  console.log(`${bundle.scenario.title} · ${length} · seed ${seed} · strategie ${name} · ${summary.events} zetten`);
  console.log(
    `Waardendriehoek: cliënt ${f.triad.client}, medewerker ${f.triad.medewerker}, organisatie ${f.triad.organisatie}`,
  );
  for (const g of f.goals) console.log(`Doel ${g.id} (${g.level}): ${g.result}`);
  console.log(`Inspectie: ${f.inspections.map((i) => `K${i.quarter} niveau ${i.level}`).join(', ') || 'geen bezoek'}`);
}

if (!isPoolWorker) await main();
