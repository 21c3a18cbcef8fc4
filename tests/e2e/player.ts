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

/** Moves focus with Tab until it lands on `selector`; fails if the element cannot be reached. */
export async function tabTo(page: Page, selector: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Met Tab niet bereikbaar: ${selector}`);
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
  return id;
}

/** Plays from the current screen until the debrief (Terugblik), or until `stopAt` returns true. */
export async function playUntil(
  page: Page,
  input: Input,
  stopAt: (screen: string, steps: number) => boolean = () => false,
  max = 800,
) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const id = await screenId(page);
    if (id === 'scherm-terugblik' || stopAt(id, i)) return seen;
    seen.push(await step(page, input));
  }
  throw new Error(`Na ${max} stappen nog niet bij de terugblik; laatste schermen: ${seen.slice(-10).join(', ')}`);
}
