/**
 * The facilitator's view: five result codes pasted at once (four good, one corrupt) give four
 * teams side by side and one clear message, the CSV downloads, the report prints, and axe finds
 * nothing serious. The codes are made here by playing games headless with the real scenario.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { fromResultCode, toResultCode } from '../../src/game/result-code';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { triad } from '../../src/sim/rules';
import { bundle } from '../unit/scenario';
import { violations } from './axe';
import { type Harness, openPage, startHarness } from './harness';

const strategies = strategiesFor(bundle);
const play = (seed: number, strategy: string) =>
  playToEnd(createGame({ bundle, seed }), strategies[strategy]!, rand(seed));

const games = [play(482913, 'hoge-weg'), play(482913, 'lage-weg'), play(482913, 'random'), play(731402, 'big-bang')];
const codes = games.map((g) => toResultCode(g));
/** One character changed, where the checks catch it. */
const corrupt = (() => {
  const code = codes[1]!;
  for (let at = Math.floor(code.length / 2); at < code.length; at++) {
    const bad = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    if (!fromResultCode(bad, bundle).ok) return bad;
  }
  throw new Error('geen beschadigde code gevonden');
})();

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

describe('facilitator view', () => {
  it('compares four teams from pasted codes, names the bad code, and exports the CSV', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    const heading = page.getByRole('heading', { name: 'Resultaten vergelijken', level: 2 });
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('begeleider__kop');
    expect(await violations(page)).toEqual([]);

    // Five codes at once, by keyboard: the corrupt one third, on lines and with spaces.
    const pasted = `${codes[0]}\n${codes[1]}  ${corrupt}\n\n${codes[2]}\n${codes[3]}\n`;
    await page.getByLabel('Resultaatcodes van de teams').fill(pasted);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Codes inlezen');
    await page.keyboard.press('Enter');

    const rows = page.locator('#begeleider__driehoek tbody tr');
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(4);
    // Each team's triad, recomputed in the browser, matches the model here.
    for (const [i, g] of games.entries()) {
      const end = triad(bundle, g.snapshot().machine.context.sim.values);
      const cells = await rows.nth(i).locator('td strong').allTextContents();
      expect(cells).toEqual([String(end.client), String(end.medewerker), String(end.organisatie)]);
      expect(await rows.nth(i).locator('th').textContent()).toContain(`Team ${i + 1}`);
    }

    // One clear Dutch message that names the bad code; the good ones are all in.
    const alert = page.locator('#begeleider__fouten');
    const items = alert.locator('li');
    expect(await items.count()).toBe(1);
    const message = (await items.first().textContent()) ?? '';
    expect(message).toContain('Code 3');
    expect(message).toContain(corrupt.slice(0, 16));
    expect(message).toMatch(/beschadigd|klopt niet/);
    expect(await page.locator('#begeleider__status').textContent()).toContain('4 teams toegevoegd');
    // The bad code stays in the field, to correct.
    expect(await page.getByLabel('Resultaatcodes van de teams').inputValue()).toBe(corrupt);

    // Team 4 played another session code: flagged.
    expect(await page.locator('#begeleider__sessiecodes').textContent()).toContain(
      'verschillende sessiecodes: de teams speelden niet in dezelfde wereld',
    );

    // Pasting a code again is reported as a duplicate, not added.
    await page.getByLabel('Resultaatcodes van de teams').fill(codes[0]!);
    await page.getByRole('button', { name: 'Codes inlezen' }).click();
    await expect.poll(() => alert.textContent()).toContain('Dubbel');
    expect(await rows.count()).toBe(4);

    // Renaming a team carries through to the comparison and the CSV.
    const name = page.getByLabel('Naam van het team uit Code 1');
    await name.fill('Team Rood');
    await name.press('Enter');
    await expect.poll(() => rows.first().locator('th').textContent()).toContain('Team Rood');

    // The comparison's parts are there.
    for (const title of [
      'Waardendriehoek',
      'Eigen doelen en inspectie',
      'Verloop van de kernindicatoren',
      'Waar de teams uiteengingen',
      'Het pad van elk team, per kwartaal',
      'Reflectievragen voor de groep',
    ])
      expect(await page.getByRole('heading', { name: title, level: 3 }).count()).toBe(1);
    expect(await page.locator('.chart').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.begeleider__uiteen tbody tr').count()).toBe(6);

    await page.locator('#begeleider-waarde').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join('test-results', 'facilitator.png') });
    // The whole view at once (the panel scrolls inside the page, so make the page as tall as it).
    const tall = await page.locator('#paneel').evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: 1280, height: tall });
    await page.screenshot({ path: join('test-results', 'facilitator-full.png') });
    await page.setViewportSize({ width: 1280, height: 720 });

    // The CSV: one row per team.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Teams als CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('koers-teams.csv');
    // Saved where the test can read it: the browser may run in another process (global-setup.ts).
    const saved = join('test-results', 'koers-teams.csv');
    await download.saveAs(saved);
    const csv = readFileSync(saved, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]!.split(';')[0]).toBe('"team"');
    expect(lines[1]!.startsWith('"Team Rood";482913;')).toBe(true);
    expect(lines[4]!.startsWith('"Team 4";731402;')).toBe(true);

    // The group report prints, with the import controls left out.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
      };
    });
    await page.getByRole('button', { name: 'Groepsrapport afdrukken of als PDF' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.begeleider__invoer').isVisible()).toBe(false);
    expect(await page.locator('#begeleider__driehoek').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // axe on the full comparison, with every folded part open.
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    expect(await violations(page)).toEqual([]);

    // How the printed report looks, every part unfolded.
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('#paneel').evaluate((el) => el.scrollHeight);
    await page.setViewportSize({ width: 1000, height: printed });
    await page.screenshot({ path: join('test-results', 'facilitator-print.png') });
    expect(errors).toEqual([]);
  });

  it('says when camera scanning is not available, and goes back to the title screen', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await page.getByRole('heading', { name: 'Resultaten vergelijken', level: 2 }).waitFor();
    const hasDetector = await page.evaluate(() => 'BarcodeDetector' in window);
    if (hasDetector) expect(await page.locator('#begeleider__scan').count()).toBe(1);
    else expect(await page.locator('#begeleider__scan-uit').textContent()).toContain('Plak de resultaatcodes');
    await page.getByRole('button', { name: 'Codes inlezen' }).click();
    expect(await page.locator('#begeleider__fouten').textContent()).toContain('Plak eerst');
    await page.getByRole('button', { name: 'Terug naar het titelscherm' }).click();
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });
});
