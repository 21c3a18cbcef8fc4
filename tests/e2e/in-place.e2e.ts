/**
 * Screens update in place: changing a setting or sliding a volume leaves the game screen — its
 * ticked boxes, its focus, its very elements — alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { at, gameUntil, openSaved } from './saved-game';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('settings leave the game screen alone', () => {
  it('keeps ticked interventions through "Grotere tekst", and the volume slider changes nothing on screen', async () => {
    const { page, errors } = await openSaved(h, gameUntil(1, at('budget')));
    const boxes = page.locator('input[name="maatregel"]:not(:disabled)');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const ticked = () => page.locator('input[name="maatregel"]:checked').count();
    expect(await ticked()).toBe(2);
    const total = await page.locator('#begroting__totaal').textContent();
    expect(total).not.toMatch(/^0 k€/);

    // Watch the panel: nothing in it may be replaced while the settings change.
    await page.evaluate(() => {
      const w = window as unknown as { changed: number };
      w.changed = 0;
      new MutationObserver((list) => {
        w.changed += list.length;
      }).observe(document.getElementById('paneel')!, { childList: true, subtree: true, characterData: true });
    });
    const changed = () => page.evaluate(() => (window as unknown as { changed: number }).changed);

    await page.getByRole('button', { name: 'Instellingen' }).click();
    const music = page.getByRole('slider', { name: 'Muziek' });
    await music.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    expect(await music.inputValue()).toBe('25');
    expect(await changed()).toBe(0);

    await page.getByLabel('Grotere tekst').check();
    await page.getByRole('button', { name: 'Sluiten' }).click();
    expect(await page.evaluate(() => document.documentElement.classList.contains('groot'))).toBe(true);
    expect(await ticked()).toBe(2);
    expect(await page.locator('#begroting__totaal').textContent()).toBe(total);
    expect(await changed()).toBe(0);
    expect(errors).toEqual([]);
  });
});
