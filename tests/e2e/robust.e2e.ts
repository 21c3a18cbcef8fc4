/**
 * Small things that went wrong for unlucky users: storage that is full, an empty save, session
 * codes with a leading zero or pasted with spaces, the team timer's accessible names, audio that
 * cannot start, and a lazily loaded chunk that is gone after a deploy.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, newContext, openPage, startHarness } from './harness';
import { playUntil } from './player';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const notice = (page: Page) => page.locator('.notice');

describe('saving when storage refuses', () => {
  it('says exactly what is saved, and the notice goes once saving works again', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await playUntil(page, 'mouse', (_id, n) => n >= 4);
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('koers.save.v1')!).events.length as number);
    // The slot is full from now on: the older save stays as it is.
    await page.evaluate(() => {
      const set = Storage.prototype.setItem;
      (window as unknown as { __set: typeof set }).__set = set;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (k === 'koers.save.v1') throw new DOMException('vol', 'QuotaExceededError');
        set.call(this, k, v);
      };
    });
    await playUntil(page, 'mouse', (_id, n) => n >= 2);
    await notice(page).waitFor();
    const text = (await notice(page).textContent()) ?? '';
    expect(text).toContain(`Bewaard is dit spel tot en met stap ${kept} van ${kept + 2}`);
    expect(text).toContain('de laatste 2 stappen staan alleen in dit tabblad');
    expect(text).not.toContain('wordt niet bewaard');
    await page.evaluate(() => {
      Storage.prototype.setItem = (window as unknown as { __set: typeof Storage.prototype.setItem }).__set;
    });
    await playUntil(page, 'mouse', (_id, n) => n >= 1);
    expect(await notice(page).isHidden()).toBe(true);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('koers.save.v1')!).events.length)).toBe(kept + 3);
    expect(errors).toEqual([]);
  });

  it('an empty save is no save: no "Doorgaan"', async () => {
    const { page } = await openPage(h);
    await page.evaluate(() => localStorage.setItem('koers.save.v1', ''));
    await page.reload();
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    expect(await page.getByRole('button', { name: 'Doorgaan' }).count()).toBe(0);
  });
});

describe('session codes', () => {
  it('"012345" stays 012345, and a pasted " 482913 " becomes 482913', async () => {
    const { page, errors } = await openPage(h);
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    await page.getByLabel('Sessiecode (optioneel)').fill('012345');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    expect(await page.locator('.statusbar__code').textContent()).toBe('Sessiecode 012345');
    await page.getByRole('button', { name: 'Opslaan en stoppen' }).click();
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    const field = page.getByLabel('Sessiecode (optioneel)');
    await field.focus();
    await page.keyboard.insertText(' 482913 ');
    expect(await field.inputValue()).toBe('482913');
    await page.getByRole('button', { name: 'Start het spel' }).click();
    // The first game stays saved: the new one takes a slot of its own.
    await page.locator('#scherm-gesprek').waitFor();
    expect(await page.locator('.statusbar__code').textContent()).toBe('Sessiecode 482913');
    expect(errors).toEqual([]);
  });
});

describe('team timer', () => {
  it("the minute buttons' accessible names contain their visible labels (axe)", async () => {
    const { page } = await openPage(h);
    await page.getByRole('button', { name: 'Masterclass, team of sessiecode' }).click();
    await page.getByLabel('Als team rond één scherm (2–6 personen)').check();
    await page.getByRole('button', { name: 'Start het spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    for (let i = 0; i < 40 && !(await page.locator('#team__kop').count()); i++)
      await playUntil(page, 'mouse', (_id, n) => n >= 1);
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: unknown[] }> } })
        .axe;
      const r = await axe.run(document, { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } });
      return r.violations.length;
    });
    expect(await page.getByRole('button', { name: '− 1 min' }).count()).toBe(1);
    expect(found).toBe(0);
  });
});

describe('audio that cannot start', () => {
  it('leaves no unhandled rejection, and the settings say sound is unavailable', async () => {
    const { page, errors } = await openPage(h, undefined, () => {
      AudioContext.prototype.resume = () => Promise.reject(new DOMException('geweigerd', 'NotAllowedError'));
      Object.defineProperty(BaseAudioContext.prototype, 'state', { get: () => 'suspended' });
    });
    await page.getByRole('button', { name: 'Nieuw spel' }).click();
    await page.locator('#scherm-gesprek').waitFor();
    await playUntil(page, 'mouse', (_id, n) => n >= 3);
    await page.getByRole('button', { name: 'Instellingen' }).click();
    await page.locator('#instellingen__geluid').waitFor();
    expect(await page.locator('#instellingen__geluid').textContent()).toContain('Geluid is niet beschikbaar');
    expect(errors).toEqual([]);
  });
});

describe('a deploy under an open tab', () => {
  it('a lazily loaded chunk that 404s reloads the page once, not in a loop', async () => {
    // Without a service worker (it would keep the old build's files for the open tab).
    const context = await newContext(h, { serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(h.url);
    await page.route('**/assets/view-*.js', (route) => route.fulfill({ status: 404, body: 'weg' }));
    let loads = 0;
    page.on('load', () => loads++);
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await page.waitForEvent('load');
    await page.getByRole('heading', { name: 'Koers', level: 1 }).waitFor();
    // Still gone after the reload: a Dutch message, no second reload.
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await page.getByRole('heading', { name: 'Dit onderdeel kon niet worden geladen' }).waitFor();
    await page.waitForTimeout(1500);
    expect(loads).toBe(1);
    // Once the files are there, it opens.
    await page.unroute('**/assets/view-*.js');
    await page.getByRole('button', { name: 'Terug naar het titelscherm' }).click();
    await page.getByRole('button', { name: 'Resultaten vergelijken' }).click();
    await page.getByRole('heading', { name: 'Resultaten vergelijken', level: 2 }).waitFor();
    await context.close();
  });
});
