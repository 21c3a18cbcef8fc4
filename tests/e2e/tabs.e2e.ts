/**
 * Two tabs on one save slot (two pages in one browser context share localStorage): the second
 * tab asks before it takes the game over, the first then stops saving and says so, and an older
 * tab never writes over the newer save.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { type Harness, newContext, startHarness } from './harness';
import { playUntil } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const savedSteps = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('koers.save.v1') ?? '{}').events ?? []).length as number);

const logLength = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __koers: { store: { getState(): { game: { version: number } | null } } } }
      ).__koers.store.getState().game?.version ?? -1,
  );

describe('two tabs, one save', () => {
  it('the second tab asks before taking the game over; the first stops saving and can take it back', async () => {
    const context = await newContext(h);
    const errors: string[] = [];
    const open = async () => {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(h.url);
      await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
      return page;
    };
    const a = await open();
    await a.getByRole('button', { name: 'Nieuw spel' }).click();
    await a.locator('#scherm-gesprek').waitFor();
    await playUntil(a, 'mouse', (_id, n) => n >= 12);
    const atA = await savedSteps(a);
    expect(atA).toBeGreaterThan(0);

    const b = await open();
    await b.getByRole('button', { name: 'Doorgaan' }).click();
    const ask = b.getByRole('dialog', { name: 'Dit spel is al geopend in een ander tabblad' });
    await ask.waitFor();
    expect(await violations(b)).toEqual([]);
    // Cancelling leaves both tabs as they were.
    await b.getByRole('button', { name: 'Annuleren' }).click();
    expect(await b.getByRole('heading', { name: 'Koers', level: 1 }).isVisible()).toBe(true);
    await b.getByRole('button', { name: 'Doorgaan' }).click();
    await b.getByRole('button', { name: 'Hier overnemen' }).click();
    await b.locator('#paneel .screen').waitFor();
    expect(await logLength(b)).toBe(atA);
    await playUntil(b, 'mouse', (_id, n) => n >= 6);
    const atB = await savedSteps(b);
    expect(atB).toBeGreaterThan(atA);

    // Tab A hears at once that its game went elsewhere.
    const lost = a.getByRole('dialog', { name: 'Dit spel is in een ander tabblad geopend' });
    await lost.waitFor();
    // Even a move made behind the notice is not saved over the newer game.
    await a.evaluate(() => document.querySelector<HTMLDialogElement>('dialog.tabblad')?.close());
    await playUntil(a, 'mouse', (_id, n) => n >= 2);
    expect(await savedSteps(b)).toBe(atB);

    // Taking it back continues the newest save, and tab B is told in turn.
    await a.evaluate(() => document.querySelector<HTMLDialogElement>('dialog.tabblad')?.showModal());
    await a.getByRole('button', { name: 'Hier verder spelen' }).click();
    await a.waitForFunction((n) => {
      const s = (window as unknown as { __koers: { store: { getState(): { game: { version: number } | null } } } })
        .__koers.store;
      return s.getState().game?.version === n;
    }, atB);
    await b.getByRole('dialog', { name: 'Dit spel is in een ander tabblad geopend' }).waitFor();
    await b.getByRole('button', { name: 'Naar het titelscherm' }).click();
    await b.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    await playUntil(a, 'mouse', (_id, n) => n >= 1);
    expect(await savedSteps(a)).toBe(atB + 1);

    // A new game in B while A plays takes a slot of its own: A plays and saves on, untouched.
    await b.getByRole('button', { name: 'Nieuw spel' }).click();
    await b.locator('#scherm-gesprek').waitFor();
    await playUntil(a, 'mouse', (_id, n) => n >= 1);
    expect(await savedSteps(a)).toBe(atB + 2);
    expect(await b.evaluate(() => localStorage.getItem('koers.save.v1.2') !== null)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tab that left the game lets another open it without asking', async () => {
    const context = await newContext(h);
    const a = await context.newPage();
    await a.goto(h.url);
    await a.getByRole('button', { name: 'Nieuw spel' }).click();
    await a.locator('#scherm-gesprek').waitFor();
    await playUntil(a, 'mouse', (_id, n) => n >= 3);
    await a.getByRole('button', { name: 'Opslaan en stoppen' }).click();
    const b = await context.newPage();
    await b.goto(h.url);
    await b.getByRole('button', { name: 'Doorgaan' }).click();
    await b.locator('#paneel .screen').waitFor();
    expect(await b.getByRole('dialog').count()).toBe(0);
    await context.close();
  });
});
