/**
 * A content update deployed under a running game. A build is made here whose versions folder
 * holds an earlier version of the scenario (the start budget 450 instead of 600, as if the update
 * raised it): a save and a result code made on that version continue and open on it, exactly;
 * a save on a version that was not kept can still be downloaded.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORIES_DIR } from '../../src/content/from-disk';
import { VERSIONS_DIR } from '../../src/content/versions-disk';
import { koersContent } from '../../src/content/vite-plugin';
import { createGame, type Game } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { toSave } from '../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { koersOffline } from '../../src/pwa/vite-plugin';
import { bundleFingerprint } from '../../src/sim/fingerprint';
import type { ScenarioBundle } from '../../src/sim/schema';
import { bundle } from '../unit/scenario';
import { violations } from './axe';
import { type Harness, newContext, startHarness } from './harness';
import { playUntil } from './player';

const ROOT = join(import.meta.dirname, '..', '..');

let h: Harness;
let server: PreviewServer;
let url: string;
let older: ScenarioBundle;
let work: string;

/** Plays `steps` moves on a bundle (a whole game when undefined). */
function played(b: ScenarioBundle, seed: number, steps?: number): Game {
  const game = createGame({ bundle: b, seed });
  if (steps === undefined) return playToEnd(game, RANDOM, rand(seed));
  const r = rand(seed);
  for (let i = 0; i < steps; i++) game.send(RANDOM(game, r));
  return game;
}

beforeAll(async () => {
  const content = structuredClone(bundle) as ScenarioBundle;
  content.scenario.changeBudget.start = 450;
  older = { ...content, fingerprint: bundleFingerprint(content) };
  work = mkdtempSync(join(tmpdir(), 'koers-update-'));
  cpSync(STORIES_DIR, work, { recursive: true });
  mkdirSync(join(work, 'het-baken', VERSIONS_DIR), { recursive: true });
  writeFileSync(join(work, 'het-baken', VERSIONS_DIR, `${older.fingerprint}.json`), JSON.stringify(older));
  await build({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [koersContent({ dir: work }), koersOffline()],
    // Outside the project, so neither the linter nor the real dist/ sees this build.
    build: { outDir: join(work, 'dist'), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1600 },
  });
  server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: { outDir: join(work, 'dist') },
    preview: { port: 0, host: '127.0.0.1' },
  });
  const address = server.httpServer.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/?test`;
  h = await startHarness();
}, 240_000);
afterAll(async () => {
  await h?.close();
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
  if (work) rmSync(work, { recursive: true, force: true });
});

async function open(save?: string): Promise<{ page: Page; errors: string[] }> {
  const context = await newContext(h);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  if (save !== undefined) {
    await page.evaluate((s) => localStorage.setItem('koers.save.v1', s), save);
    await page.reload();
  }
  await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
  return { page, errors };
}

/** The game's version (its log length) and budget line, as the page shows them. */
const shown = (page: Page) =>
  page.evaluate(() => {
    const s = (
      window as unknown as {
        __koers: { store: { getState(): { game: { version: number; status: { budget: string } } } } };
      }
    ).__koers.store.getState();
    return { version: s.game.version, budget: s.game.status.budget };
  });
const budgetLine = (g: Game) => `Veranderbudget ${g.snapshot().machine.context.sim.budget.toLocaleString('nl-NL')} k€`;

describe('a content update under a running game', () => {
  it('a game started on the earlier version continues on it, exactly', async () => {
    const game = played(older, 4242, 45);
    expect(game.snapshot().machine.context.sim.budget).not.toBe(
      played(bundle, 4242, 45).snapshot().machine.context.sim.budget,
    );
    const { page, errors } = await open(JSON.stringify(toSave(game)));
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.locator('#paneel .screen').waitFor();
    expect(await shown(page)).toEqual({ version: game.log.length, budget: budgetLine(game) });
    expect(await page.locator('.notice').textContent()).toContain('eerdere versie van het scenario');
    await playUntil(page, 'mouse', (_id, n) => n >= 2);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('koers.save.v1')!));
    expect(saved.fingerprint).toBe(older.fingerprint);
    expect(saved.events.length).toBe(game.log.length + 2);
    expect(errors).toEqual([]);
  });

  it('a result code from the earlier version opens on that version', async () => {
    const game = played(older, 777);
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Resultaat inlezen' }).click();
    await page.getByLabel('Resultaatcode').fill(toResultCode(game));
    await page.getByRole('button', { name: 'Code inlezen' }).click();
    await page.locator('#scherm-terugblik').waitFor();
    expect(await shown(page)).toEqual({ version: game.log.length, budget: budgetLine(game) });
    expect(await page.locator('#resultaatcode').inputValue()).toBe(toResultCode(game));
    expect(errors).toEqual([]);
  });

  it('the facilitator reads a code from the earlier version on that version, and says so', async () => {
    const game = played(older, 778);
    const { page, errors } = await open();
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await page
      .getByLabel('Resultaatcodes van de teams')
      .fill(`${toResultCode(game)}\n${toResultCode(played(bundle, 9))}`);
    await page.getByRole('button', { name: 'Codes inlezen' }).click();
    await expect.poll(() => page.locator('.begeleider__teamtabel tbody tr').count(), { timeout: 30_000 }).toBe(2);
    expect(await page.locator('.begeleider__teamtabel tbody tr').first().textContent()).toContain(
      '(eerdere versie van het scenario)',
    );
    expect(await page.locator('.begeleider__teamtabel tbody tr').nth(1).textContent()).not.toContain('eerdere versie');
    expect(errors).toEqual([]);
  });

  it('a save on a version that was not kept says so, and can be downloaded before anything else', async () => {
    const save = JSON.stringify({ ...toSave(played(bundle, 5, 10)), fingerprint: '0123456789abcdef' });
    const { page, errors } = await open(save);
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.getByRole('heading', { name: 'Het opgeslagen spel kan niet verder' }).waitFor();
    expect(await violations(page)).toEqual([]);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Opgeslagen spel downloaden (JSON)' }).click(),
    ]);
    const chunks: Buffer[] = [];
    for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(save);
    expect(await page.getByRole('button', { name: 'Terug naar het titelscherm' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
