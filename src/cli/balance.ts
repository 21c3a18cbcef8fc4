/**
 * npm run balance -- --games 10000 [--json] [--workers N] [--strategy a,b]
 * Plays every strategy of the scenario headless with varied seeds, spread over processes,
 * and prints per strategy the distribution of the value triad, own-goal attainment, inspection
 * outcomes and the key indicators' changes; then every source claim with its range, its
 * reference, the model's figure and whether it holds (src/cli/claims.ts).
 */
import { availableParallelism } from 'node:os';
import { strategiesFor } from '../game/strategies';
import type { ScenarioBundle } from '../sim/schema';
import { cliArgs, fail, intOption, scenarioOrFail, strategiesOrFail } from './args';
import { CLAIMS, evaluateClaims, rangeText, valueText } from './claims';
import { inWorkers, isPoolWorker, serveWorker } from './pool';
import { type GameRecord, playingRecords, playRecord, worstLadder } from './record';

const USAGE = `
Gebruik: npm run balance -- [opties]

  --games <n>         totaal aantal spellen, verdeeld over de strategieën (standaard 1200)
  --strategy a,b      alleen deze strategieën (standaard alle); vergelijkingen spelen hun tegenstrategie mee
  --seed <n>          eerste seed; spel i krijgt seed + i × 7919 (standaard 1)
  --workers <n>       aantal processen (standaard: aantal kernen)
  --json              de tabel en de bronclaims als JSON
  --help              dit overzicht
`;

/** What one game contributes to the balance table. */
export interface GameMetrics {
  client: number;
  medewerker: number;
  organisatie: number;
  goals: number;
  goalsReached: number;
  goalsPartly: number;
  worstLadder: number;
  /** Relative change in absence (true value), start → end. */
  verzuim: number;
  overhead: number;
  directeTijd: number;
  resultaat: number;
  clienttevredenheid: number;
}

export function metricsOf(r: GameRecord): GameMetrics {
  const start = r.history[0]!;
  const v = (id: string) => r.final.values[id] ?? 0;
  const goals = r.final.goals;
  return {
    ...r.final.triad,
    goals: goals.length,
    goalsReached: goals.filter((g) => g.result === 'behaald').length,
    goalsPartly: goals.filter((g) => g.result === 'deels behaald').length,
    worstLadder: worstLadder(r),
    verzuim: (v('verzuim') - (start.verzuim ?? 0)) / (start.verzuim || 1),
    overhead: v('overhead') - (start.overhead ?? 0),
    directeTijd: v('directe_tijd') - (start.directe_tijd ?? 0),
    resultaat: v('resultaat'),
    clienttevredenheid: v('clienttevredenheid'),
  };
}

export const measure = (bundle: ScenarioBundle, strategy: string, seed: number): GameMetrics =>
  metricsOf(playRecord(bundle, strategy, seed));

serveWorker(import.meta.url, playingRecords);

async function main() {
  const values = cliArgs(USAGE, {
    scenario: { type: 'string', default: 'het-baken' },
    games: { type: 'string', default: '1200' },
    seed: { type: 'string', default: '1' },
    strategy: { type: 'string', default: 'all' },
    workers: { type: 'string', default: String(availableParallelism()) },
    json: { type: 'boolean', default: false },
  });
  const bundle = scenarioOrFail(values.scenario);
  const known = Object.keys(strategiesFor(bundle));
  const asked = strategiesOrFail(bundle, values.strategy);
  // A comparison needs its counterpart on the same seeds.
  const partners = CLAIMS.filter((c) => asked.includes(c.strategy) && c.versus).map((c) => c.versus!);
  const names = known.filter((n) => asked.includes(n) || partners.includes(n));
  const per = Math.ceil(Math.max(names.length, intOption('games', values.games, 1, 10_000_000)) / names.length);
  const base = intOption('seed', values.seed, 0, 0xffffffff);
  const workers = intOption('workers', values.workers, 1, 64);
  const tasks = names.flatMap((strategy) =>
    Array.from({ length: per }, (_, i) => ({ strategy, seed: (base + i * 7919) >>> 0 })),
  );
  const started = performance.now();
  const records = await inWorkers<(typeof tasks)[number], GameRecord>(import.meta.url, bundle, tasks, workers).catch(
    (e: unknown) => fail(`Een spel liep vast: ${e instanceof Error ? e.message : String(e)}`),
  );
  const seconds = (performance.now() - started) / 1000;
  const table = Object.fromEntries(
    names.map((n) => [n, summarise(records.filter((r) => r.strategy === n).map(metricsOf))]),
  );
  const claims = evaluateClaims(records);
  if (values.json) {
    const sourced = claims.map((r) => ({
      id: r.claim.id,
      label: r.claim.label,
      source: r.claim.source,
      strategy: r.claim.strategy,
      low: r.claim.low,
      high: r.claim.high,
      value: +r.value.toFixed(4),
      holds: r.holds,
    }));
    const out = {
      scenario: bundle.scenario.id,
      games: records.length,
      seconds: +seconds.toFixed(1),
      strategies: table,
    };
    console.log(JSON.stringify({ ...out, claims: sourced }, null, 2));
    return;
  }
  console.log(
    `${bundle.scenario.title}: ${records.length} spellen in ${seconds.toFixed(1)} s in ${workers} processen\n`,
  );
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const q = (d: Dist, digits = 0) => `${d.p50.toFixed(digits)} (${d.p10.toFixed(digits)}–${d.p90.toFixed(digits)})`;
  printTable([
    [
      'strategie',
      'cliëntwaarde',
      'medewerkerswaarde',
      'organisatiewaarde',
      'doelen behaald',
      'inspectie ≥ plan v. aanpak',
      'inspectie ≥ verscherpt',
      'verzuim Δ',
      'overhead Δ pp',
      'directe tijd Δ pp',
      'marge eind',
    ],
    ...names.map((n) => {
      const t = table[n]!;
      return [
        n,
        q(t.client),
        q(t.medewerker),
        q(t.organisatie),
        pct(t.goalsReached),
        pct(t.ladderPlan),
        pct(t.ladderVerscherpt),
        `${q(scale(t.verzuim, 100))}%`,
        q(t.overhead, 1),
        q(t.directeTijd, 1),
        q(t.resultaat, 2),
      ];
    }),
  ]);
  console.log('\nMediaan met 10e–90e percentiel. Waarden 0–100; verzuim als relatieve verandering.\n');
  console.log('Bronclaims (mediaan of aandeel van de spellen, tegen het bereik uit de bron):\n');
  printTable([
    ['', 'claim', 'strategie', 'model', 'bron: bereik', 'bron'],
    ...claims.map((r) => [
      r.holds ? '✓' : '✗',
      r.claim.label,
      r.claim.versus ? `${r.claim.strategy} vs ${r.claim.versus}` : r.claim.strategy,
      valueText(r),
      rangeText(r.claim),
      r.claim.source,
    ]),
  ]);
  console.log(`\n${claims.filter((r) => r.holds).length} van ${claims.length} claims houden.`);
}

function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    );
}

export interface Dist {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
}
function dist(xs: number[]): Dist {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { mean: s.reduce((a, b) => a + b, 0) / (s.length || 1), p10: at(0.1), p50: at(0.5), p90: at(0.9) };
}
const scale = (d: Dist, k: number): Dist => ({ mean: d.mean * k, p10: d.p10 * k, p50: d.p50 * k, p90: d.p90 * k });

export function summarise(ms: GameMetrics[]) {
  const goals = ms.reduce((a, m) => a + m.goals, 0) || 1;
  return {
    games: ms.length,
    client: dist(ms.map((m) => m.client)),
    medewerker: dist(ms.map((m) => m.medewerker)),
    organisatie: dist(ms.map((m) => m.organisatie)),
    goalsReached: ms.reduce((a, m) => a + m.goalsReached, 0) / goals,
    goalsPartly: ms.reduce((a, m) => a + m.goalsPartly, 0) / goals,
    ladder: [0, 1, 2, 3, 4, 5].map((l) => ms.filter((m) => m.worstLadder === l).length / (ms.length || 1)),
    ladderPlan: ms.filter((m) => m.worstLadder >= 3).length / (ms.length || 1),
    ladderVerscherpt: ms.filter((m) => m.worstLadder >= 4).length / (ms.length || 1),
    verzuim: dist(ms.map((m) => m.verzuim)),
    overhead: dist(ms.map((m) => m.overhead)),
    directeTijd: dist(ms.map((m) => m.directeTijd)),
    resultaat: dist(ms.map((m) => m.resultaat)),
    clienttevredenheid: dist(ms.map((m) => m.clienttevredenheid)),
  };
}

if (!isPoolWorker && process.argv[1]?.endsWith('balance.ts')) await main();
