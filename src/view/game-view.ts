/**
 * The one entry point from a game to its screens: (scenario, snapshot, settings) → GameView.
 * Which screen follows from the machine's tags; everything the screen shows is computed here.
 */

import { branchPoint, branchText } from '../game/branch';
import type { GameSnapshot } from '../game/game';
import { lengthOf } from '../sim/lengths';
import type { ScenarioBundle } from '../sim/schema';
import type { Decision } from '../sim/state';
import { type AssignmentInput, assignmentView } from './assignment';
import { borgingView, finalView, interimView } from './closing';
import { periodOneEnd } from './common';
import type { ViewCtx } from './context';
import { debriefView } from './debrief';
import { diagnosisView, intakeView, planView, scanView } from './decisions';
import { dialogueView } from './dialogue';
import { nl, sessionCodeText } from './format';
import type { GameView, ScreenModel } from './models';
import { pressureView } from './pressure';
import { agendaView, budgetView, verdictView } from './quarter';
import { reportView } from './report';
import { worldView } from './world';

export interface ViewInput {
  bundle: ScenarioBundle;
  snap: GameSnapshot;
  seed: number;
  team: boolean;
  /** The team's name as entered at the start ('' for none). */
  teamName?: string;
  viewing: boolean;
  /** In a "wat als" branch: the path it branched from. */
  basis: GameSnapshot | null;
  /** The result code, once the game is over (for the Terugblik) or stopped early. */
  code: string;
  /** Inside a learning platform: the reflection answers written so far (the Terugblik's assignment). */
  assignment?: AssignmentInput;
  /**
   * Show the game as a tussenstand: the Terugblik of the game so far ("Stop nu", or a code read
   * in before its end). A game that reached its Terugblik is never interim.
   */
  interim?: boolean;
}

const SCREENS: [tag: string, view: (v: ViewCtx, input: ViewInput) => ScreenModel][] = [
  ['intake', intakeView],
  ['scan', scanView],
  ['diagnosis', diagnosisView],
  ['plan', planView],
  ['agenda', agendaView],
  ['budget', budgetView],
  ['verdict', verdictView],
  ['report', reportView],
  ['interim', interimView],
  ['borging', borgingView],
  ['final', finalView],
  [
    'debrief',
    (v, i) => {
      const d = debriefView(v, i.basis, i.code);
      return i.assignment ? { ...d, assignment: assignmentView(d.prompts, i.assignment) } : d;
    },
  ],
];

/** One screen instance: a new conversation, or a screen in a new quarter or plan attempt. */
export function screenKey(snap: GameSnapshot): string {
  const m = snap.machine;
  if (snap.dialogue) return `dialogue:${snap.dialogue.conversation.seq}`;
  const tag = SCREENS.find(([t]) => m.hasTag(t))?.[0] ?? 'unknown';
  return `${tag}:${m.context.sim.quarter}:${m.context.sim.attempts.plan ?? 0}`;
}

export function phaseLabel(b: ScenarioBundle, snap: GameSnapshot): string {
  const m = snap.machine;
  const top = typeof m.value === 'string' ? m.value : Object.keys(m.value)[0];
  return phaseName(b, top ?? '', m.context.sim.quarter);
}

/** A phase (the machine's top state) in words; the live control room names other teams' phases with it. */
export function phaseName(b: ScenarioBundle, top: string, q: number): string {
  const labels: Record<string, string> = {
    intro: 'Welkom',
    intake: 'Oriëntatie en intake',
    scan: 'Scan',
    diagnosis: 'Diagnose',
    plan: 'Plan van aanpak',
    quarter: `Actieperiode ${q <= periodOneEnd(b) ? 1 : 2} · kwartaal ${q}`,
    interim: 'Tussenevaluatie',
    borging: 'Borging',
    final: 'Eindevaluatie',
    epilogue: 'Epiloog',
    dismissal: 'Ontslag',
    earlyEpilogue: 'Epiloog',
    debrief: 'Terugblik',
  };
  return labels[top] ?? '';
}

/** Where a game that is not over stands, in words: for the tussenstand and the import. */
export function interimText(b: ScenarioBundle, snap: GameSnapshot): string {
  const q = snap.machine.context.sim.quarter;
  const where = `${phaseLabel(b, snap)}${q > 0 ? ` (van ${b.scenario.quarters} kwartalen)` : ''}`;
  return `Gestopt in: ${where}${snap.dialogue ? ', midden in een gesprek' : ''}. Het spel was nog niet af: dit is de stand van dat moment, en de resultaatcode hoort daarbij.`;
}

export function gameView(input: ViewInput): GameView {
  const { bundle: b, snap } = input;
  const ctx = snap.machine.context;
  const stopped = !!input.interim && !snap.machine.hasTag('debrief');
  const key = stopped ? `tussenstand:${snap.version}` : screenKey(snap);
  const v: ViewCtx = { b, snap, ctx, sim: ctx.sim, team: input.team, key };
  const pick = SCREENS.find(([t]) => snap.machine.hasTag(t))?.[1];
  const debriefSoFar = () => {
    const d = debriefView(v, null, input.code);
    return { ...d, triad: { ...d.triad, endLabel: 'Bij het stoppen' } };
  };
  const screen: ScreenModel = stopped
    ? {
        ...debriefSoFar(),
        title: 'Tussenstand',
        intro:
          'Wat u tot nu toe besloot en wat dat in gang zette. De resultaatcode onder "Bewaren en delen" is die van dit moment.',
      }
    : snap.dialogue
      ? dialogueView(b, snap.dialogue, input.team, key)
      : pick
        ? pick(v, input)
        : { kind: 'none', title: '', intro: null, team: null };
  return {
    version: snap.version,
    key,
    status: {
      title: b.scenario.title,
      phase: phaseLabel(b, snap),
      // A shorter length is named, so a team and its facilitator see which game this is.
      code: [
        `Sessiecode ${sessionCodeText(input.seed)}`,
        input.teamName || (input.team ? 'team' : ''),
        b.length ? lengthOf(b).label : '',
      ]
        .filter(Boolean)
        .join(' · '),
      budget: `Veranderbudget ${nl(ctx.sim.budget)} k€`,
    },
    pressure: snap.machine.hasTag('debrief') ? [] : pressureView(b, ctx.sim),
    screen,
    world: worldView(b, snap, screen.kind === 'agenda' && !input.viewing && !stopped ? screen : null),
    viewing: input.viewing,
    interim: stopped ? interimText(b, snap) : null,
    team: input.team,
    branch: input.basis ? branchLine(input.basis.machine.context.sim.decisions, ctx.sim.decisions) : null,
  };
}

/** The banner's words: where the branch split, and what stays the same. */
function branchLine(original: readonly Decision[], path: readonly Decision[]): string {
  const split = branchPoint(original, path);
  return `${split ? `${branchText(split)} ` : ''}De wereld blijft dezelfde: gebeurtenissen komen op dezelfde momenten, waar uw keuzes dat toelaten.`;
}
