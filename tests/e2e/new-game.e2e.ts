/**
 * Several games side by side: "Nieuw spel" never replaces a saved game — it takes a free slot, and
 * asks before replacing the oldest when all are taken; saved games can be renamed and removed.
 */
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

const slot = (page: Page, n: number) =>
  page.evaluate(
    (key) => {
      const raw = localStorage.getItem(key);
      return raw ? (JSON.parse(raw) as { seed: number; events: unknown[] }) : null;
    },
    n === 1 ? 'koers.save.v1' : `koers.save.v1.${n}`,
  );

describe('a new game next to a saved one', () => {
  it('keeps the saved game, lists both, renames and removes on request', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await playUntil(page, 'mouse', (_id, n) => n >= 4);
    const first = await slot(page, 1);
    expect(first?.events.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();

    await page.getByRole('button', { name: 'Nieuw spel', exact: true }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();
    expect(await slot(page, 1)).toEqual(first);
    expect((await slot(page, 2))?.events).toEqual([]);

    const games = page.locator('.title__spel');
    expect(await games.count()).toBe(2);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Naam wijzigen van Spel 1' }).click();
    await page.locator('#naam__veld').fill('Team Noord');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Doorgaan met Team Noord' }).waitFor();

    await page.getByRole('button', { name: 'Spel 2 verwijderen' }).click();
    await page.getByRole('dialog', { name: '‘Spel 2’ verwijderen?' }).waitFor();
    await page.locator('#tabblad__ja').click();
    await page.locator('.title__spel').first().waitFor();
    expect(await games.count()).toBe(1);
    expect(await slot(page, 2)).toBeNull();

    await page.getByRole('button', { name: 'Doorgaan met Team Noord' }).click();
    await page.locator('#paneel .screen, #paneel section').first().waitFor();
    expect((await slot(page, 1))?.events).toEqual(first?.events);
    expect(errors).toEqual([]);
  });

  it('asks before replacing the oldest game when every slot is taken', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    const save = await page.evaluate(() => localStorage.getItem('koers.save.v1') ?? '');
    await page.evaluate((text) => {
      for (let n = 2; n <= 6; n++) localStorage.setItem(`koers.save.v1.${n}`, text);
    }, save);
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();
    await page.reload();
    expect(await page.locator('.title__spel').count()).toBe(6);

    await page.getByRole('button', { name: 'Nieuw spel', exact: true }).click();
    const ask = page.getByRole('dialog', { name: 'Alle plaatsen voor spellen zijn bezet' });
    await ask.waitFor();
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await page.locator('.title__spel').count()).toBe(6);

    await page.getByRole('button', { name: 'Nieuw spel', exact: true }).click();
    await page.getByRole('button', { name: 'Oudste spel vervangen' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();
    expect(await page.locator('.title__spel').count()).toBe(6);
    expect(errors).toEqual([]);
  });
});
