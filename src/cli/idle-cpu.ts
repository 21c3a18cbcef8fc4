/**
 * npm run idle-cpu — how much CPU the built game takes while nobody touches it. Serves dist/,
 * opens it in Chromium without a GPU (SwiftShader, as on a workshop laptop without drivers), lets
 * each screen settle, then sums the CPU time of every browser process (from /proc, so Linux only)
 * over a stretch of rest, on the title screen, in the first conversation and on the agenda (with
 * its pins on the town map).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { cliArgs, intOption } from './args';
import { saveAtAgenda } from './save-at-agenda';

const args = cliArgs(
  `
Gebruik: npm run idle-cpu [-- --seconds 10] [-- --json]

Meet het CPU-gebruik van het gebouwde spel (dist/) in rust, in Chromium zonder GPU.
  --seconds  hoe lang elke meting in rust duurt (standaard 10)
  --json     de metingen als JSON
  --help     dit overzicht
`,
  { seconds: { type: 'string', default: '10' }, json: { type: 'boolean', default: false } },
);
const seconds = intOption('seconds', args.seconds, 1, 600);
const json = args.json;

const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (p) => p && existsSync(p),
);
const TICKS = 100; // clock ticks per second (USER_HZ) on Linux

/** utime + stime of one process, in ticks, and its parent. */
function stat(pid: number): { ticks: number; ppid: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return { ticks: Number(f[11]) + Number(f[12]), ppid: Number(f[1]) };
  } catch {
    return null;
  }
}

/** CPU ticks used so far by `root` and all its descendants (renderer, GPU and utility processes). */
function treeTicks(root: number): number {
  const all = new Map<number, { ticks: number; ppid: number }>();
  for (const d of readdirSync('/proc')) {
    const st = /^\d+$/.test(d) ? stat(Number(d)) : null;
    if (st) all.set(Number(d), st);
  }
  const inTree = (pid: number): boolean => {
    for (let p = pid, n = 0; p > 1 && n < 50; p = all.get(p)?.ppid ?? 0, n++) if (p === root) return true;
    return false;
  };
  let sum = 0;
  for (const [pid, st] of all) if (inTree(pid)) sum += st.ticks;
  return sum;
}

async function atRest(page: Page, root: number, label: string) {
  await page.waitForTimeout(3000); // let fonts, fades and the first drawing finish
  const t0 = treeTicks(root);
  const start = performance.now();
  await page.waitForTimeout(seconds * 1000);
  const used = (treeTicks(root) - t0) / TICKS;
  const wall = (performance.now() - start) / 1000;
  return {
    screen: label,
    cpuSeconds: +used.toFixed(2),
    wallSeconds: +wall.toFixed(1),
    core: +(used / wall).toFixed(3),
  };
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ ontbreekt: draai eerst npm run build');
  if (!CHROMIUM) throw new Error('Chromium niet gevonden: zet CHROMIUM_PATH of installeer chromium');
  const server = await preview({ root: ROOT, logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (typeof address !== 'object' || !address) throw new Error('de preview-server heeft geen poort');
  const chrome = await chromium.launchServer({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  const browser = await chromium.connect(chrome.wsEndpoint());
  try {
    const root = chrome.process().pid;
    if (!root) throw new Error('geen procesnummer van de browser');
    const results = [];
    for (const size of [
      { width: 1280, height: 720 },
      { width: 390, height: 844 },
    ]) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`http://127.0.0.1:${address.port}/`);
      await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
      results.push(await atRest(page, root, `titelscherm ${size.width}x${size.height}`));
      await page.getByRole('button', { name: 'Nieuw spel' }).click();
      await page.locator('#scherm-gesprek').waitFor();
      results.push(await atRest(page, root, `gesprek ${size.width}x${size.height}`));
      // The agenda with its pins on the map, from a saved game.
      await page.evaluate((s) => localStorage.setItem('koers.save.v1', s), saveAtAgenda());
      await page.reload();
      await page.getByRole('button', { name: 'Doorgaan' }).first().click();
      await page.locator('#scherm-agenda').waitFor();
      results.push(await atRest(page, root, `agenda ${size.width}x${size.height}`));
      await page.close();
    }
    if (json) console.log(JSON.stringify(results, null, 2));
    else
      for (const r of results)
        console.log(
          `${r.screen.padEnd(24)} ${(r.core * 100).toFixed(1).padStart(5)} % van één kern (${r.cpuSeconds} s CPU in ${r.wallSeconds} s)`,
        );
  } finally {
    await browser.close();
    await chrome.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
}

await main();
