/** Autosave and resume, and what a player sees when the save is corrupt or not ours. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil, screenId } from './player';
import { gameUntil, openSaved } from './saved-game';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** Everything the game shows — version, screen, status bar, world — as the store's view model has it. */
const state = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __koers: { store: { getState(): { game: unknown } } } }).__koers.store.getState();
    return JSON.stringify(s.game);
  });

describe('save and resume', () => {
  it('a reload mid-game resumes exactly where the player was', async () => {
    // Mid-game (made in Node), then a few moves in the browser, which the autosave must keep.
    const { page, errors } = await openSaved(
      h,
      gameUntil(3, (g) => g.log.length >= 40),
    );
    await playUntil(page, 'mouse', (_id, n) => n >= 8);
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('koers.save.v1') ?? '{}').events.length);
    expect(saved).toBeGreaterThan(40);
    const before = await state(page);
    const screen = await screenId(page);
    const heading = await page.locator('.screen__title').textContent();
    await page.reload();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.locator('#paneel .screen').waitFor();
    expect(await screenId(page)).toBe(screen);
    expect(await page.locator('.screen__title').textContent()).toBe(heading);
    expect(await state(page)).toBe(before);
    expect(errors).toEqual([]);
  });

  it.each([
    ['garbage', '{dit is geen json', 'beschadigd'],
    ['a foreign file', JSON.stringify({ hello: 'world' }), 'geen opgeslagen spel van Koers'],
    [
      // A real save of this build (it carries the content fingerprint) with an impossible step in it.
      'a tampered log',
      (saved: string) => JSON.stringify({ ...JSON.parse(saved), events: [{ type: 'budget.submit', buy: ['x'] }] }),
      'klopt niet',
    ],
  ])('%s in storage shows a Dutch message and lets the player start fresh', async (_name, value, words) => {
    const { page, errors } = await openPage(h);
    let text = value;
    if (typeof text === 'function') {
      await page.getByRole('button', { name: 'Nieuw spel' }).click();
      await page.locator('#scherm-gesprek').waitFor();
      text = text(await page.evaluate(() => localStorage.getItem('koers.save.v1') ?? ''));
    }
    await page.evaluate((v) => localStorage.setItem('koers.save.v1', v), text);
    await page.reload();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(words);
    await page.getByRole('button', { name: 'Nieuw spel beginnen' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    expect(errors).toEqual([]);
  });
});
