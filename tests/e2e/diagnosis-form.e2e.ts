/**
 * The diagnosis form prevents mistakes instead of reporting them afterwards (issue 10): once three
 * problems are ticked, a fourth cannot be, and the group says why; a message that remains (no
 * theme) appears above the button, in view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { at, gameUntil, openSaved } from './saved-game';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('the diagnosis form', () => {
  it('stops at three problems and shows what is missing next to the button', async () => {
    const { page, errors } = await openSaved(h, gameUntil(1, at('diagnosis')));
    const boxes = page.locator('#scherm-diagnose input[name="probleem"]');
    expect(await boxes.count()).toBeGreaterThan(3);
    for (let i = 0; i < 3; i++) await boxes.nth(i).check();
    expect(await boxes.nth(3).isDisabled()).toBe(true);
    expect(await page.locator('#scherm-diagnose .choicegroup__max').textContent()).toContain('Haal er een weg');
    await boxes.nth(2).uncheck();
    expect(await boxes.nth(3).isDisabled()).toBe(false);

    await page.locator('#diagnose button[type="submit"]').click();
    const error = page.locator('#diagnose__fout');
    await expect.poll(() => error.textContent()).toContain('Kies een thema');
    await expect.poll(() => error.evaluate((el) => el === document.activeElement)).toBe(true);
    const inView = await error.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
  });
});
