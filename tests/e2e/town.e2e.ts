/**
 * The town on a phone: opened at 390×844, the world fills the whole strip between the status bar
 * and the panel, with no band of empty page; and what it shows is there in words for screen readers.
 * (The page is opened at its size: without a GPU, Chromium blanks the canvas after a viewport change.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('the town on a phone', () => {
  it('fills the strip under the status bar, and says what it shows', async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await page.waitForTimeout(500);
    const { top, bottom } = await page.evaluate(() => ({
      top: Math.ceil(document.querySelector('.statusbar')!.getBoundingClientRect().bottom),
      bottom: Math.floor(document.getElementById('paneel')!.getBoundingClientRect().top),
    }));
    expect(bottom - top).toBeGreaterThan(100);
    const shot = (await page.screenshot({ clip: { x: 0, y: top, width: 390, height: bottom - top } })).toString(
      'base64',
    );
    // The left edge of every row of the strip: never the page's own sand or white.
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
        const [r, g, b] = ctx.getImageData(2, y, 1, 1).data;
        if ((r === 246 && g === 241 && b === 231) || (r === 255 && g === 255 && b === 255)) rows.push(y);
      }
      return rows;
    }, shot);
    expect(empty, 'lege rijen in de strook van de stad').toEqual([]);
    await expect.poll(() => page.locator('#stad-tekst li').first().textContent()).toMatch(/^Kwartaal|^Voor het eerste/);
    expect(errors).toEqual([]);
  });
});
