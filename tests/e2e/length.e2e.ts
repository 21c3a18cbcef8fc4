/**
 * A masterclass game from the start screen: the player chooses the length there, and the game
 * goes to the interim evaluation after two quarterly reports and to borging after four.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('game length', () => {
  it('a masterclass chosen on the start screen has 2 + 2 quarters and ends in the Terugblik', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    // The lengths come with the scenario, which the start screen waits for.
    await page.getByText('Vier kwartalen in twee actieperioden van twee. Reken op ongeveer 45 minuten.').waitFor();
    await page.getByLabel('Masterclass').check();
    await page.getByLabel('Sessiecode (optioneel)').fill('424242');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    expect(await page.locator('.statusbar__code').textContent()).toBe('Sessiecode 424242 · Masterclass');
    const seen = await playUntil(page, 'mouse');
    const screens = seen.filter((s, i) => s !== seen[i - 1]);
    const reportsBefore = (screen: string) =>
      screens.slice(0, screens.indexOf(screen)).filter((s) => s === 'scherm-rapportage').length;
    expect(reportsBefore('scherm-tussenevaluatie')).toBe(2);
    expect(reportsBefore('scherm-borging')).toBe(4);
    expect(screens.filter((s) => s === 'scherm-rapportage')).toHaveLength(4);
    await page.locator('#scherm-terugblik').waitFor();
    expect(errors).toEqual([]);
  }, 240_000);
});
