/** A team plays around one screen: a session code, a discussion timer, votes that reach the Terugblik. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil, screenId } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('team play', () => {
  it('records the votes and the dissent, and shows them in the Terugblik', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    await page.getByLabel('Als team rond één scherm (2–6 personen)').check();
    await page.getByLabel('Sessiecode (optioneel)').fill('12345');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    // Five digits is not a session code: a Dutch message, and no game yet.
    await expect(page.getByRole('alert').textContent()).resolves.toContain('zes cijfers');
    await page.getByLabel('Sessiecode (optioneel)').fill('123456');
    await page.getByLabel('Teamnaam (optioneel)').fill('  Team  Oost ');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    expect(await page.locator('.statusbar__code').textContent()).toBe('Sessiecode 123456 · Team Oost');
    // On a tablet the bar keeps its buttons on screen; at every size the session code shows whole.
    for (const [width, height] of [
      [1024, 768],
      [390, 844],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const leave = await page.getByRole('button', { name: 'Opslaan en stoppen' }).boundingBox();
      expect(leave && leave.x >= 0 && leave.x + leave.width <= width, `Opslaan en stoppen bij ${width}`).toBe(true);
      const code = page.locator('.statusbar__code');
      const whole = await code.evaluate(
        (el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().width > 0,
      );
      expect(whole, `sessiecode bij ${width}`).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    let voted = 0;
    let timerChecked = false;
    for (let i = 0; i < 900 && (await screenId(page)) !== 'scherm-terugblik'; i++) {
      if (!timerChecked && (await page.locator('#team__timer').count())) {
        // The timer only runs when the team starts it, and pauses when asked.
        await page.locator('#team__timer').click();
        expect(await page.locator('#team__timer').textContent()).toBe('Pauzeer');
        await page.locator('#team__timer').click();
        expect(await page.locator('#team__timer').textContent()).toBe('Start overleg');
        timerChecked = true;
      }
      const votes = page.locator('.vote__input');
      if (voted < 3 && (await votes.count()) >= 2 && (await page.locator('#team__kop').count())) {
        await votes.nth(0).fill('3');
        await votes.nth(1).fill('2');
        await page.locator('.btn--choice').first().click();
        voted++;
        continue;
      }
      await playUntil(page, 'mouse', (_id, n) => n >= 1);
    }
    expect(timerChecked).toBe(true);
    expect(voted).toBe(3);
    expect(await screenId(page)).toBe('scherm-terugblik');
    const lines = await page.locator('.decision__votes').allTextContents();
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatch(/^Teamstemming: 3 van de 5 kozen dit; 2 wilden: ".+"\.$/);
    expect(errors).toEqual([]);
  });
});
