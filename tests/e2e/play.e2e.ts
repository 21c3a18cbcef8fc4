/**
 * A new player reaches the debrief of the full trajectory by mouse, with no console errors on the
 * way. The same by keyboard alone is played at the masterclass length (length.e2e.ts): the screens
 * are the same, in fewer quarters.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil } from './player';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screens');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => h?.close());

describe('a whole trajectory in the browser', () => {
  it('by mouse, from the title screen to the Terugblik', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    const shot = new Set<string>();
    const seen = await playUntil(page, 'mouse', async (id) => {
      if (!shot.has(id)) {
        shot.add(id);
        await page.screenshot({ path: join(SHOTS, `muis-${id}.png`) });
      }
      return false;
    });
    await page.screenshot({ path: join(SHOTS, 'muis-terugblik.png'), fullPage: true });
    for (const s of [
      'scherm-intake',
      'scherm-scan',
      'scherm-diagnose',
      'scherm-plan',
      'scherm-agenda',
      'scherm-begroting',
      'scherm-rapportage',
      'scherm-tussenevaluatie',
      'scherm-borging',
      'scherm-eindevaluatie',
    ])
      expect(seen).toContain(s);
    expect(seen).toContain('scherm-oordeel');
    await expect(page.getByRole('heading', { name: 'Terugblik', level: 2 }).isVisible()).resolves.toBe(true);
    expect(await page.locator('.decisions li li').count()).toBeGreaterThan(10);
    expect(await page.locator('table.history tbody tr').count()).toBeGreaterThan(10);
    expect(errors).toEqual([]);
  });
});
