/**
 * axe-core finds no serious or critical WCAG 2.1 A/AA violations on the screens around the game.
 * Every kind of game screen is checked as a masterclass is played through (length.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { type Harness, openPage, startHarness } from './harness';
import { step } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('accessibility', () => {
  it('the settings, the import screen, the setup and a team game pass axe too', async () => {
    const { page } = await openPage(h);
    const found: Record<string, string[]> = {};
    const title = async () => {
      await page.goto(h.url);
      await page.locator('#titel__kop').waitFor();
    };
    await page.click('#titel__instellingen');
    await page.locator('#instellingen__kop').waitFor();
    found.instellingen = await violations(page);
    await title();
    await page.click('#titel__inlezen');
    await page.locator('#inlezen__kop').waitFor();
    found.inlezen = await violations(page);
    await title();
    await page.click('#titel__team');
    await page.locator('#opzet__kop').waitFor();
    found.opzet = await violations(page);
    await page.check('#opzet__team');
    await page.click('#opzet__start');
    await page.locator('#scherm-gesprek').waitFor();
    // The team's panel (timer, prompts, votes) comes with the first decision.
    for (let i = 0; i < 40 && !(await page.locator('#team__kop').count()); i++) await step(page, 'mouse');
    await page.locator('#team__kop').waitFor();
    found.team = await violations(page);
    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length))).toEqual({});
  });
});
