/**
 * A game made in Node and opened in the browser where a test needs it, instead of playing there
 * from the title screen: its save (src/game/save.ts) is in localStorage before the page loads, and
 * "Doorgaan" resumes it. Playing itself is proven in the browser by layout.e2e.ts (a whole game by
 * mouse) and length.e2e.ts (by keyboard alone); a test that only needs to be somewhere starts here.
 */

import type { Page } from 'playwright-core';
import { createGame, type Game } from '../../src/game/game';
import { toSave } from '../../src/game/save';
import { RANDOM, rand } from '../../src/game/strategies';
import { bundle } from '../unit/scenario';
import { type Harness, openPage, type TrackedPage } from './harness';

/**
 * A random player's game on `seed`, played until `stop` says so (it sees the game before each
 * move) or to the Terugblik.
 */
export function gameUntil(seed: number, stop: (game: Game) => boolean = () => false, length?: string): Game {
  const game = createGame({ bundle, seed, ...(length ? { length } : {}) });
  const r = rand(seed);
  while (!game.snapshot().machine.hasTag('debrief') && !stop(game)) {
    const e = RANDOM(game, r);
    if (!game.send(e)) throw new Error(`zet geweigerd: ${JSON.stringify(e)}`);
  }
  return game;
}

/** Whether the game shows the screen of `tag` (a tag of the trajectory machine: 'budget', 'report', …), no conversation over it. */
export const at = (tag: string) => (game: Game) => {
  const snap = game.snapshot();
  return snap.machine.hasTag(tag) && !snap.dialogue;
};

/** What the game bought at each budget decision, in order (intervention ids). */
export function budgets(game: Game): string[][] {
  return game.log.flatMap((e) => (e.type === 'budget.submit' ? [[...e.buy]] : []));
}

/** The budget screen's enabled boxes for interventions not in `bought`: a choice that makes another path. */
export const unbought = (bought: readonly string[]) =>
  `#begroting input[name="maatregel"]:not(:disabled)${bought.map((id) => `:not([value="${id}"])`).join('')}`;

/**
 * Opens a page with `game` as the saved game and resumes it. The save goes in only while the slot
 * is empty, so after a reload the page finds what it saved itself.
 */
export async function openSaved(
  h: Harness,
  game: Game,
  size?: { width: number; height: number },
): Promise<TrackedPage> {
  const tracked = await openPage(
    h,
    size,
    (save) => {
      try {
        if (!localStorage.getItem('koers.save.v1')) localStorage.setItem('koers.save.v1', save);
      } catch {
        // about:blank has no storage; the game's own page does.
      }
    },
    JSON.stringify(toSave(game)),
  );
  await tracked.page.getByRole('button', { name: 'Doorgaan' }).click();
  await tracked.page.locator('#paneel .screen').waitFor();
  return tracked;
}

/** Puts `game` in the slot of an open page and resumes it after a reload. */
export async function resumeSaved(page: Page, game: Game): Promise<void> {
  await page.evaluate((save) => localStorage.setItem('koers.save.v1', save), JSON.stringify(toSave(game)));
  await page.reload();
  await page.getByRole('button', { name: 'Doorgaan' }).click();
  await page.locator('#paneel .screen').waitFor();
}
