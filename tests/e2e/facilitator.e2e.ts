/**
 * The facilitator's view: five result codes pasted at once (four good, two of them named, one
 * corrupt) give four teams side by side, named by their codes, and one clear message; the
 * comparison survives a reload; one chart at a time, readable on a projector; the CSV downloads,
 * the report prints to a few PDF pages, and axe finds nothing serious. A QR code shown by a fake
 * camera is read without BarcodeDetector. The codes are made here by playing games headless.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSVG } from 'uqr';
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
const names = ['Team Oost', 'Team West'];
const codes = games.map((g, i) => toResultCode(g, names[i]));
const expected = ['Team Oost', 'Team West', 'Team 3', 'Team 4'];
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
      expect(await rows.nth(i).locator('th').textContent()).toContain(expected[i]);
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

    // Pasting codes again is said once, in one line, and adds nothing.
    await page.getByLabel('Resultaatcodes van de teams').fill(`${codes[0]} ${codes[0]} ${codes[2]}`);
    await page.getByRole('button', { name: 'Codes inlezen' }).click();
    await expect
      .poll(() => alert.textContent())
      .toContain('Al ingelezen, dus niet nog eens toegevoegd: Team Oost (2 keer), Team 3.');
    expect(await items.count()).toBe(1);
    expect(await rows.count()).toBe(4);

    // Renaming a team carries through to the comparison and the CSV.
    const name = page.getByLabel('Naam van het team uit Code 1');
    await name.fill('Team Rood');
    await name.press('Enter');
    await expect.poll(() => rows.first().locator('th').textContent()).toContain('Team Rood');

    // A reload (F5) reads the same teams in again, under their names.
    await page.reload();
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await expect.poll(() => rows.count(), { timeout: 60_000 }).toBe(4);
    expect(await page.locator('#begeleider__driehoek tbody th').allTextContents()).toEqual(
      ['Team Rood', ...expected.slice(1)].map((n) => ` ${n}`),
    );
    await expect.poll(() => page.locator('#begeleider__status').textContent()).toContain('4 teams van de vorige keer');

    // The comparison's parts are there.
    for (const title of [
      'Waardendriehoek',
      'Eigen doelen en inspectie',
      'Verloop van de kernindicatoren',
      'Waar de teams uiteengingen, en wat volgde',
      'Het pad van elk team, per kwartaal',
      'Reflectievragen voor de groep',
    ])
      expect(await page.getByRole('heading', { name: title, level: 3 }).count()).toBe(1);
    // One timeline of splits where there was a row per pair: four teams split at most three times.
    const splits = await page.locator('.begeleider__splitsing').count();
    expect(splits).toBeGreaterThanOrEqual(1);
    expect(splits).toBeLessThanOrEqual(3);

    // One large chart at a time; the arrow keys step through them.
    const charts = await page.locator('.chart').count();
    expect(charts).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.chart:visible').count()).toBe(1);
    const where = page.locator('#begeleider__grafiek-nr');
    expect(await where.textContent()).toMatch(new RegExp(`^Grafiek 1 van ${charts}: `));
    await page.locator('#begeleider__grafiek-verder').focus();
    await page.keyboard.press('ArrowRight');
    expect(await where.textContent()).toMatch(new RegExp(`^Grafiek 2 van ${charts}: `));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await where.textContent()).toMatch(new RegExp(`^Grafiek ${charts} van ${charts}: `));

    // Screenshots at four sizes; at 1920 the axes' text is readable from the back of the room.
    for (const [width, height] of [
      [390, 844],
      [1024, 768],
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.locator('#begeleider-verloop').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join('test-results', `facilitator-grafiek-${width}.png`) });
      await page.locator('#begeleider-uiteen').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join('test-results', `facilitator-tijdlijn-${width}.png`) });
      if (width === 1920) {
        const px = await page
          .locator('.chart:visible .chart__tick')
          .evaluateAll((ts) => Math.min(...ts.map((t) => t.getBoundingClientRect().height)));
        const legend = await page
          .locator('.chart:visible .legend')
          .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
        console.log(`at 1920: axis text ${px.toFixed(1)} px high, legend ${legend} px`);
        expect(px).toBeGreaterThanOrEqual(20);
        expect(legend).toBeGreaterThanOrEqual(20);
      }
      // Nothing sticks out sideways at any size.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
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

    // The printed report: a few A4 pages, counted in the PDF Chromium prints (with print media:
    // under an emulated screen, page.pdf would print the screen's layout).
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(join('test-results', 'facilitator-groepsrapport.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    console.log(`group report for 4 teams: ${pages} A4 pages`);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
  });

  it('reads a QR code from the camera without BarcodeDetector, and goes back to the title screen', async () => {
    // The camera films a page that shows the QR code of Team Oost's result.
    const picture = `data:image/svg+xml;utf8,${encodeURIComponent(renderSVG(codes[0]!, { ecc: 'L', border: 4, pixelSize: 6 }))}`;
    const { page, errors } = await openPage(h, undefined, () => {
      delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
      navigator.mediaDevices.getUserMedia = async () => {
        const canvas = document.createElement('canvas');
        canvas.width = 640;
        canvas.height = 480;
        const ctx = canvas.getContext('2d')!;
        const img = new Image();
        img.src = (window as unknown as { qrPicture: string }).qrPicture;
        const draw = () => {
          ctx.fillStyle = '#ddd';
          ctx.fillRect(0, 0, 640, 480);
          if (img.complete) ctx.drawImage(img, 80, 0, 480, 480);
        };
        window.setInterval(draw, 100);
        draw();
        return canvas.captureStream(10);
      };
    });
    await page.evaluate((p) => {
      (window as unknown as { qrPicture: string }).qrPicture = p;
    }, picture);
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await page.getByRole('heading', { name: 'Resultaten vergelijken', level: 2 }).waitFor();
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    await page.getByRole('button', { name: 'QR-code scannen met de camera' }).click();
    await expect
      .poll(() => page.locator('#begeleider__driehoek tbody th').allTextContents(), { timeout: 30_000 })
      .toEqual([' Team Oost']);
    expect(await page.locator('#begeleider__scan-status').textContent()).toContain('Code gevonden');
    await page.getByRole('button', { name: 'Stoppen met scannen' }).click();
    await page.getByRole('button', { name: 'Terug naar het titelscherm' }).click();
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });
});
