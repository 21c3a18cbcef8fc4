/**
 * Chooses the screen for the game's current state (from the machine's tags) and keeps focus
 * where a keyboard or screen-reader user expects it: on the new screen's heading, or on the
 * first new choice when a conversation moves on.
 */
import { branchPoint, branchText } from '../game/branch';
import type { Game, GameSnapshot } from '../game/game';
import type { PlayerEvent } from '../machines/events';
import type { ScenarioBundle } from '../sim/schema';
import { h } from './dom';
import { borgingScreen, finalScreen, interimScreen } from './screens/closing';
import type { ScreenCtx } from './screens/common';
import { debriefScreen } from './screens/debrief';
import { dialogueScreen } from './screens/dialogue';
import { intakeScreen } from './screens/intake';
import { planScreen } from './screens/plan';
import { agendaScreen, budgetScreen, verdictScreen } from './screens/quarter';
import { reportScreen } from './screens/report';
import { diagnosisScreen, scanScreen } from './screens/scan';
import { teamPanel } from './screens/team';

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

const TEAM_SCREENS = [
  ['intake', 'intake'],
  ['scan', 'scan'],
  ['diagnosis', 'diagnosis'],
  ['plan', 'plan'],
  ['agenda', 'agenda'],
  ['budget', 'budget'],
  ['interim', 'interim'],
  ['borging', 'borging'],
] as const;

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
    dismissal: 'Ontslag',
    earlyEpilogue: 'Epiloog',
    debrief: 'Terugblik',
  };
  return labels[top ?? ''] ?? '';
}

export interface Actions {
  game: Game;
  original: Game;
  team: boolean;
  send(e: PlayerEvent): boolean;
  exit(): void;
  branch(step: number): void;
}

/**
 * Wide tables scroll sideways inside their own labelled region instead of pushing the page wider
 * than a phone (WCAG 1.4.10 reflow); the region is focusable so it scrolls by keyboard too.
 */
function scrollableTables(el: HTMLElement): void {
  for (const table of el.querySelectorAll<HTMLTableElement>('table')) {
    if (table.parentElement?.classList.contains('table-scroll')) continue;
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', table.caption?.textContent ?? 'Tabel');
    table.replaceWith(wrap);
    wrap.appendChild(table);
  }
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
  const el = render ? render(c) : document.createElement('div');
  // A team gets its timer and questions on every decision screen, under the screen's introduction.
  const kind = TEAM_SCREENS.find(([tag]) => !snap.dialogue && snap.machine.hasTag(tag))?.[1];
  if (c.team && kind)
    el.querySelector('.screen__intro, .screen__title')?.after(teamPanel(b, kind, key, ctx.sim.quarter));
  // In a "Wat als?" branch every screen says so, and where the path split.
  if (basis) {
    const split = branchPoint(basis.machine.context.sim.decisions, ctx.sim.decisions);
    el.prepend(
      h(
        'p',
        { class: 'notice notice--info watals', role: 'note' },
        h('strong', {}, 'Wat als? U speelt een ander pad. '),
        split ? branchText(split) : '',
        ' De wereld blijft dezelfde: gebeurtenissen komen op dezelfde momenten, waar uw keuzes dat toelaten.',
      ),
    );
  }
  scrollableTables(el);
  root.replaceChildren(el);
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
