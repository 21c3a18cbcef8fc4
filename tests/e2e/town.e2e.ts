/**
 * The town on a phone: opened at 390×844, the world fills the whole strip between the status bar
 * and the panel, with no band of empty page; and what it shows is there in words for screen readers.
 * (The page is opened at its size: without a GPU, Chromium blanks the canvas after a viewport change.)
 * And the town as the way into the agenda: every open agenda item stands as a pin, and clicking a
 * pin opens that item, as its button in the list does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { at, gameUntil, openSaved } from './saved-game';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ showWorld: true });
});
afterAll(async () => h?.close());

describe('the town on a phone', () => {
  it('fills the strip under the status bar however tall the bar is, and says what it shows', async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    // A masterclass: its name in the status bar makes the bar wrap into a third row on a phone.
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    await page.getByLabel('Masterclass').check();
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await page.waitForTimeout(500);
    const { top, bottom } = await page.evaluate(() => ({
      top: Math.ceil(document.querySelector('.statusbar')!.getBoundingClientRect().bottom),
      bottom: Math.floor(document.getElementById('paneel')!.getBoundingClientRect().top),
    }));
    expect(top, 'de statusbalk heeft drie rijen').toBeGreaterThan(100);
    // What sits under the bar starts under it: the captions do not cover its buttons.
    const caption = await page.evaluate(() => document.getElementById('ondertiteling')!.getBoundingClientRect().top);
    expect(caption).toBeGreaterThanOrEqual(top);
    expect(bottom - top).toBeGreaterThan(100);
    const shot = (await page.screenshot({ clip: { x: 0, y: top, width: 390, height: bottom - top } })).toString(
      'base64',
    );
    // The left edge of every row of the strip: never the page's own sand or white, and never
    // see-through (a canvas the browser did not draw comes out transparent).
    const empty = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const rows: number[] = [];
      for (let y = 0; y < img.height; y++) {
        const [r, g, b, a] = ctx.getImageData(2, y, 1, 1).data;
        if (a !== 255 || (r === 246 && g === 241 && b === 231) || (r === 255 && g === 255 && b === 255)) rows.push(y);
      }
      return rows;
    }, shot);
    expect(empty, 'lege rijen in de strook van de stad').toEqual([]);
    await expect.poll(() => page.locator('#stad-tekst li').first().textContent()).toMatch(/^Kwartaal|^Voor het eerste/);
    expect(errors).toEqual([]);
  });
});

describe('the town as the way into the agenda', () => {
  it('stands every open agenda item on the map, apart, and a click on a pin opens that item', async () => {
    const { page, errors } = await openSaved(h, gameUntil(7, at('agenda')), { width: 1280, height: 800 });
    await page.locator('#scherm-agenda').waitFor();
    const listed = await page.locator('#scherm-agenda .card button').evaluateAll((bs) => bs.map((b) => b.id));
    type Spot = { item: string; x: number; y: number; r: number; reach: number };
    const spots = async () =>
      page.evaluate(
        () =>
          (
            window as unknown as {
              __koers: { world: { scene: { getScene(k: string): { pins: { spots: Spot[] } } } } };
            }
          ).__koers.world.scene.getScene('world').pins.spots,
      );
    await expect.poll(async () => (await spots()).length).toBe(listed.length);
    const pins = await spots();
    expect(pins.map((p) => `agenda-${p.item}`).sort()).toEqual([...listed].sort());
    // No pin hides another.
    for (const [i, a] of pins.entries())
      for (const b of pins.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
    // The map says in words who is where.
    await expect.poll(() => page.locator('#stad-tekst').textContent()).toContain('Op de kaart, voor uw agenda');
    const pin = pins.find((p) => p.item === 'gesprek_ruud') ?? pins[0]!;
    const title = await page.locator(`#agenda-${pin.item}`).getAttribute('aria-label');
    // A tap beside the drawn pin still counts: its target is at least 44 px across.
    expect(pin.reach).toBeGreaterThanOrEqual(22);
    await page.mouse.click(pin.x + pin.reach - 3, pin.y);
    await page.locator('#scherm-gesprek').waitFor();
    expect(`Inplannen: ${await page.locator('#scherm-gesprek .screen__title').textContent()}`).toBe(title);
    // In a conversation the map holds no pins.
    await expect.poll(async () => (await spots()).length).toBe(0);
    expect(errors).toEqual([]);
  });
});
