/**
 * Renders the game's view model into the panel with lit-html, which updates the DOM in place:
 * ticked boxes, typed votes and focus survive every store change that does not change them.
 * Focus goes where a keyboard or screen-reader user expects it: to the new screen's heading, or
 * to the first new choice when a conversation moves on. Loaded lazily with the scenario.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import { keyed } from 'lit-html/directives/keyed.js';
import type { GameView, PlayerEvent, ScreenModel } from '../view';
import { versionOf } from './gesture';
import { borgingScreen, finalScreen, interimScreen } from './screens/closing';
import type { ExportKind, ScreenCtx } from './screens/common';
import { debriefScreen } from './screens/debrief';
import { dialogueScreen } from './screens/dialogue';
import { intakeScreen } from './screens/intake';
import { planScreen } from './screens/plan';
import { agendaScreen, budgetScreen, verdictScreen } from './screens/quarter';
import { reportScreen } from './screens/report';
import { diagnosisScreen, scanScreen } from './screens/scan';
import { teamSend } from './screens/team';

export interface Actions {
  send(event: PlayerEvent, version: number): boolean;
  exit(): void;
  branch(step: number): void;
  exportText(kind: ExportKind): string;
  reflect(answers: readonly string[], submit: boolean): boolean;
  /** Back from the tussenstand to playing. */
  resume(): void;
}

function template(c: ScreenCtx, s: ScreenModel): TemplateResult | typeof nothing {
  switch (s.kind) {
    case 'intake':
      return intakeScreen(c, s);
    case 'scan':
      return scanScreen(c, s);
    case 'diagnosis':
      return diagnosisScreen(c, s);
    case 'plan':
      return planScreen(c, s);
    case 'agenda':
      return agendaScreen(c, s);
    case 'budget':
      return budgetScreen(c, s);
    case 'verdict':
      return verdictScreen(c, s);
    case 'report':
      return reportScreen(c, s);
    case 'interim':
      return interimScreen(c, s);
    case 'borging':
      return borgingScreen(c, s);
    case 'final':
      return finalScreen(c, s);
    case 'dialogue':
      return dialogueScreen(c, s);
    case 'debrief':
      return debriefScreen(c, s);
    case 'none':
      return nothing;
  }
}

/** Draws game views into one element; remembers what a screen instance's form holds meanwhile. */
export function gameRenderer(root: HTMLElement, actions: Actions) {
  let drawn: { key: string; version: number } | null = null;
  let local: ScreenCtx['local'] = { error: null, basket: [] };
  let last: GameView | null = null;

  const draw = (view: GameView) => {
    last = view;
    const key = view.key;
    if (drawn?.key !== key) local = { error: null, basket: [] };
    const c: ScreenCtx = {
      view,
      send: (event, e) => {
        const version = versionOf(e, view.version);
        teamSend(view.screen.team, root, event, (ev) => void actions.send(ev, version));
      },
      exit: actions.exit,
      branch: actions.branch,
      exportText: actions.exportText,
      reflect: actions.reflect,
      local,
      // Only the screen instance that asked may change its form state.
      setLocal: (patch) => {
        if (last?.key !== key) return;
        local = { ...local, ...patch };
        draw(last);
      },
    };
    // A new screen instance gets new controls: nothing ticked carries over from the last one.
    // In a "Wat als?" branch every screen says so, and where the path split.
    const banner = view.branch
      ? html`<p class="notice notice--info watals" role="note"><strong>Wat als? U speelt een ander pad.</strong> ${view.branch}</p>`
      : nothing;
    // A tussenstand says so on top, and the player (not someone reading it in) can play on.
    const interim = view.interim
      ? html`<div class="notice notice--info tussenstand" role="note" id="tussenstand">
          <p><strong>Tussenstand.</strong> ${view.interim}</p>
          ${
            view.viewing
              ? nothing
              : html`<button type="button" class="btn" id="tussenstand__verder" @click=${() => actions.resume()}>Verder spelen</button>`
          }
        </div>`
      : nothing;
    render(keyed(key, html`${banner}${interim}${template(c, view.screen)}`), root);
    const previous = drawn;
    drawn = { key, version: view.version };
    if (previous?.key !== key) {
      root.querySelector<HTMLElement>('.screen__title')?.focus();
      root.scrollTop = 0;
    } else if (view.screen.kind === 'dialogue' && previous.version !== view.version) {
      root.querySelector<HTMLElement>('.btn--choice, #gesprek__verder')?.focus();
      root.querySelector('.line--nieuw')?.scrollIntoView({ block: 'nearest' });
    }
  };
  return {
    draw,
    /** Forgets the screen, so the next game's first screen counts as new. */
    clear() {
      drawn = null;
      last = null;
      render(html``, root);
    },
  };
}
