/**
 * Layout at four sizes (laptop, full HD, tablet, phone) on the title screen, a dialogue, the budget,
 * the quarterly report and the Terugblik: no two pieces of text on top of each other, and nothing
 * wider than the screen. The first quarter is played by mouse from the title screen; the Terugblik
 * is that of a whole game of full length (the longest there is), made in Node and resumed. At each
 * screen the viewport is switched through the four sizes. Screenshots go to
 * test-results/screens/layout-<size>-<screen>.png. (Every kind of screen is played by mouse and by
 * keyboard in length.e2e.ts, at the masterclass length.)
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, onOneSharedPage, openPage, startHarness, type TrackedPage } from './harness';
import { playUntil, screenId, step } from './player';
import { gameUntil, resumeSaved } from './saved-game';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screens');
const SIZES = [
  { name: '1280x720', width: 1280, height: 720 },
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1024x768', width: 1024, height: 768 },
  { name: '390x844', width: 390, height: 844 },
];
const TEXT = '#paneel h2, #paneel h3, #paneel p, #paneel label, #paneel button, #paneel th, #paneel td, .statusbar p';

let h: Harness;
let t: TrackedPage;
let page: Page;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  h = await startHarness({ showWorld: true });
  t = await openPage(h, SIZES[0]);
  page = t.page;
  // A fixed seed, so every run lays out the same game.
  await page.evaluate(() => {
    const real = crypto.getRandomValues.bind(crypto);
    crypto.getRandomValues = <T extends ArrayBufferView | null>(a: T): T => {
      if (a instanceof Uint32Array && a.length === 1) a[0] = 1;
      else real(a as unknown as Uint8Array);
      return a;
    };
  });
});
afterAll(async () => h?.close());
onOneSharedPage(() => t);

/** What is wrong with the layout right now, in words; empty when nothing is. */
function problems(selector: string): string[] {
  const label = (el: Element) => {
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${text}"`;
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    // Text in a closed <details> keeps a box but is not drawn.
    if (!el.checkVisibility()) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.opacity !== '0' && !el.closest('.sr-only');
  };
  /** An ancestor (below the panel) that scrolls sideways on purpose, like the history table. */
  const scroller = (el: Element) => {
    for (let p = el.parentElement; p && p.id !== 'paneel'; p = p.parentElement)
      if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return p;
    return null;
  };
  const els = [...document.querySelectorAll(selector)].filter(visible);
  const rects = els.map((el) => el.getBoundingClientRect());
  const scrolls: string[] = [];
  const overlaps: string[] = [];
  const outside: string[] = [];
  const W = window.innerWidth;
  for (let i = 0; i < els.length; i++) {
    const a = rects[i]!;
    if (!scroller(els[i]!) && (a.left < -1 || a.right > W + 1))
      outside.push(`buiten beeld (${Math.round(a.left)}–${Math.round(a.right)} van ${W}px): ${label(els[i]!)}`);
    for (let j = i + 1; j < els.length; j++) {
      if (els[i]!.contains(els[j]!) || els[j]!.contains(els[i]!)) continue;
      const b = rects[j]!;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 1 && y > 1)
        overlaps.push(`overlap ${Math.round(x)}×${Math.round(y)}px: ${label(els[i]!)} en ${label(els[j]!)}`);
    }
  }
  const doc = document.documentElement;
  if (doc.scrollWidth > W + 1) scrolls.push(`de pagina scrolt horizontaal (${doc.scrollWidth}px breed)`);
  const panel = document.getElementById('paneel');
  if (panel && panel.scrollWidth > panel.clientWidth + 1)
    scrolls.push(`het paneel scrolt horizontaal (${panel.scrollWidth}px inhoud in ${panel.clientWidth}px)`);
  if (panel) {
    const r = panel.getBoundingClientRect();
    if (r.left < -1 || r.right > W + 1)
      scrolls.push(`het paneel valt buiten beeld (${Math.round(r.left)}–${Math.round(r.right)})`);
  }
  return [...scrolls, ...overlaps, ...outside];
}

/** Where the panel sits: left edge and width, rounded. */
const panelBox = () =>
  page.locator('#paneel').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: Math.round(r.left), width: Math.round(r.width) };
  });
const titleCard: Record<string, { left: number; width: number }> = {};

/**
 * Checks the current screen at every size; returns the problems per size, and saves screenshots.
 * `also` runs at each size, for what only one screen needs to check.
 */
async function checkAllSizes(
  screen: string,
  also: (size: (typeof SIZES)[number]) => Promise<void> = async () => {},
): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const size of SIZES) {
    await page.setViewportSize({ width: size.width, height: size.height });
    // Let layout, and the world's canvas behind it, take the new size before measuring.
    await page.waitForFunction(({ width, height }) => {
      const c = document.querySelector<HTMLCanvasElement>('#wereld canvas');
      return window.innerWidth === width && (!c || (c.width === width && c.height === height));
    }, size);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const list = await page.evaluate(problems, TEXT);
    // Enough to see what is wrong without drowning the report in every cell of a table.
    if (list.length)
      found[size.name] = list.length > 12 ? [...list.slice(0, 12), `… en ${list.length - 12} meer`] : list;
    await page.screenshot({ path: join(SHOTS, `layout-${size.name}-${screen}.png`) });
    await also(size);
  }
  await page.setViewportSize(SIZES[0]!);
  return found;
}

describe('layout at 1280×720, 1920×1080, 1024×768 and 390×844', () => {
  it('the title screen', async () => {
    const found = await checkAllSizes('titel', async (size) => {
      titleCard[size.name] = await panelBox();
    });
    expect(found).toEqual({});
  });

  it('the check itself sees text on top of text, and text beyond the edge', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'proef';
      p.textContent = 'Proeftekst over de ondertitel heen';
      p.style.cssText = 'position:absolute;margin:0;width:200vw';
      document.querySelector('#paneel .title__sub')!.before(p);
    });
    try {
      const list = await page.evaluate(problems, TEXT);
      expect(list.some((x) => x.startsWith('overlap') && x.includes('p#proef'))).toBe(true);
      expect(list.some((x) => x.startsWith('buiten beeld') && x.includes('p#proef'))).toBe(true);
    } finally {
      await page.evaluate(() => document.getElementById('proef')?.remove());
    }
    expect(await page.evaluate(problems, TEXT)).toEqual([]);
  });

  it('the import screen ("Resultaat inlezen") sits in the same card as the title screen', async () => {
    await page.getByRole('button', { name: 'Resultaat inlezen' }).click();
    await page.getByRole('heading', { name: 'Resultaat inlezen', level: 2 }).waitFor();
    const misplaced: string[] = [];
    const found = await checkAllSizes('inlezen', async (size) => {
      const box = await panelBox();
      const title = titleCard[size.name]!;
      if (box.left !== title.left || box.width !== title.width)
        misplaced.push(`${size.name}: paneel ${box.left}+${box.width}px, titelkaart ${title.left}+${title.width}px`);
    });
    expect(found).toEqual({});
    expect(misplaced).toEqual([]);
    await page.getByRole('button', { name: 'Terug naar het titelscherm' }).click();
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
  });

  it('a dialogue', async () => {
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    // On to the first conversation where the player answers: transcript, portrait and choices.
    for (let n = 0; n < 60 && !(await page.locator('#scherm-gesprek .btn--choice').count()); n++)
      await step(page, 'mouse');
    expect(await page.locator('#scherm-gesprek .btn--choice').count()).toBeGreaterThan(1);
    expect(await checkAllSizes('gesprek')).toEqual({});
  });

  it('the budget screen', async () => {
    await playUntil(page, 'mouse', (id) => id === 'scherm-begroting');
    expect(await screenId(page)).toBe('scherm-begroting');
    expect(await checkAllSizes('begroting')).toEqual({});
  });

  it('the quarterly report', async () => {
    await playUntil(page, 'mouse', (id) => id === 'scherm-rapportage');
    expect(await screenId(page)).toBe('scherm-rapportage');
    expect(await checkAllSizes('rapportage')).toEqual({});
  });

  it('the Terugblik of a whole game', async () => {
    const game = gameUntil(1);
    // Whole: not ended early by the board.
    expect(game.snapshot().machine.context.sim.decisions.some((d) => d.phase === 'rvt')).toBe(false);
    await resumeSaved(page, game);
    expect(await screenId(page)).toBe('scherm-terugblik');
    expect(await page.locator('.decisions li li').count()).toBeGreaterThan(10);
    expect(await page.locator('table.history tbody tr').count()).toBeGreaterThan(10);
    expect(await checkAllSizes('terugblik')).toEqual({});
  });
});
