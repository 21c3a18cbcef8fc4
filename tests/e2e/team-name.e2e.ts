/**
 * A team's name from the setup screen: shown in the status bar with the session code; on a 1024x768
 * tablet, a phone and a projector the bar keeps "Opslaan en stoppen" whole on screen and the session
 * code and name whole (the review found the button pushed off a tablet's bar). That the name then
 * travels in the save and the result code is proven in Node (tests/unit/team-name.test.ts).
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('team name', () => {
  it('is shown in the status bar, which keeps its button and the session code at every size', async () => {
    const { page, errors } = await openPage(h, { width: 1024, height: 768 });
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    await page.getByLabel('Als team rond één scherm (2–6 personen)').check();
    await page.getByLabel('Sessiecode (optioneel)').fill('123456');
    await page.getByLabel('Teamnaam (optioneel)').fill('  Zorgteam  De Meerkoet ');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    const code = page.locator('.statusbar__code');
    expect(await code.textContent()).toBe('Sessiecode 123456 · Zorgteam De Meerkoet');
    for (const [width, height] of [
      [1024, 768],
      [390, 844],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({
        path: join('test-results', `statusbalk-${width}.png`),
        clip: { x: 0, y: 0, width, height: 110 },
      });
      const leave = await page.getByRole('button', { name: 'Opslaan en stoppen' }).boundingBox();
      // Whole and on one line: squeezed, the button wrapped to two lines and stuck out above the page.
      const inside = leave && leave.x >= 0 && leave.x + leave.width <= width && leave.y >= 0 && leave.height < 60;
      expect(inside, `Opslaan en stoppen bij ${width}: ${JSON.stringify(leave)}`).toBe(true);
      const whole = await code.evaluate(
        (el) => el.scrollWidth <= el.clientWidth && el.getBoundingClientRect().width > 0,
      );
      expect(whole, `sessiecode en teamnaam bij ${width}`).toBe(true);
    }
    expect(errors).toEqual([]);
  });
});
