/**
 * "Wat als?" is exploration: after playing a branch to its end, the result code, CSV and JSON in
 * the Terugblik are still the original game's; the branch leaves only when asked, labelled as such.
 */
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from './harness';
import { playUntil } from './player';
import { budgets, gameUntil, openSaved, unbought } from './saved-game';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const text = async (d: Download) => {
  const stream = await d.createReadStream();
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
};
const fetchDownload = async (page: Page, selector: string) => {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return { name: d.suggestedFilename(), body: await text(d) };
};

describe('"Wat als?" does not change the result handed in', () => {
  it("after a branch, code, CSV and JSON are the original game's; the branch is exported only on request", async () => {
    // A finished game, resumed at its Terugblik.
    const game = gameUntil(20240611);
    const { page, errors } = await openSaved(h, game);
    await page.locator('#scherm-terugblik').waitFor();
    const code = await page.locator('#resultaatcode').inputValue();
    const csv = (await fetchDownload(page, '#export__csv')).body;
    const json = JSON.parse((await fetchDownload(page, '#export__json')).body);
    expect(await page.locator('#export__verkenning').count()).toBe(0);

    // Choose another budget at the last budget decision and play the branch to its end.
    const budget = page
      .locator('#beslissingen li.decision')
      .filter({ has: page.locator('.tag', { hasText: /^budget$/ }) })
      .last();
    await budget.getByRole('button', { name: /^Wat als/ }).click();
    await page.locator('#scherm-begroting').waitFor();
    await page
      .locator(unbought(budgets(game).at(-1)!))
      .first()
      .check();
    await page.locator('#begroting button[type="submit"]').click();
    await page.locator('#scherm-begroting').waitFor({ state: 'detached' });
    await playUntil(page, 'mouse');
    await page.locator('#vergelijking').waitFor();

    expect(await page.locator('#resultaatcode').inputValue()).toBe(code);
    expect((await fetchDownload(page, '#export__csv')).body).toBe(csv);
    expect(JSON.parse((await fetchDownload(page, '#export__json')).body)).toEqual(json);
    expect(await page.locator('#export__verkenning').textContent()).toContain('niet van deze variant');

    // The branch itself, only when asked, and labelled as exploration.
    const variantCsv = await fetchDownload(page, '#export__variant-csv');
    expect(variantCsv.name).toBe('koers-wat-als-beslissingen.csv');
    expect(variantCsv.body.split('\r\n')[0]).toBe('\uFEFF"Wat als-verkenning: niet het ingeleverde spel"');
    expect(variantCsv.body).not.toBe(csv);
    const variant = JSON.parse((await fetchDownload(page, '#export__variant-json')).body);
    expect(variant.label).toBe('Wat als-verkenning: niet het ingeleverde spel');
    expect(variant.basis).toEqual(json.events);
    expect(variant.events).not.toEqual(json.events);

    // After a reload the branch resumes, and still hands in the original's code.
    await page.reload();
    await page.getByRole('button', { name: 'Doorgaan' }).click();
    await page.locator('#vergelijking').waitFor();
    expect(await page.locator('#resultaatcode').inputValue()).toBe(code);
    expect(errors).toEqual([]);
  });
});
