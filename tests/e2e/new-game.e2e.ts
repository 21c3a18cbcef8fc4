/** "Nieuw spel" never replaces a saved game without asking, and "Annuleren" keeps it exactly. */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const saved = (page: Page) =>
  page.evaluate(() => {
    const raw = localStorage.getItem('koers.save.v1');
    return raw ? (JSON.parse(raw) as { seed: number; events: unknown[] }) : null;
  });

describe('a new game over a saved one', () => {
  it('asks first; cancelling keeps the saved game, confirming starts a new one', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await playUntil(page, 'mouse', (_id, n) => n >= 4);
    const before = await saved(page);
    expect(before?.events.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();

    await page.getByRole('button', { name: 'Nieuw spel', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Er staat al een spel klaar' });
    await ask.waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await saved(page)).toEqual(before);

    await page.getByRole('button', { name: 'Nieuw spel', exact: true }).click();
    await ask.waitFor();
    await page.getByRole('button', { name: 'Ja, opnieuw beginnen' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    expect((await saved(page))?.events).toEqual([]);
    expect(errors).toEqual([]);
  });
});
