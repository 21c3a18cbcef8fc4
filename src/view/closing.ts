/** View models for the end of the trajectory: interim review, borging, the final evaluation. */
import { evaluateGoals, triad } from '../sim/rules';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { teamPrompt } from './common';
import type { ViewCtx } from './context';
import { effectLines } from './format';
import type { BorgingModel, FinalModel, GoalRow, InterimModel } from './models';

export function goalRows(b: ScenarioBundle, sim: SimState): GoalRow[] {
  return evaluateGoals(b, sim).map((g) => {
    const id = b.plan.goals.find((x) => x.id === g.id)?.indicator;
    const decimals = b.scenario.indicators.find((i) => i.id === id)?.decimals ?? 0;
    const f = (v: number) =>
      v.toLocaleString('nl-NL', { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
    return { title: g.title, level: g.level, start: f(g.start), target: f(g.target), end: f(g.end), result: g.result };
  });
}

export function interimView(v: ViewCtx): InterimModel {
  const { b, sim } = v;
  return {
    kind: 'interim',
    title: 'Tussenevaluatie',
    intro: 'Halverwege: hoe staan uw eigen doelen ervoor?',
    team: teamPrompt(b, v.team, 'interim', v.key, sim.quarter),
    goals: goalRows(b, sim),
    lower: (sim.plan?.goals ?? []).map((g) => {
      const t = b.plan.goals.find((x) => x.id === g.id);
      const lowest = t?.levels[0]?.id === g.level;
      return {
        id: g.id,
        title: `${t?.title ?? g.id}: ambitie een stap lager`,
        ...(lowest ? { why: 'al op het laagste niveau' } : {}),
      };
    }),
    effects: effectLines(b, b.plan.interim.adjustEffects),
  };
}

export function borgingView(v: ViewCtx): BorgingModel {
  const { b } = v;
  const p = b.plan;
  return {
    kind: 'borging',
    title: 'Borging',
    intro: 'Het traject loopt af. Wat u niet vastlegt, zakt terug zodra de aandacht verslapt.',
    team: teamPrompt(b, v.team, 'borging', v.key, v.sim.quarter),
    max: p.maxBorging,
    measures: p.borging.map((m) => ({
      id: m.id,
      title: m.title,
      summary: m.summary,
      effects: effectLines(b, m.effects),
      source: m.source,
    })),
  };
}

export const ladderLabel = (b: ScenarioBundle, level: number) =>
  b.scenario.ladder.find((l) => l.level === level)?.label ?? String(level);

export function finalView(v: ViewCtx): FinalModel {
  const { b, sim } = v;
  return {
    kind: 'final',
    title: 'Eindevaluatie',
    intro: 'Het traject is klaar. Zo verhouden de resultaten zich tot uw eigen doelen en tot de drie soorten waarde.',
    team: null,
    goals: goalRows(b, sim),
    triad: triad(b, sim.values),
    inspections: sim.inspections.map((r) => `Kwartaal ${r.quarter}: ${ladderLabel(b, r.level)}`),
  };
}
