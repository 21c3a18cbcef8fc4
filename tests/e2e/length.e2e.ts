/**
 * A masterclass game from the start screen: a new player chooses the length there and finishes it
 * by mouse and by keyboard alone; the game goes to the interim evaluation after two quarterly
 * reports and to borging after four, and every kind of screen on the way passes axe (the
 * masterclass has every kind of screen of the full game, in fewer quarters). And "Stop nu": a
 * player stops halfway, gets a tussenstand with a result code, and the import screen reads that
 * code as a tussenstand that says where it stopped.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { violations } from './axe';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil, screenId, tabTo } from './player';
import { at, budgets, gameUntil, openSaved } from './saved-game';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const BLURB =
  'Vier kwartalen in twee actieperioden van twee, één afspraak per kwartaal en een kortere scan. Reken op ongeveer 45 minuten.';

async function startMasterclass(page: Page) {
  await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
  // The lengths come with the scenario, which the start screen waits for.
  await page.getByText(BLURB).waitFor();
  await page.getByLabel('Masterclass').check();
  await page.getByLabel('Sessiecode (optioneel)').fill('424242');
  await page.getByRole('button', { name: 'Start het spel' }).click();
  await page.locator('#scherm-gesprek').waitFor();
}

describe('game length', () => {
  it('a masterclass chosen on the start screen has 2 + 2 quarters, one conversation a quarter, ends in the Terugblik, and every kind of screen passes axe', async () => {
    const { page, errors } = await openPage(h);
    // axe (serious and critical) on each kind of screen, the first time it is shown.
    const found: Record<string, string[]> = { titel: await violations(page) };
    await startMasterclass(page);
    expect(await page.locator('.statusbar__code').textContent()).toBe('Sessiecode 424242 · Masterclass');
    let agendaSlots = '';
    const seen = await playUntil(page, 'mouse', async (id) => {
      found[id] ??= await violations(page);
      if (id === 'scherm-agenda' && !agendaSlots)
        agendaSlots = (await page.locator('#scherm-agenda .screen__intro').textContent()) ?? '';
      // The hand: a few cards, each saying whom it touches, with details one action away.
      if (id === 'scherm-begroting') {
        const cards = await page.locator('.cards--hand > li').count();
        expect(cards).toBeGreaterThanOrEqual(1);
        expect(cards).toBeLessThanOrEqual(7);
        expect(await page.locator('.card__touches').count()).toBe(cards);
        expect(await page.locator('.card__details .effects').first().isVisible()).toBe(false);
      }
      return false;
    });
    expect(agendaSlots).toMatch(/nog 1 plek in uw agenda/);
    const screens = seen.filter((s, i) => s !== seen[i - 1]);
    const reportsBefore = (screen: string) =>
      screens.slice(0, screens.indexOf(screen)).filter((s) => s === 'scherm-rapportage').length;
    expect(reportsBefore('scherm-tussenevaluatie')).toBe(2);
    expect(reportsBefore('scherm-borging')).toBe(4);
    expect(screens.filter((s) => s === 'scherm-rapportage')).toHaveLength(4);
    // Every kind of screen of the full trajectory, played by mouse.
    for (const s of [
      'scherm-gesprek',
      'scherm-intake',
      'scherm-scan',
      'scherm-diagnose',
      'scherm-plan',
      'scherm-agenda',
      'scherm-begroting',
      'scherm-oordeel',
      'scherm-rapportage',
      'scherm-tussenevaluatie',
      'scherm-borging',
      'scherm-eindevaluatie',
    ])
      expect(screens).toContain(s);
    await page.locator('#scherm-terugblik').waitFor();
    found['scherm-terugblik'] = await violations(page);
    expect(Object.keys(found).length).toBeGreaterThanOrEqual(14);
    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length))).toEqual({});
    expect(errors).toEqual([]);
  }, 240_000);

  it('a new player finishes a masterclass by keyboard alone', async () => {
    const { page, errors } = await openPage(h);
    await tabTo(page, '#titel__team');
    await page.keyboard.press('Enter');
    await page.getByText(BLURB).waitFor();
    // A radio group is one Tab stop; the arrow key moves the choice within it.
    await tabTo(page, '#opzet__lengte-volledig');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#opzet__lengte-masterclass').isChecked()).toBe(true);
    await tabTo(page, '#opzet__start');
    await page.keyboard.press('Enter');
    await page.locator('#scherm-gesprek').waitFor();
    await playUntil(page, 'keyboard');
    expect(await screenId(page)).toBe('scherm-terugblik');
    // Focus sits on the new screen's heading, so a screen reader announces where the player is.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Terugblik');
    expect(await page.locator('.statusbar__code').textContent()).toMatch(/· Masterclass$/);
    expect(errors).toEqual([]);
  }, 240_000);

  it('"Stop nu" halfway gives a tussenstand with a code, the player can play on, and the import screen reads the code as a tussenstand', async () => {
    // A masterclass game at its second budget decision, made in Node.
    const halfway = gameUntil(5, (g) => at('budget')(g) && budgets(g).length === 1, 'masterclass');
    const { page, errors } = await openSaved(h, halfway);
    await page.locator('#scherm-begroting').waitFor();
    await page.locator('#statusbar__stop').click();
    await page.locator('#tussenstand').waitFor();
    expect(await page.getByRole('heading', { name: 'Tussenstand', level: 2 }).isVisible()).toBe(true);
    expect(await page.locator('#tussenstand').textContent()).toContain(
      'Gestopt in: Actieperiode 1 · kwartaal 2 (van 4 kwartalen)',
    );
    const code = await page.locator('#resultaatcode').inputValue();
    expect(code).toMatch(/^KOERS1-/);
    // Playing on: the game is where it was.
    await page.locator('#tussenstand__verder').click();
    await page.locator('#scherm-begroting').waitFor();
    expect(await page.locator('#statusbar__stop').isVisible()).toBe(true);
    // Hand it in: the import screen replays the code to the same point and says it is a tussenstand.
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();
    await page.getByRole('button', { name: 'Resultaat inlezen' }).click();
    await page.locator('#inlezen__code').fill(code);
    await page.getByRole('button', { name: 'Code inlezen' }).click();
    await page.locator('#tussenstand').waitFor();
    expect(await page.locator('#tussenstand').textContent()).toContain('Actieperiode 1 · kwartaal 2');
    expect(await page.locator('#tussenstand__verder').count()).toBe(0);
    expect(await page.locator('#statusbar__stop').isVisible()).toBe(false);
    expect(errors).toEqual([]);
  }, 240_000);
});
