/**
 * A team plays around one screen: a session code, a discussion timer, a vote on every decision
 * (intake, diagnosis, plan, budget, conversations, interim, borging) confirmed before it counts,
 * no vote box where nothing is recorded, and every vote in the Terugblik.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { type Harness, openPage, startHarness } from './harness';
import { screenId, step } from './player';

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
    // The masterclass has every kind of decision of the full game, in fewer quarters.
    await page.getByLabel('Masterclass').check();
    await page.getByLabel('Sessiecode (optioneel)').fill('12345');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    // Five digits is not a session code: a Dutch message, and no game yet.
    await expect(page.getByRole('alert').textContent()).resolves.toContain('zes cijfers');
    await page.getByLabel('Sessiecode (optioneel)').fill('123456');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    expect(await page.locator('.statusbar__code').textContent()).toBe('Sessiecode 123456 · team · Masterclass');

    // Vote wherever there is a vote box: for and against on a form, a count per option in a
    // conversation whose answer is a decision. The confirm step holds the answer until the team says so.
    const votedOn = new Map<string, number>();
    let timerChecked = false;
    let heldBack = false;
    for (let i = 0; i < 900; i++) {
      // What is on screen, in one round trip.
      const on = await page.evaluate(() => ({
        id: document.querySelector('.screen')?.id ?? '',
        timer: !!document.querySelector('#team__timer'),
        support: !!document.querySelector('input[data-support="voor"]'),
        votes: document.querySelectorAll('.vote__input[data-vote]').length,
        choices: document.querySelectorAll('.btn--choice').length,
      }));
      if (on.id === 'scherm-terugblik') break;
      if (!timerChecked && on.timer) {
        // The timer only runs when the team starts it, and pauses when asked.
        await page.locator('#team__timer').click();
        expect(await page.locator('#team__timer').textContent()).toBe('Pauzeer');
        await page.locator('#team__timer').click();
        expect(await page.locator('#team__timer').textContent()).toBe('Start overleg');
        timerChecked = true;
      }
      if (on.support) {
        await page.locator('input[data-support="voor"]').fill('3');
        await page.locator('input[data-support="tegen"]').fill('1');
        votedOn.set(on.id, (votedOn.get(on.id) ?? 0) + 1);
      } else if (on.votes) {
        const votes = page.locator('.vote__input[data-vote]');
        await votes.nth(0).fill('3');
        await votes.nth(1).fill('2');
        if (!heldBack) {
          // "Nog niet": nothing is committed, and the typed votes are still there.
          await page.locator('.btn--choice').first().click();
          expect(await page.locator('#team__bevestig').textContent()).toContain('Stemmen:');
          expect(await violations(page)).toEqual([]);
          await page.locator('#team__nee').click();
          expect(await page.locator('#team__bevestig[open]').count()).toBe(0);
          expect(await votes.nth(0).inputValue()).toBe('3');
          heldBack = true;
        }
        await page.locator('.btn--choice').first().click();
        await page.locator('#team__ja').click();
        votedOn.set(on.id, (votedOn.get(on.id) ?? 0) + 1);
        continue;
      }
      // A conversation without vote boxes (its answer is not a decision) asks no confirmation.
      if (on.id === 'scherm-gesprek' && on.choices) await page.locator('.btn--choice').first().click();
      else await step(page, 'mouse');
      if (on.id === 'scherm-gesprek' && on.choices) expect(await page.locator('#team__bevestig[open]').count()).toBe(0);
    }
    expect(timerChecked && heldBack).toBe(true);
    expect([...votedOn.keys()].sort()).toEqual([
      'scherm-begroting',
      'scherm-borging',
      'scherm-diagnose',
      'scherm-gesprek',
      'scherm-intake',
      'scherm-plan',
      'scherm-tussenevaluatie',
    ]);
    expect(await screenId(page)).toBe('scherm-terugblik');
    // Every vote cast is in the Terugblik, each with its decision.
    const lines = await page.locator('.decision__votes').allTextContents();
    expect(lines).toHaveLength([...votedOn.values()].reduce((a, n) => a + n, 0));
    for (const line of lines)
      expect(line).toMatch(
        /^Teamstemming: (3 van de 5 kozen dit; 2 wilden: ".+"|3 van de 4 steunden dit; 1 was tegen)\.$/,
      );
    expect(errors).toEqual([]);
  });
});
