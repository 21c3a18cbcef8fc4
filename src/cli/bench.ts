/**
 * npm run bench — (a) full headless playthroughs per second, ink dialogues included;
 * (b) the gzipped size of what the browser loads before the title screen is interactive
 * (dist/index.html and everything it pulls in statically), next to bare Phaser.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadScenarioById } from '../content/from-disk';
import { createGame } from '../game/game';
import { playToEnd, rand, strategiesFor } from '../game/strategies';
import { cliArgs } from './args';

const { json } = cliArgs(
  `
Gebruik: npm run bench [-- --json]

Bouwt het spel, meet headless spellen per seconde en de eerste download tot het titelscherm.
  --json    de metingen als JSON
  --help    dit overzicht
`,
  { json: { type: 'boolean', default: false } },
);

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

function throughput() {
  const bundle = loadScenarioById('het-baken');
  const out: Record<string, { games: number; perSecond: number; msPerGame: number; eventsPerGame: number }> = {};
  for (const name of ['random', 'niets-doen']) {
    const strategy = strategiesFor(bundle)[name];
    if (!strategy) throw new Error(`strategie "${name}" bestaat niet`);
    // Warm up the JIT and the parsed ink for a second, then measure for about two seconds.
    const warm = performance.now();
    for (let s = 0; performance.now() - warm < 1000; s++) playToEnd(createGame({ bundle, seed: s }), strategy, rand(s));
    let games = 0;
    let events = 0;
    const start = performance.now();
    while (performance.now() - start < 2000) {
      const g = playToEnd(createGame({ bundle, seed: 1000 + games }), strategy, rand(games));
      events += g.log.length;
      games++;
    }
    const ms = performance.now() - start;
    out[name] = {
      games,
      perSecond: Math.round((games / ms) * 1000),
      msPerGame: +(ms / games).toFixed(2),
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

const t = throughput();
const size = initialLoad();
if (json) console.log(JSON.stringify({ throughput: t, initialLoad: size }, null, 2));
else {
  console.log('Headless playthroughs (Het Baken, 6 kwartalen, alle gesprekken in ink):');
  for (const [name, r] of Object.entries(t))
    console.log(
      `  ${name.padEnd(11)} ${String(r.perSecond).padStart(5)} spellen/s   ${r.msPerGame} ms/spel   ${r.eventsPerGame} zetten/spel`,
    );
  console.log('\nEerste download tot het titelscherm (gzip):');
  for (const r of size.files) console.log(`  ${r.file.padEnd(52)} ${kb(r.gzip).padStart(10)}`);
  console.log(`  ${'totaal'.padEnd(52)} ${kb(size.totalGzip).padStart(10)}`);
  console.log(`  ${'kaal Phaser (phaser.min.js)'.padEnd(52)} ${kb(size.barePhaserGzip).padStart(10)}`);
}
