/**
 * A dilemma session on the big screen, run by keyboard only (Tab, Enter, Space, Backspace and
 * typing): compose three dilemmas by hand and put them in order, then per dilemma the situation,
 * the votes with the discussion timer, the room's own option and notes, and the reveal; a reload
 * in the middle loses nothing; the summary shows the votes, the reveal and the notes. axe-core
 * checks every step; there are no console errors. A second test saves an own set, finds it after
 * a reload, and checks the vote screen at 390 px.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDilemma } from '../../src/view/dilemma-reveal';
import { bundle } from '../unit/scenario';
import { violations } from './axe';
import { type Harness, openPage, startHarness } from './harness';
import { tabTo } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const def = (id: string) => bundle.dilemmas.dilemmas.find((d) => d.id === id)!;
const optionsOf = (id: string) => openDilemma(bundle, def(id)).options.map((o) => o.text);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const text = async (page: Page, selector: string) => ((await page.locator(selector).textContent()) ?? '').trim();

/** Types a vote count into an option's box, by keyboard: clear it with Backspace, then type. */
async function vote(page: Page, option: number, count: string) {
  await tabTo(page, `#stem-${option}`);
  for (let i = 0; i < 5; i++) await page.keyboard.press('Backspace');
  if (count) await page.keyboard.type(count);
}

// Picked in the order of the list, then the last one moved one place earlier.
const PICKED = ['verborgen_incident', 'gps_wandelen', 'nachtdienst_voorstel'];
const ORDER = ['verborgen_incident', 'nachtdienst_voorstel', 'gps_wandelen'];
const VOTES: Record<string, string[]> = {
  verborgen_incident: ['4', '9', '2'],
  nachtdienst_voorstel: ['11', '6'],
  gps_wandelen: ['', '15'],
};
const SHARES: Record<string, string[]> = {
  verborgen_incident: ['27%', '60%', '13%'],
  // With the room's own option's 3 votes: 11 + 6 + 3.
  nachtdienst_voorstel: ['55%', '30%'],
  gps_wandelen: ['0%', '100%'],
};
const OWN = 'Eerst een proef van drie maanden';
const NOTES = 'Voor: rust in de nacht. Tegen: wie vangt de piek op?';

describe('dilemma session', () => {
  it('runs three dilemmas start to finish by keyboard, with axe on every step', async () => {
    const { page, errors } = await openPage(h);
    const found: Record<string, string[]> = {};
    const check = async (name: string) => {
      // Every new step puts focus on its heading.
      expect(await focusedId(page), name).toBe('dilemma__kop');
      found[name] = await violations(page);
    };

    // Title → dilemma session
    await tabTo(page, '#titel__dilemma');
    await page.keyboard.press('Enter');
    await page.locator('#dilemma__kop').waitFor();
    expect(await text(page, '#dilemma__kop')).toBe('Dilemmasessie');
    await check('kiezen');

    // Three minutes of discussion per dilemma.
    await tabTo(page, '#dilemma__minuten');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await page.keyboard.type('3');

    // Two dilemmas are not enough: a Dutch message, in focus.
    for (const id of PICKED.slice(0, 2)) {
      await tabTo(page, `#kies-${id}`);
      await page.keyboard.press('Space');
    }
    await tabTo(page, '#dilemma__start');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    expect(await page.getByRole('alert').textContent()).toContain('Kies minstens 3');
    await tabTo(page, `#kies-${PICKED[2]}`);
    await page.keyboard.press('Space');
    expect(await page.locator('#dilemma__volgorde li').allTextContents()).toHaveLength(3);

    // The focused button has a visible focus ring.
    await tabTo(page, `#volgorde-${PICKED[2]}-eerder`);
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: Number.parseFloat(s.outlineWidth) };
    });
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(3);
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe(`volgorde-${PICKED[2]}-eerder`);
    const order = await page.locator('.dilemma-volgorde__titel').allTextContents();
    expect(order).toEqual(ORDER.map((id) => def(id).title));
    await tabTo(page, '#dilemma__start');
    await page.keyboard.press('Enter');

    for (const [n, id] of ORDER.entries()) {
      const d = def(id);
      const options = optionsOf(id);
      // Situation, with the people it concerns.
      await page.locator('.dilemma-scherm--situatie').waitFor();
      expect(await text(page, '#dilemma__kop')).toBe(d.title);
      expect(await text(page, '.dilemma-kop__voortgang')).toBe(`Dilemma ${n + 1} van 3`);
      expect(await text(page, '.dilemma-situatie__tekst')).toBe(d.situation);
      const names = await page.locator('.dilemma-persoon__naam').allTextContents();
      expect(names.length).toBe(d.people.length);
      await check(`${id}: situatie`);
      await tabTo(page, '#dilemma__verder');
      await page.keyboard.press('Enter');

      // Options, votes and the timer.
      await page.locator('.dilemma-scherm--stemmen').waitFor();
      await check(`${id}: stemmen`);
      expect(await page.locator('.dilemma-opties__lijst .dilemma-optie').count()).toBe(options.length);
      expect(await text(page, '#timer__klok')).toBe('3:00');
      if (n === 0) {
        // Start, let it run, pause, then one minute more and one less.
        await tabTo(page, '#timer__start');
        await page.keyboard.press('Enter');
        expect(await text(page, '#timer__status')).toContain('De klok loopt');
        await page.waitForTimeout(1600);
        await page.keyboard.press('Enter');
        expect(await text(page, '#timer__status')).toContain('Gepauzeerd');
        const paused = await text(page, '#timer__klok');
        expect(paused).toMatch(/^2:5\d$/);
        await page.waitForTimeout(1200);
        expect(await text(page, '#timer__klok')).toBe(paused);
        await tabTo(page, '#timer__plus');
        await page.keyboard.press('Enter');
        expect(await text(page, '#timer__klok')).toBe(`3:${paused.slice(2)}`);
        await tabTo(page, '#timer__min');
        await page.keyboard.press('Space');
        expect(await text(page, '#timer__klok')).toBe(paused);
      }
      if (n === 1) {
        // A negative count is refused with a message, and the reveal waits for a good number.
        await vote(page, 0, '-3');
        expect(await text(page, '#stem-0-fout')).toContain('Vul een heel getal in');
        await page.keyboard.press('Enter');
        expect(await focusedId(page)).toBe('stem-0');
        expect(await page.locator('.dilemma-scherm--stemmen').count()).toBe(1);
      }
      if (n === 2) {
        // Time running out never moves the session on.
        await tabTo(page, '#timer__min');
        for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
        expect(await text(page, '#timer__klok')).toBe('0:00');
        expect(await text(page, '#timer__status')).toContain('De bespreektijd is om');
        await page.waitForTimeout(1200);
        expect(await page.locator('.dilemma-scherm--stemmen').count()).toBe(1);
        expect(await focusedId(page)).toBe('timer__min');
      }
      for (const [i, v] of VOTES[id]!.entries()) await vote(page, i, v);
      let total = VOTES[id]!.reduce((a, v) => a + Number(v || 0), 0);
      if (n === 1) {
        // The room invents its own option, votes on it and notes its arguments; then F5.
        await tabTo(page, '#eigen-optie');
        await page.keyboard.type(OWN);
        await tabTo(page, '#stem-eigen');
        await page.keyboard.type('3');
        total += 3;
        await tabTo(page, '#notities');
        await page.keyboard.type(NOTES);
        await page.reload();
        await page.locator('.dilemma-scherm--stemmen').waitFor();
        expect(await text(page, '#dilemma__kop')).toBe(`${d.title}: wat kiest u?`);
        expect(await page.locator('#eigen-optie').inputValue()).toBe(OWN);
        expect(await page.locator('#stem-eigen').inputValue()).toBe('3');
        expect(await page.locator('#notities').inputValue()).toBe(NOTES);
        for (const [i, v] of VOTES[id]!.entries()) expect(await page.locator(`#stem-${i}`).inputValue()).toBe(v);
      }
      expect(await text(page, '#stemmen__totaal')).toBe(`Totaal: ${total} stemmen`);
      if (n === 0) {
        // Enter in a vote box reveals.
        await page.keyboard.press('Enter');
      } else {
        await tabTo(page, '#dilemma__onthul');
        await page.keyboard.press('Enter');
      }

      // The reveal: per option its votes, share and effects in words with a symbol.
      await page.locator('.dilemma-scherm--onthulling').waitFor();
      await check(`${id}: onthulling`);
      const cards = page.locator('.dilemma-uitkomst');
      expect(await cards.count()).toBe(options.length + (n === 1 ? 1 : 0));
      for (const [i, v] of VOTES[id]!.entries()) {
        const votes = await text(page, `.dilemma-uitkomst:nth-child(${i + 1}) .dilemma-uitkomst__stemmen`);
        expect(votes.startsWith(`${Number(v || 0)} stem`)).toBe(true);
        expect(votes).toContain(SHARES[id]![i]!);
      }
      if (n === 1) expect(await text(page, '.dilemma-uitkomst--eigen .dilemma-uitkomst__optie')).toContain(OWN);
      // Plain words, no internal names, no source lines in sight; one colour for every option.
      const effects = await page.locator('.dilemma-gevolg').allTextContents();
      expect(effects.length).toBeGreaterThan(0);
      for (const e of effects) expect(e).not.toMatch(/_|‘|\d{3}:L\d/);
      const colours = await page
        .locator('.dilemma-gevolg, .dilemma-uitkomst')
        .evaluateAll(
          (els) =>
            new Set(els.map((el) => `${getComputedStyle(el).color}/${getComputedStyle(el).borderTopColor}`)).size,
        );
      expect(colours).toBeLessThanOrEqual(2);
      expect(await page.locator('#dilemma__bronnen .source').first().isVisible()).toBe(false);
      expect(await text(page, '#sector__kop')).toBe('Hoe de sector koos');
      await tabTo(page, '#dilemma__volgende');
      expect(await text(page, '#dilemma__volgende')).toBe(n === 2 ? 'Naar de samenvatting' : 'Volgend dilemma');
      await page.keyboard.press('Enter');
    }

    // The closing summary shows what was typed in.
    await page.locator('.dilemma-scherm--samenvatting').waitFor();
    expect(await text(page, '#dilemma__kop')).toBe('Samenvatting van de sessie');
    await check('samenvatting');
    const tables = page.locator('.dilemma-tabel');
    expect(await tables.count()).toBe(3);
    for (const [n, id] of ORDER.entries()) {
      expect(await text(page, `#samenvatting-${n}`)).toBe(`${n + 1}. ${def(id).title}`);
      const rows = await tables
        .nth(n)
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent?.trim() ?? '')));
      const votes = VOTES[id]!.map((v) => v || '0');
      const total = votes.reduce((a, v) => a + Number(v), 0);
      const most = Math.max(...votes.map(Number));
      expect(rows.slice(0, votes.length).map((r) => r.slice(0, 3))).toEqual(
        optionsOf(id).map((o, i) => [
          `${String.fromCharCode(65 + i)}. ${o}${Number(votes[i]) === most ? ' (meeste stemmen)' : ''}`,
          votes[i],
          SHARES[id]![i],
        ]),
      );
      // What each option did is in the summary too.
      for (const r of rows.slice(0, votes.length)) expect(r[3]!.length).toBeGreaterThan(5);
      if (n === 1) {
        expect(rows).toHaveLength(votes.length + 1);
        expect(rows.at(-1)!.slice(0, 3)).toEqual([`C. Eigen optie van de zaal: ${OWN}`, '3', '15%']);
      }
      const extra = n === 1 ? 3 : 0;
      expect(await tables.nth(n).locator('tfoot').textContent()).toContain(String(total + extra));
    }
    expect(await text(page, '.dilemma-samenvatting__notitietekst')).toBe(NOTES);

    // Printing leaves out the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#samenvatting__afdrukken').isVisible()).toBe(false);
    expect(await tables.first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    expect(Object.fromEntries(Object.entries(found).filter(([, list]) => list.length))).toEqual({});
    expect(Object.keys(found)).toHaveLength(11);
    expect(errors).toEqual([]);
  });

  it('a ready-made set starts in its own order', async () => {
    const { page, errors } = await openPage(h);
    await tabTo(page, '#titel__dilemma');
    await page.keyboard.press('Enter');
    const set = bundle.dilemmas.sets[0]!;
    await tabTo(page, `#set-${set.id}`);
    await page.keyboard.press('Enter');
    await page.locator('.dilemma-scherm--situatie').waitFor();
    expect(await focusedId(page)).toBe('dilemma__kop');
    expect(await text(page, '#dilemma__kop')).toBe(def(set.dilemmas[0]!).title);
    expect(await text(page, '.dilemma-kop__voortgang')).toBe(`Dilemma 1 van ${set.dilemmas.length}`);
    // Stopping early summarises what was reached, then back to the title screen.
    await tabTo(page, '#dilemma__stoppen');
    await page.keyboard.press('Enter');
    await page.locator('.dilemma-scherm--samenvatting').waitFor();
    expect(await page.locator('.dilemma-tabel').count()).toBe(1);
    await tabTo(page, '.dilemma-scherm--samenvatting .btn--ghost');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    expect(errors).toEqual([]);
  });

  it('an own set is saved, found again after a reload, and at 390 px the options stay readable', async () => {
    const { page, errors } = await openPage(h, { width: 390, height: 844 });
    await page.locator('#titel__dilemma').click();
    for (const id of PICKED) await page.locator(`#kies-${id}`).check();
    await page.locator('#set__naam').fill('Nachtploeg');
    await page.locator('#set__bewaar').click();
    expect(await text(page, '.dilemma-eigen-sets__status')).toContain('Bewaard als Nachtploeg');
    await page.reload();
    await page.locator('#eigen-set-0').click();
    await page.locator('.dilemma-scherm--situatie').waitFor();
    expect(await text(page, '#dilemma__kop')).toBe(def(PICKED[0]!).title);
    await page.locator('#dilemma__verder').click();
    await page.locator('.dilemma-scherm--stemmen').waitFor();
    // Each option's words get the phone's width, and its vote box sits below them, not beside.
    const boxes = await page.locator('.dilemma-optie').evaluateAll((items) =>
      items.map((li) => {
        const text = li.querySelector('label, .dilemma-eigen__label')!.getBoundingClientRect();
        const input = li.querySelector('.dilemma-optie__stemmen')!.getBoundingClientRect();
        return { width: text.width, below: input.top >= text.bottom - 1 };
      }),
    );
    for (const b of boxes) expect(b).toEqual({ width: expect.any(Number), below: true });
    expect(Math.min(...boxes.map((b) => b.width))).toBeGreaterThan(250);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
