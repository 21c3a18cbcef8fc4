/**
 * The Terugblik in the browser: the people, "Waarom?" on a report, "Wat als?" with the two paths
 * side by side, printing, the exports, and reading a result back in. One game (with a fixed seed,
 * made in Node) is opened at its first quarterly report, then at its end, and shared by the tests
 * below, which therefore run in order.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle } from '../unit/scenario';
import { type Harness, onOneSharedPage, startHarness, type TrackedPage } from './harness';
import { playUntil, screenId, tabTo } from './player';
import { at, budgets, gameUntil, openSaved, resumeSaved, unbought } from './saved-game';

const OUT = join(import.meta.dirname, '..', '..', 'test-results', 'debrief');
const SEED = 20240611;
const game = gameUntil(SEED);

let h: Harness;
let t: TrackedPage;
let page: Page;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  h = await startHarness();
  t = await openSaved(h, gameUntil(SEED, at('report')));
  page = t.page;
});
afterAll(async () => h?.close());
onOneSharedPage(() => t);

const decisions = () => page.locator('#beslissingen li.decision');
/** How many decisions the handed-in game made: after "Wat als?", the original path's. */
const handedIn = () =>
  page.evaluate(
    () =>
      (
        window as unknown as {
          __koers: { store: { getState(): { game: { screen: { handedIn?: number } } | null } } };
        }
      ).__koers.store.getState().game?.screen.handedIn ?? -1,
  );
/** The visible name of a person the player follows: their own, or their cast character's. */
const portraitName = (p: (typeof bundle.people.people)[number]) =>
  p.character ? bundle.scenario.characters.find((c) => c.id === p.character)!.name : p.name;

async function toTitle() {
  await page.getByRole('button', { name: 'Naar het titelscherm' }).click();
  await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
}
async function openImport() {
  await toTitle();
  await page.getByRole('button', { name: 'Resultaat inlezen' }).click();
  await page.getByRole('heading', { name: 'Resultaat inlezen', level: 2 }).waitFor();
}

describe('the Terugblik of one game', () => {
  it('a quarterly report explains a change under "Waarom?", opened by keyboard', async () => {
    expect(await screenId(page)).toBe('scherm-rapportage');
    const summary = '#scherm-rapportage details.why > summary';
    expect(await page.locator(summary).count()).toBeGreaterThan(0);
    await tabTo(page, summary);
    const details = page.locator('#scherm-rapportage details.why:has(> summary:focus)');
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    const item = details.locator('li').first();
    await item.waitFor({ state: 'visible' });
    // "<cause>: +0,12 …" — a named cause and a signed amount.
    expect(await item.textContent()).toMatch(/^\S.*: [+−±]\d/);
    // Printing opens every explanation that is still folded away.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('#paneel details:not([open])').count()).toBe(0);
    expect(t.errors).toEqual([]);
  });

  it('the people section follows at least three clients and three staff, each with a portrait', async () => {
    await resumeSaved(page, game);
    expect(await screenId(page)).toBe('scherm-terugblik');
    const people = page.locator('#mensen article.card--mens');
    for (const kind of ['client', 'medewerker'] as const) {
      const list = bundle.people.people.filter((p) => p.kind === kind);
      expect(list.length).toBeGreaterThanOrEqual(3);
      for (const p of list) {
        const card = people.filter({ has: page.getByRole('heading', { name: p.name, exact: true }) });
        expect(await card.count(), p.name).toBe(1);
        const img = card.getByRole('img', { name: `Portret van ${portraitName(p)}`, exact: true });
        expect(await img.isVisible(), `portret van ${p.name}`).toBe(true);
        expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
        expect(await card.locator('.timeline__list li').count()).toBeGreaterThanOrEqual(1);
      }
    }
    expect(t.errors).toEqual([]);
  });

  it('shows every column of its tables at 1280 and 1920 wide: nothing hidden behind a scrollbar', async () => {
    for (const width of [1280, 1920]) {
      await page.setViewportSize({ width, height: 900 });
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('#scherm-terugblik table')]
          .filter((t) => t.getBoundingClientRect().right > (t.parentElement?.getBoundingClientRect().right ?? 0) + 1)
          .map((t) => t.querySelector('caption')?.textContent ?? t.className),
      );
      expect(hidden, `breedte ${width}`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('"Wat als?" on a budget decision plays another path and shows both side by side', async () => {
    expect(await decisions().count()).toBeGreaterThan(10);
    expect(await page.locator('#beslissingen li.decision .consequences li').count()).toBeGreaterThan(3);
    // The last quarter's budget, so the branch is short: at its first purchase, where the paths split.
    const all = game.snapshot().machine.context.sim.decisions;
    const quarter = all.filter((d) => d.phase === 'budget').at(-1)!.quarter;
    const original = all.find((d) => d.phase === 'budget' && d.quarter === quarter)!.label;
    const budget = decisions()
      .filter({ has: page.locator('.tag', { hasText: /^budget$/ }) })
      .filter({ has: page.locator('.decision__label', { hasText: original }) })
      .last();
    await budget.getByRole('button', { name: /^Wat als/ }).click();
    await page.locator('#scherm-begroting').waitFor();
    expect(await page.locator('#vergelijking').count()).toBe(0);

    // The same decision again, nothing ticked: its hand holds what the original path bought.
    const bought = budgets(game).at(-1)!;
    for (const id of bought) expect(await page.locator(`#maatregel-${id}`).count(), id).toBe(1);
    expect(await page.locator('#begroting input[name="maatregel"]:checked').count()).toBe(0);
    const other = page.locator(unbought(bought)).first();
    const chosen = (await page.locator(`label[for="${await other.getAttribute('id')}"]`).textContent())!;
    await other.check();
    expect(await page.locator('#begroting input[name="maatregel"]:checked').count()).toBe(1);
    await page.locator('#begroting button[type="submit"]').click();
    await page.locator('#scherm-begroting').waitFor({ state: 'detached' });

    await playUntil(page, 'mouse');
    expect(await screenId(page)).toBe('scherm-terugblik');
    const compare = page.locator('#vergelijking');
    await compare.waitFor();
    expect(await compare.locator('thead th').allTextContents()).toEqual(['', 'Oorspronkelijk', 'Wat als']);
    const rows = compare.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => tr.children.length))) expect(cells).toBe(3);
    const sentence = (await compare.locator('p').first().textContent()) ?? '';
    expect(sentence).toMatch(/^Het pad splitst in kwartaal \d+: /);
    expect(sentence).toContain(`oorspronkelijk „${original}”, in dit pad „${chosen}”`);
    expect(t.errors).toEqual([]);
  });

  it('prints: the world and the status bar are hidden, every explanation is open, the PDF is whole', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      const display = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).display);
      expect(await display('#wereld')).toBe('none');
      expect(await display('.statusbar')).toBe('none');
      expect(await display('#export__afdrukken')).toBe('none');
      await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      expect(await page.locator('details:not([open])').count()).toBe(0);
      const path = join(OUT, 'terugblik.pdf');
      const pdf = await page.pdf({ path, format: 'A4', printBackground: true });
      expect(pdf.length).toBeGreaterThan(20_000);
      // The whole Terugblik, not one clipped screenful: it runs over several pages.
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
      expect(pages).toBeGreaterThan(2);
    } finally {
      await page.emulateMedia({ media: null });
    }
    expect(t.errors).toEqual([]);
  });

  it('exports the decisions as CSV and the game as JSON', async () => {
    const shown = await handedIn();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export__csv')]);
    expect(csvDownload.suggestedFilename()).toBe('koers-beslissingen.csv');
    await csvDownload.saveAs(join(OUT, 'beslissingen.csv'));
    const csv = readFileSync(join(OUT, 'beslissingen.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('"nr";"kwartaal";"fase";"beslissing";"toelichting";"oorzaak";"gevolgen"');
    expect(lines.length - 1).toBeGreaterThanOrEqual(10);
    expect(lines.length - 1).toBe(shown);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.click('#export__json')]);
    expect(jsonDownload.suggestedFilename()).toBe('koers-spel.json');
    await jsonDownload.saveAs(join(OUT, 'spel.json'));
    const data = JSON.parse(readFileSync(join(OUT, 'spel.json'), 'utf8'));
    expect(data.format).toBe('koers-save');
    expect(Number.isInteger(data.seed)).toBe(true);
    expect(data.summary.finished).toBe(true);
    expect(data.events.length).toBeGreaterThan(50);
    expect(t.errors).toEqual([]);
  });

  it('reads a result back in: by code, by file, and refuses a tampered code in Dutch', async () => {
    const shown = await handedIn();
    const code = await page.locator('#resultaatcode').inputValue();
    expect(code).toMatch(/^KOERS1-[A-Za-z0-9_-]+$/);
    expect(await page.locator('#export svg.qr').count()).toBe(1);

    await openImport();
    await page.getByLabel('Resultaatcode').fill(code);
    await page.getByRole('button', { name: 'Code inlezen' }).click();
    await page.locator('#scherm-terugblik').waitFor();
    expect(await decisions().count()).toBe(shown);
    expect(await page.locator('#resultaatcode').inputValue()).toBe(code);

    await openImport();
    await page.setInputFiles('#inlezen__bestand', join(OUT, 'spel.json'));
    await page.locator('#scherm-terugblik').waitFor();
    expect(await decisions().count()).toBe(shown);
    expect(await page.locator('#resultaatcode').inputValue()).toBe(code);

    await openImport();
    const mid = Math.floor(code.length / 2);
    const tampered = code.slice(0, mid) + (code[mid] === 'A' ? 'B' : 'A') + code.slice(mid + 1);
    await page.getByLabel('Resultaatcode').fill(tampered);
    await page.getByRole('button', { name: 'Code inlezen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/resultaatcode.*(beschadigd|klopt niet|onvolledig)/i);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.evaluate(() => document.getElementById('ui')?.dataset.route)).toBe('import');
    expect(await page.locator('#scherm-terugblik').count()).toBe(0);
    await page.getByRole('button', { name: 'Terug naar het titelscherm' }).click();
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
  });
});
