/**
 * npm run bench — (a) full headless playthroughs per second, ink dialogues included, as batch runs
 * play them (the lean runtime, machines/lean-runtime.ts), and random games on XState's actor, as
 * the browser plays them;
 * (b) the gzipped size of what the browser loads before the title screen is interactive
 * (dist/index.html and everything it pulls in statically), next to bare Phaser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadScenarioById } from '../content/from-disk';
import { createGame } from '../game/game';
import { playToEnd, RANDOM, rand, type Strategy, strategiesFor } from '../game/strategies';
import { leanActor } from '../machines/lean-runtime';
import { forgetSteps } from '../narrative/step-memo';
import type { ScenarioBundle } from '../sim/schema';
import { cliArgs } from './args';
import { CHOOSING, moveCosts } from './move-costs';

const { json, zetten } = cliArgs(
  `
Gebruik: npm run bench [-- --json] [-- --zetten]

Bouwt het spel, meet headless spellen per seconde en de eerste download tot het titelscherm.
  --json    de metingen als JSON
  --zetten  ook: waar de tijd van een willekeurig spel heen gaat, per soort zet (1.500 spellen)
  --help    dit overzicht
`,
  { json: { type: 'boolean', default: false }, zetten: { type: 'boolean', default: false } },
);

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

/** Games timed cold, and the games after which play has settled. */
const [FIRST, SETTLED] = [1000, 2500];

const median = (xs: number[]) => {
  const sorted = [...xs].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Games of a strategy get fresh seeds: every game the bench plays is a new one. */
const playing = (bundle: ScenarioBundle, strategy: Strategy, runtime: 'lean' | 'xstate') => {
  let seed = 1000;
  return () => {
    seed++;
    return playToEnd(
      createGame({ bundle, seed, ...(runtime === 'lean' ? { actor: leanActor } : {}) }),
      strategy,
      rand(seed),
    );
  };
};
/** The series the bench times: each strategy as batch runs play it, and random as the browser does. */
const SERIES = [
  { name: 'random', strategy: 'random', runtime: 'lean' },
  { name: 'niets-doen', strategy: 'niets-doen', runtime: 'lean' },
  { name: 'random/XState', strategy: 'random', runtime: 'xstate' },
] as const;

/**
 * Each strategy starts cold: no ink step remembered (step-memo.ts). Its first 1,000 games are timed
 * as a whole. Play goes on until 2,500 games, when the step memory and the JIT have settled (from
 * then on a game costs what it costs in a long batch run), and then games are played in batches of
 * ten for about three seconds; each batch gives a time per game by the clock and by the CPU this
 * process used. The medians are reported: on a shared machine the clock counts other work too, the
 * CPU time much less so.
 */
function throughput(bundle: ScenarioBundle) {
  const out: Record<
    string,
    {
      firstGames: number;
      firstMsPerGame: number;
      firstPerSecond: number;
      games: number;
      perSecond: number;
      msPerGame: number;
      cpuMsPerGame: number;
      perCpuSecond: number;
      eventsPerGame: number;
    }
  > = {};
  for (const { name, strategy: id, runtime } of SERIES) {
    const strategy = strategiesFor(bundle)[id];
    if (!strategy) throw new Error(`strategie "${id}" bestaat niet`);
    forgetSteps();
    const next = playing(bundle, strategy, runtime);
    const cold = performance.now();
    for (let i = 0; i < FIRST; i++) next();
    const firstMs = (performance.now() - cold) / FIRST;
    for (let i = FIRST; i < SETTLED; i++) next();
    let games = 0;
    let events = 0;
    const wall: number[] = [];
    const cpu: number[] = [];
    const start = performance.now();
    while (performance.now() - start < 3000) {
      const [t, c] = [performance.now(), process.cpuUsage()];
      for (let i = 0; i < 10; i++, games++) events += next().log.length;
      const used = process.cpuUsage(c);
      wall.push((performance.now() - t) / 10);
      cpu.push((used.user + used.system) / 1000 / 10);
    }
    const [ms, cpuMs] = [median(wall), median(cpu)];
    out[name] = {
      firstGames: FIRST,
      firstMsPerGame: +firstMs.toFixed(2),
      firstPerSecond: Math.round(1000 / firstMs),
      games,
      perSecond: Math.round(1000 / ms),
      msPerGame: +ms.toFixed(2),
      cpuMsPerGame: +cpuMs.toFixed(2),
      perCpuSecond: Math.round(1000 / cpuMs),
      eventsPerGame: Math.round(events / games),
    };
  }
  return out;
}

/** Files the browser fetches before the title screen: the entry, its static imports, CSS and the fonts it uses. */
function initialLoad() {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  const files = new Set<string>(refs);
  // Follow static imports inside the entry chunks (Vite emits them as import statements or modulepreload links).
  const queue = refs.filter((r) => r.endsWith('.js'));
  for (let f = queue.pop(); f !== undefined; f = queue.pop()) {
    const src = readFileSync(join(DIST, f), 'utf8');
    for (const m of src.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = `assets/${m[1]}`;
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  // The title screen shows Latin text in regular and bold: those two woff2 files load with it.
  for (const css of [...files].filter((f) => f.endsWith('.css')))
    for (const m of readFileSync(join(DIST, css), 'utf8').matchAll(
      /url\(\.?\/?([^)]*atkinson-hyperlegible-latin-(?:400|700)-normal[^)]*\.woff2)\)/g,
    ))
      files.add(m[1]?.startsWith('assets/') ? m[1] : `assets/${(m[1] ?? '').replace(/^\.\//, '')}`);
  const rows = [...files, 'index.html'].map((f) => {
    const buf = readFileSync(join(DIST, f));
    return { file: f, bytes: buf.length, gzip: f.endsWith('.woff2') ? buf.length : gz(buf) };
  });
  const phaser = readFileSync(join(dirname(createRequire(import.meta.url).resolve('phaser')), 'phaser.min.js'));
  return { files: rows, totalGzip: rows.reduce((a, r) => a + r.gzip, 0), barePhaserGzip: gz(phaser) };
}

const bundle = loadScenarioById('het-baken');
const t = throughput(bundle);
const size = initialLoad();
const moves = zetten ? moveCosts(bundle, RANDOM, 1500, SETTLED) : undefined;
if (json) console.log(JSON.stringify({ throughput: t, initialLoad: size, ...(moves ? { moves } : {}) }, null, 2));
else {
  console.log(
    `Headless playthroughs (Het Baken, 6 kwartalen, alle gesprekken in ink; /XState: zoals de browser speelt), na ${SETTLED} spellen; mediaan van series van 10:`,
  );
  for (const [name, r] of Object.entries(t))
    console.log(
      `  ${name.padEnd(13)} ${String(r.perSecond).padStart(5)} spellen/s   ${r.msPerGame} ms/spel   ` +
        `(CPU: ${r.cpuMsPerGame} ms/spel, ${r.perCpuSecond} spellen per CPU-seconde)   ${r.eventsPerGame} zetten/spel`,
    );
  console.log(`De eerste ${FIRST} spellen, koud begonnen (nog geen inkstap onthouden):`);
  for (const [name, r] of Object.entries(t))
    console.log(`  ${name.padEnd(13)} ${String(r.firstPerSecond).padStart(5)} spellen/s   ${r.firstMsPerGame} ms/spel`);
  console.log('\nEerste download tot het titelscherm (gzip):');
  for (const r of size.files) console.log(`  ${r.file.padEnd(52)} ${kb(r.gzip).padStart(10)}`);
  console.log(`  ${'totaal'.padEnd(52)} ${kb(size.totalGzip).padStart(10)}`);
  console.log(`  ${'kaal Phaser (phaser.min.js)'.padEnd(52)} ${kb(size.barePhaserGzip).padStart(10)}`);
  if (moves) {
    const total = moves.reduce((a, m) => a + m.msPerGame, 0);
    console.log(
      `\nWaar de tijd van een willekeurig spel heen gaat (1.500 spellen na ${SETTLED}, ${total.toFixed(2)} ms per spel):`,
    );
    console.log(
      `  ${'zet'.padEnd(20)} ${'per spel'.padStart(9)} ${'µs per zet'.padStart(11)} ${'ms per spel'.padStart(12)}  aandeel`,
    );
    for (const m of moves)
      console.log(
        `  ${m.move.padEnd(20)} ${m.move === CHOOSING ? ''.padStart(9) : m.perGame.toFixed(1).padStart(9)} ` +
          `${m.move === CHOOSING ? ''.padStart(11) : m.microsEach.toFixed(1).padStart(11)} ${m.msPerGame.toFixed(3).padStart(12)}  ${((m.msPerGame / total) * 100).toFixed(0).padStart(4)}%`,
      );
  }
}
