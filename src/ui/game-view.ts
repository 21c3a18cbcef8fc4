/**
 * Chooses the screen for the game's current state (from the machine's tags) and keeps focus
 * where a keyboard or screen-reader user expects it: on the new screen's heading, or on the
 * first new choice when a conversation moves on.
 */
import type { Game, GameSnapshot } from '../game/game';
import type { PlayerEvent } from '../machines/events';
import type { ScenarioBundle } from '../sim/schema';
import { borgingScreen, finalScreen, interimScreen } from './screens/closing';
import type { ScreenCtx } from './screens/common';
import { debriefScreen } from './screens/debrief';
import { dialogueScreen } from './screens/dialogue';
import { intakeScreen } from './screens/intake';
import { planScreen } from './screens/plan';
import { agendaScreen, budgetScreen, verdictScreen } from './screens/quarter';
import { reportScreen } from './screens/report';
import { diagnosisScreen, scanScreen } from './screens/scan';

const SCREENS: [tag: string, render: (c: ScreenCtx) => HTMLElement][] = [
  ['intake', intakeScreen],
  ['scan', scanScreen],
  ['diagnosis', diagnosisScreen],
  ['plan', planScreen],
  ['agenda', agendaScreen],
  ['budget', budgetScreen],
  ['verdict', verdictScreen],
  ['report', reportScreen],
  ['interim', interimScreen],
  ['borging', borgingScreen],
  ['final', finalScreen],
  ['debrief', debriefScreen],
];

export function screenKey(snap: GameSnapshot): string {
  const m = snap.machine;
  if (snap.dialogue) return `dialogue:${snap.dialogue.conversation.seq}`;
  const tag = SCREENS.find(([t]) => m.hasTag(t))?.[0] ?? 'unknown';
  return `${tag}:${m.context.sim.quarter}:${m.context.sim.attempts.plan ?? 0}`;
}

export function phaseLabel(snap: GameSnapshot): string {
  const m = snap.machine;
  const q = m.context.sim.quarter;
  const top = typeof m.value === 'string' ? m.value : Object.keys(m.value)[0];
  const labels: Record<string, string> = {
    intro: 'Welkom',
    intake: 'Oriëntatie en intake',
    scan: 'Scan',
    diagnosis: 'Diagnose',
    plan: 'Plan van aanpak',
    quarter: q <= 3 ? `Actieperiode 1 · kwartaal ${q}` : `Actieperiode 2 · kwartaal ${q}`,
    interim: 'Tussenevaluatie',
    borging: 'Borging',
    final: 'Eindevaluatie',
    epilogue: 'Epiloog',
    debrief: 'Terugblik',
  };
  return labels[top ?? ''] ?? '';
}

export interface Actions {
  game: Game;
  send(e: PlayerEvent): boolean;
  exit(): void;
  branch(step: number): void;
}

export function renderScreen(
  root: HTMLElement,
  b: ScenarioBundle,
  snap: GameSnapshot,
  basis: GameSnapshot | null,
  actions: Actions,
  previousKey: string | null,
): string {
  const ctx = snap.machine.context;
  const c: ScreenCtx = { b, snap, ctx, sim: ctx.sim, basis, ...actions };
  const render = snap.dialogue ? dialogueScreen : SCREENS.find(([t]) => snap.machine.hasTag(t))?.[1];
  const key = screenKey(snap);
  root.replaceChildren(render ? render(c) : document.createTextNode(''));
  if (key !== previousKey) {
    root.querySelector<HTMLElement>('.screen__title')?.focus();
    root.scrollTop = 0;
  } else if (snap.dialogue) {
    const next = root.querySelector<HTMLElement>('.btn--choice, #gesprek__verder');
    next?.focus();
    root.querySelector('.line--nieuw')?.scrollIntoView({ block: 'nearest' });
  }
  return key;
}
