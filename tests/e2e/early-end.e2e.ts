/**
 * An early end in the browser: a game the Raad van Toezicht ended by dismissal, read in by its
 * result code, shows its full Terugblik; "Wat als?" from it says on screen that this is another
 * path and where it split.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, rand } from '../../src/game/strategies';
import { RECKLESS } from '../unit/actors-reckless';
import { bundle } from '../unit/scenario';
import { type Harness, onOneSharedPage, openPage, startHarness, type TrackedPage } from './harness';

let h: Harness;
let t: TrackedPage;
let page: Page;
beforeAll(async () => {
  h = await startHarness();
  t = await openPage(h);
  page = t.page;
});
afterAll(async () => h?.close());
onOneSharedPage(() => t);

/** The first seed whose reckless game the board ends early. */
function dismissedCode(): string {
  for (let seed = 1; seed < 400_000; seed += 7919) {
    const g = playToEnd(createGame({ bundle, seed }), RECKLESS, rand(seed ^ 0x5eed));
    if (g.snapshot().machine.context.sim.decisions.some((d) => d.phase === 'rvt')) return toResultCode(g);
  }
  throw new Error('geen ontslag gevonden');
}

describe('a game ended early by the Raad van Toezicht', () => {
  it('reads in by its code and shows the full Terugblik, the dismissal among the decisions', async () => {
    await page.getByRole('button', { name: 'Resultaat inlezen' }).click();
    await page.getByLabel('Resultaatcode').fill(dismissedCode());
    await page.getByRole('button', { name: 'Code inlezen' }).click();
    await page.locator('#scherm-terugblik').waitFor();
    const decisions = page.locator('#beslissingen li.decision');
    expect(await decisions.filter({ hasText: 'Ontslag door de Raad van Toezicht' }).count()).toBe(1);
    expect(await page.locator('#resultaatcode').inputValue()).toMatch(/^KOERS1-/);
  });

  it('"Wat als?" from it shows the banner naming the decision where the path splits', async () => {
    const first = page
      .locator('#beslissingen li.decision')
      .filter({ has: page.getByRole('button', { name: /^Wat als/ }) });
    await first
      .nth(2)
      .getByRole('button', { name: /^Wat als/ })
      .click();
    const banner = page.locator('.watals');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/^Wat als\? U speelt een ander pad\. Het pad splitst bij „/);
  });
});
