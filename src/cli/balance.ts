/**
 * npm run balance -- --games 10000 [--json] [--workers N]
 * Plays every strategy of the scenario headless with varied seeds, spread over worker threads,
 * and prints per strategy the distribution of the value triad, own-goal attainment, inspection
 * outcomes and the key indicators' changes, next to the ranges the sources report.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadScenarioById } from '../content/from-disk';
import { createGame } from '../game/game';
import { playToEnd, rand, strategiesFor } from '../game/strategies';
import { evaluateGoals, triad } from '../sim/rules';
import type { ScenarioBundle } from '../sim/schema';

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

export function measure(bundle: ScenarioBundle, strategy: string, seed: number): GameMetrics {
  const game = playToEnd(createGame({ bundle, seed }), strategiesFor(bundle)[strategy]!, rand(seed ^ 0x5eed));
  const s = game.snapshot().machine.context.sim;
  const t = triad(bundle, s.values);
  const goals = evaluateGoals(bundle, s);
  const start = s.history[0]!;
  const v = (id: string) => s.values[id] ?? 0;
  return {
    ...t,
    goals: goals.length,
    goalsReached: goals.filter((g) => g.result === 'behaald').length,
    goalsPartly: goals.filter((g) => g.result === 'deels behaald').length,
    worstLadder: Math.max(0, ...s.inspections.map((i) => i.level)),
    verzuim: (v('verzuim') - (start.verzuim ?? 0)) / (start.verzuim || 1),
    overhead: v('overhead') - (start.overhead ?? 0),
    directeTijd: v('directe_tijd') - (start.directe_tijd ?? 0),
    resultaat: v('resultaat'),
    clienttevredenheid: v('clienttevredenheid'),
  };
}

interface Job {
  bundle: ScenarioBundle;
  tasks: { strategy: string; seed: number }[];
}

if (!isMainThread) {
  const { bundle, tasks } = workerData as Job;
  const out = tasks.map((t) => ({ strategy: t.strategy, m: measure(bundle, t.strategy, t.seed) }));
  parentPort!.postMessage(out);
}

async function main() {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'het-baken' },
      games: { type: 'string', default: '1200' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: String(availableParallelism()) },
      json: { type: 'boolean', default: false },
    },
  });
  const bundle = loadScenarioById(values.scenario);
  const names = Object.keys(strategiesFor(bundle));
  const total = Math.max(names.length, Number(values.games));
  const per = Math.ceil(total / names.length);
  const base = Number(values.seed) >>> 0;
  const tasks = names.flatMap((strategy) =>
    Array.from({ length: per }, (_, i) => ({ strategy, seed: (base + i * 7919) >>> 0 })),
  );
  const workers = Math.max(1, Math.min(16, Number(values.workers)));
  const started = performance.now();
  const chunks = Array.from({ length: workers }, (_, w) => tasks.filter((_, i) => i % workers === w));
  const results = (
    await Promise.all(
      chunks.map(
        (chunk) =>
          new Promise<{ strategy: string; m: GameMetrics }[]>((resolve, reject) => {
            // Workers do not inherit tsx's loader: register it, then load this file as the worker.
            const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(import.meta.url)}); });`;
            const worker = new Worker(boot, { eval: true, workerData: { bundle, tasks: chunk } satisfies Job });
            worker.once('message', resolve);
            worker.once('error', reject);
          }),
      ),
    )
  ).flat();
  const seconds = (performance.now() - started) / 1000;
  const table = Object.fromEntries(
    names.map((n) => [n, summarise(results.filter((r) => r.strategy === n).map((r) => r.m))]),
  );
  if (values.json) {
    console.log(
      JSON.stringify(
        { scenario: bundle.scenario.id, games: results.length, seconds: +seconds.toFixed(1), strategies: table },
        null,
        2,
      ),
    );
    return;
  }
  console.log(`${bundle.scenario.title}: ${results.length} spellen in ${seconds.toFixed(1)} s op ${workers} threads\n`);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const q = (d: Dist, digits = 0) => `${d.p50.toFixed(digits)} (${d.p10.toFixed(digits)}–${d.p90.toFixed(digits)})`;
  const rows = [
    [
      'strategie',
      'cliëntwaarde',
      'medewerkerswaarde',
      'organisatiewaarde',
      'doelen behaald',
      'inspectie ≥ plan v. aanpak',
      'verzuim Δ',
      'overhead Δ pp',
      'directe tijd Δ pp',
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
        `${q(scale(t.verzuim, 100))}%`,
        q(t.overhead, 1),
        q(t.directeTijd, 1),
      ];
    }),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
  console.log('\nMediaan met 10e–90e percentiel. Waarden 0–100; verzuim als relatieve verandering.');
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
    verzuim: dist(ms.map((m) => m.verzuim)),
    overhead: dist(ms.map((m) => m.overhead)),
    directeTijd: dist(ms.map((m) => m.directeTijd)),
    resultaat: dist(ms.map((m) => m.resultaat)),
    clienttevredenheid: dist(ms.map((m) => m.clienttevredenheid)),
  };
}

if (isMainThread && process.argv[1]?.endsWith('balance.ts')) await main();
