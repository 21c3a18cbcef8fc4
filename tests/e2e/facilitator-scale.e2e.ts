/**
 * The facilitator's import at scale: 400 team codes in one file are read in with progress, the
 * page stays linear in the number of teams (no row per pair) and a rename is quick; an import can
 * be cancelled; a 600 KB junk file is answered at once. (Each test opens a fresh context, so the
 * comparison kept in localStorage starts empty.)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { bundle } from '../unit/scenario';
import { type Harness, openPage, startHarness } from './harness';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'begeleider-schaal');
const TEAMS = 400;

let h: Harness;
let codesFile: string;
let junkFile: string;
let prefixedJunkFile: string;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  // Whole games, each a different one.
  const codes = Array.from({ length: TEAMS }, (_, i) =>
    toResultCode(playToEnd(createGame({ bundle, seed: 1000 + i }), RANDOM, rand(i))),
  );
  codesFile = join(OUT, 'codes.txt');
  writeFileSync(codesFile, codes.map((c, i) => `Team ${i + 1}: ${c}`).join('\n'));
  const rng = rand(7);
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const token = (n: number) => Array.from({ length: n }, () => chars[Math.floor(rng.next() * chars.length)]).join('');
  const junk = (prefix: string) => {
    const lines: string[] = [];
    for (let size = 0; size < 599_000; ) {
      const line = `${prefix}${token(20 + Math.floor(rng.next() * 20))}`;
      lines.push(line);
      size += line.length + 1;
    }
    return lines.join('\n').slice(0, 599_000);
  };
  junkFile = join(OUT, 'rommel.txt');
  writeFileSync(junkFile, junk(''));
  prefixedJunkFile = join(OUT, 'rommel-met-voorvoegsel.txt');
  writeFileSync(prefixedJunkFile, junk('KOERS1-'));
  h = await startHarness();
}, 240_000);
afterAll(async () => h?.close());

async function openFacilitator(): Promise<{ page: Page; errors: string[] }> {
  const t = await openPage(h);
  await t.page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
  await t.page.getByRole('heading', { name: 'Resultaten vergelijken', level: 2 }).waitFor();
  return t;
}
const status = (page: Page) => page.locator('#begeleider__status');

describe('facilitator import at scale', () => {
  it(`reads ${TEAMS} codes with progress; the page stays linear and a rename is quick`, async () => {
    const { page, errors } = await openFacilitator();
    const started = Date.now();
    await page.setInputFiles('#begeleider__bestanden', codesFile);
    await expect
      .poll(() => status(page).textContent(), { timeout: 10_000 })
      .toMatch(/^Bezig met inlezen: \d+ van 400…$/);
    await expect
      .poll(() => status(page).textContent(), { timeout: 200_000, interval: 500 })
      .toContain(`Nu ${TEAMS} teams in de vergelijking`);
    const importMs = Date.now() - started;
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    // One timeline with fewer splits than teams, where there was a row per pair (79,800 pairs:
    // 962,000 elements before); the first splits are open, the rest folded.
    expect(await page.locator('.begeleider__splitsing').count()).toBeLessThan(TEAMS);
    expect(elements).toBeLessThan(100_000);

    const renameMs = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.begeleider__naam')!;
      input.value = 'Team Noord';
      const t0 = performance.now();
      input.dispatchEvent(new Event('change'));
      return performance.now() - t0;
    });
    expect(await page.locator('#begeleider__driehoek tbody th').first().textContent()).toContain('Team Noord');
    expect(renameMs).toBeLessThan(5_000);
    console.log(`${TEAMS} codes: import ${importMs} ms, ${elements} elements, rename ${Math.round(renameMs)} ms`);
    expect(errors).toEqual([]);
  });

  it('an import can be cancelled; what was read in stays', async () => {
    const { page, errors } = await openFacilitator();
    await page.setInputFiles('#begeleider__bestanden', codesFile);
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/^Bezig met inlezen/);
    await page.getByRole('button', { name: 'Stoppen met inlezen' }).click();
    await expect.poll(() => status(page).textContent(), { timeout: 10_000 }).toMatch(/in de vergelijking\.$/);
    expect(await page.locator('#begeleider__fouten').textContent()).toMatch(
      /Inlezen gestopt: \d+ codes zijn niet meer bekeken/,
    );
    const teams = await page.locator('#begeleider__driehoek tbody tr').count();
    expect(teams).toBeLessThan(TEAMS);
    expect(await page.getByRole('button', { name: 'Stoppen met inlezen' }).isHidden()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('a 600 KB junk file says "no codes" at once; junk that looks like codes is bounded', async () => {
    const { page, errors } = await openFacilitator();
    let t0 = Date.now();
    await page.setInputFiles('#begeleider__bestanden', junkFile);
    await expect
      .poll(() => page.locator('#begeleider__fouten').textContent(), { timeout: 5_000 })
      .toContain('rommel.txt: hierin staat geen resultaatcode');
    const junkMs = Date.now() - t0;
    t0 = Date.now();
    await page.setInputFiles('#begeleider__bestanden', prefixedJunkFile);
    await expect
      .poll(() => page.locator('#begeleider__fouten').textContent(), { timeout: 30_000 })
      .toContain('de eerste 500 zijn bekeken');
    const prefixedMs = Date.now() - t0;
    expect(await status(page).textContent()).toContain('Geen nieuwe teams toegevoegd.');
    console.log(`junk: ${junkMs} ms; junk with the code prefix: ${prefixedMs} ms`);
    expect(errors).toEqual([]);
  });
});
