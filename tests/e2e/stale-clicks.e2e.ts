/**
 * A double- or triple-click makes one decision, never a second one on the screen that appeared
 * under the pointer. Each burst clicks one spot at human speed (60–250 ms apart, with the click
 * count a browser gives a multi-click) and must move the game by exactly one event.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { screenId, step } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** The game's version (the length of its event log), through the store the tests may read. */
const version = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __koers: { store: { getState(): { game: { version: number } | null } } } }
      ).__koers.store.getState().game?.version ?? -1,
  );

/** Clicks the middle of `selector` `clicks` times, `gap` ms apart, as one multi-click gesture. */
async function burst(page: Page, selector: string, clicks: number, gap: number): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`niet zichtbaar: ${selector}`);
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const b = (await page.locator(selector).first().boundingBox())!;
  const before = await version(page);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
  for (let n = 1; n <= clicks; n++) {
    await page.mouse.down({ clickCount: n });
    await page.mouse.up({ clickCount: n });
    if (n < clicks) await page.waitForTimeout(gap);
  }
  await page.waitForTimeout(300);
  return (await version(page)) - before;
}

/** Plays single moves until `ready` holds. */
async function until(page: Page, ready: () => Promise<boolean>, max = 300) {
  for (let i = 0; i < max && !(await ready()); i++) await step(page, 'mouse');
  if (!(await ready())) throw new Error(`niet bereikt; scherm ${await screenId(page)}`);
}

const on = (page: Page, id: string, extra?: string) => async () =>
  (await screenId(page)) === id && (!extra || (await page.locator(extra).count()) > 0);

describe('double and triple clicks', () => {
  it('log exactly one event per burst, on every kind of decision button', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    const moved: Record<string, number> = {};

    await until(page, on(page, 'scherm-gesprek', '#gesprek__verder'));
    moved['Verder (gesprek), dubbel 120 ms'] = await burst(page, '#gesprek__verder', 2, 120);

    await until(page, on(page, 'scherm-scan', '#scherm-scan .card button:not(:disabled)'));
    moved['scanbron, drievoudig 60 ms'] = await burst(page, '#scherm-scan .card button:not(:disabled)', 3, 60);
    await until(page, on(page, 'scherm-gesprek', '#gesprek__verder'));
    moved['Verder na scangesprek, dubbel 250 ms'] = await burst(page, '#gesprek__verder', 2, 250);

    await until(page, on(page, 'scherm-plan'));
    for (const name of ['doel', 'coach', 'stijl']) {
      const box = page.locator(`input[name="${name}"]:not(:disabled)`).first();
      if (await box.count()) await box.check();
    }
    moved['Voorleggen aan de Raad van Toezicht, dubbel 200 ms'] = await burst(
      page,
      '#plan button[type="submit"]',
      2,
      200,
    );

    await until(page, on(page, 'scherm-agenda', '#scherm-agenda .card button:not(:disabled)'));
    moved['agendapunt, dubbel 120 ms'] = await burst(page, '#scherm-agenda .card button:not(:disabled)', 2, 120);

    await until(page, on(page, 'scherm-rapportage'));
    moved['Volgend kwartaal, drievoudig 100 ms'] = await burst(page, '#rapportage__verder', 3, 100);

    expect(moved).toEqual(Object.fromEntries(Object.keys(moved).map((k) => [k, 1])));
    expect(errors).toEqual([]);
  });
});
