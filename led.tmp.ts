import { loadScenarioById } from './src/content/from-disk';
import { createGame } from './src/game/game';
import { playToEnd, rand, strategiesFor } from './src/game/strategies';
const b = loadScenarioById('het-baken');
const [strat, ...targets] = process.argv.slice(2);
const g = playToEnd(createGame({ bundle: b, seed: 1 }), strategiesFor(b)[strat!]!, rand(1 ^ 0x5eed));
const s = g.snapshot().machine.context.sim;
for (const t of targets) {
  const by: Record<string, number> = {};
  for (const l of s.ledger) if (l.target === t) by[l.cause] = (by[l.cause] ?? 0) + l.delta;
  console.log(t, s.history.map((h) => h[t]!.toFixed(2)).join(' '));
  console.log(Object.entries(by).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).map(([k, v]) => `  ${k} ${v.toFixed(2)}`).join('\n'));
}
console.log('inspections', s.inspections.map((i) => `${i.visit}@${i.quarter}:${i.score}/${i.level}`).join(' '));
