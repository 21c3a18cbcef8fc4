/**
 * Plays the game in the browser the way a new player would: reads which screen is shown and
 * makes a plain, valid choice on it. `mouse` clicks; `keyboard` only ever presses Tab, Space
 * and Enter, so every step also proves the screen is usable without a mouse.
 */
import type { Page } from 'playwright-core';

export type Input = 'mouse' | 'keyboard';

export async function screenId(page: Page): Promise<string> {
  return page.evaluate(
    () => document.querySelector('#paneel .screen')?.id ?? `route-${document.getElementById('ui')?.dataset.route}`,
  );
}

/**
 * Moves focus with Tab until it lands on `selector`; fails if the element cannot be reached.
 * Focus only ever moves by real Tab presses. To spare a round trip to the page after every key,
 * the page guesses how many presses it takes (its tab stops in document order), and while the
 * target has focus it swallows further Tabs, so a guess that is too high does no harm; after one
 * that is too low, it goes on key by key.
 */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  let guess = await page.evaluate(guardAndGuess, selector);
  for (let pressed = 0; pressed < max; guess = 1) {
    for (; guess > 0 && pressed < max; guess--, pressed++) await page.keyboard.press('Tab');
    if (await page.evaluate(reached, selector)) return;
  }
  await page.evaluate(reached, null);
  throw new Error(`Met Tab niet bereikbaar: ${selector}`);
}

type GuardedWindow = Window & { __tabGuard?: (e: KeyboardEvent) => void };

/**
 * In the page: holds back Tab while `selector` has focus; returns the presses it should take to
 * get there. (No named helpers inside: the name helper a transpiler adds does not exist there.)
 */
function guardAndGuess(selector: string): number {
  const w = window as GuardedWindow;
  if (w.__tabGuard) window.removeEventListener('keydown', w.__tabGuard, true);
  w.__tabGuard = (e) => {
    if (e.key === 'Tab' && document.activeElement?.matches(selector)) {
      e.preventDefault();
      e.stopImmediatePropagation();
    }
  };
  window.addEventListener('keydown', w.__tabGuard, true);
  const active = document.activeElement;
  if (active?.matches(selector)) return 0;
  const seenGroups = new Set<string>();
  const stops = [
    ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
  ].filter((el) => {
    if (el.tabIndex < 0 || el.matches(':disabled') || el.closest('[inert]')) return false;
    if (!el.getClientRects().length || getComputedStyle(el).visibility === 'hidden') return false;
    // A radio group is one stop: its ticked box, or its first one when none is ticked.
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (document.querySelector(`input[type="radio"][name="${el.name}"]:checked`)) return el.checked;
      if (seenGroups.has(el.name)) return false;
      seenGroups.add(el.name);
    }
    return true;
  });
  const ahead = stops.filter(
    (el) => !active || !!(active.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING),
  );
  const at = ahead.findIndex((el) => el.matches(selector));
  return at < 0 ? 1 : at + 1;
}

/** In the page: whether `selector` has focus; if so (or with `null`), stops holding back Tab. */
function reached(selector: string | null): boolean {
  const done = selector === null || !!document.activeElement?.matches(selector);
  const w = window as GuardedWindow;
  if (done && w.__tabGuard) {
    window.removeEventListener('keydown', w.__tabGuard, true);
    delete w.__tabGuard;
  }
  return done;
}

async function activate(page: Page, input: Input, selector: string, key: 'Enter' | 'Space' = 'Enter') {
  if (input === 'mouse') await page.click(selector);
  else {
    await tabTo(page, selector);
    await page.keyboard.press(key);
  }
}

/** Ticks the first enabled box of each named group (radio or checkbox) that has nothing ticked. */
async function tickFirst(page: Page, input: Input, names: string[]) {
  for (const name of names) {
    const sel = `input[name="${name}"]:not(:disabled)`;
    if (await page.locator(`input[name="${name}"]:checked`).count()) continue;
    if (!(await page.locator(sel).count())) continue;
    if (input === 'mouse') await page.locator(sel).first().click();
    else {
      // Tab reaches a group at its first enabled box; Space ticks it.
      await tabTo(page, sel);
      await page.keyboard.press('Space');
    }
  }
}

async function submit(page: Page, input: Input, formId: string) {
  await activate(page, input, `#${formId} button[type="submit"]`);
}

/** One move on the current screen. Returns the screen it acted on. */
export async function step(page: Page, input: Input): Promise<string> {
  const id = await screenId(page);
  switch (id) {
    case 'scherm-gesprek': {
      if (await page.locator('#gesprek__verder').count()) await activate(page, input, '#gesprek__verder');
      else await activate(page, input, '.btn--choice');
      break;
    }
    case 'scherm-intake':
      await tickFirst(page, input, ['commitment', 'leader']);
      await submit(page, input, 'intake');
      break;
    case 'scherm-scan': {
      const open = page.locator('#scherm-scan .card button:not(:disabled)');
      if ((await open.count()) && (await page.locator('#scherm-scan .card--klaar').count()) < 3)
        await activate(page, input, '#scherm-scan .card button:not(:disabled)');
      else await activate(page, input, '#scan__afronden');
      break;
    }
    case 'scherm-diagnose':
      await tickFirst(page, input, ['probleem', 'thema']);
      await submit(page, input, 'diagnose');
      break;
    case 'scherm-plan':
      await tickFirst(page, input, ['doel', 'coach', 'stijl']);
      await submit(page, input, 'plan');
      break;
    case 'scherm-agenda': {
      const open = '#scherm-agenda .card button:not(:disabled)';
      if (
        (await page.locator(open).count()) &&
        !(await page.evaluate(() => document.body.dataset.agendaVisited === 'ja'))
      ) {
        await page.evaluate(() => {
          document.body.dataset.agendaVisited = 'ja';
        });
        await activate(page, input, open);
      } else {
        await page.evaluate(() => {
          delete document.body.dataset.agendaVisited;
        });
        await activate(page, input, '#agenda__verder');
      }
      break;
    }
    case 'scherm-begroting':
      await tickFirst(page, input, ['maatregel']);
      await submit(page, input, 'begroting');
      break;
    case 'scherm-oordeel':
      await activate(page, input, '#scherm-oordeel > .btn--primary');
      break;
    case 'scherm-rapportage':
      await activate(page, input, '#rapportage__verder');
      break;
    case 'scherm-tussenevaluatie':
      await submit(page, input, 'tussenevaluatie');
      break;
    case 'scherm-borging':
      await tickFirst(page, input, ['borging']);
      await submit(page, input, 'borging');
      break;
    case 'scherm-eindevaluatie':
      await activate(page, input, '#scherm-eindevaluatie > .btn--primary');
      break;
    default:
      throw new Error(`Onbekend scherm: ${id}`);
  }
  // In team play a decision waits for the team to confirm it.
  if (await page.locator('#team__bevestig[open]').count()) await activate(page, input, '#team__ja');
  return id;
}

/** Plays from the current screen until the debrief (Terugblik), or until `stopAt` returns true. */
export async function playUntil(
  page: Page,
  input: Input,
  stopAt: (screen: string, steps: number) => boolean | Promise<boolean> = () => false,
  max = 800,
) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const id = await screenId(page);
    if (id === 'scherm-terugblik' || (await stopAt(id, i))) return seen;
    seen.push(await step(page, input));
  }
  throw new Error(`Na ${max} stappen nog niet bij de terugblik; laatste schermen: ${seen.slice(-10).join(', ')}`);
}
