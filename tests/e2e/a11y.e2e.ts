/** axe-core finds no serious or critical WCAG 2.1 A/AA violations on any kind of screen. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, openPage, startHarness } from './harness';
import { playUntil, screenId } from './player';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    return axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility', () => {
  it('every screen of a playthrough passes axe (serious and critical)', async () => {
    const { page } = await openPage(h);
    const found: Record<string, string[]> = {};
    found.titel = await violations(page);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    const checked = new Set<string>();
    const check = async () => {
      const id = await screenId(page);
      if (checked.has(id)) return;
      checked.add(id);
      found[id] = await violations(page);
    };
    // Check each screen the first time it appears, then play on.
    for (;;) {
      await check();
      const seen = await playUntil(page, 'mouse', (_id, n) => n >= 1);
      if (!seen.length) break;
    }
    await check();
    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length))).toEqual({});
    expect(checked.size).toBeGreaterThanOrEqual(12);
  });
});
