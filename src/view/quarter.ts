/** View models for the quarter's own screens: agenda, budget, the inspector's verdict. */
import { isAgendaOpen } from '../machines/trajectory';
import { basketProblem, canBuy } from '../sim/rules';
import { face, quarterName, teamPrompt } from './common';
import type { ViewCtx } from './context';
import { characterName, effectLines, nl } from './format';
import type { AgendaModel, BudgetModel, VerdictModel } from './models';

export function agendaView(v: ViewCtx): AgendaModel {
  const { b, sim, ctx } = v;
  const slots = ctx.agendaLeft;
  return {
    kind: 'agenda',
    title: `Agenda — ${quarterName(b, sim.quarter)}`,
    intro:
      slots > 0
        ? `U heeft nog ${slots} ${slots === 1 ? 'plek' : 'plekken'} in uw agenda. Aandacht is schaars: met wie praat u, waar gaat u kijken?`
        : 'Uw agenda zit vol voor dit kwartaal.',
    team: teamPrompt(b, v.team, 'agenda', v.key, sim.quarter),
    slots,
    items: b.agenda.items
      .filter((i) => isAgendaOpen(b, sim, ctx.agendaDone, i.id))
      .map((i) => ({
        id: i.id,
        title: i.title,
        meta: i.kind === 'werkbezoek' ? 'Werkbezoek' : `Gesprek met ${characterName(b, i.who)}`,
        face: face(b, i.who),
      })),
  };
}

export function budgetView(v: ViewCtx): BudgetModel {
  const { b, sim } = v;
  const all = b.interventions.interventions;
  return {
    kind: 'budget',
    title: `Begroting — ${quarterName(b, sim.quarter)}`,
    intro: `Veranderbudget: ${nl(sim.budget)} k€. Wat u nu inzet, werkt vaak pas later door. U mag ook niets kopen.`,
    team: teamPrompt(b, v.team, 'budget', v.key, sim.quarter),
    items: all.map((iv) => {
      const check = canBuy(b, sim, iv, []);
      return {
        id: iv.id,
        title: iv.title,
        summary: iv.summary,
        cost: iv.cost,
        meta: `${nl(iv.cost)} k€`,
        ...(check.ok ? {} : { why: check.reason }),
        effects: effectLines(b, iv.effects),
        source: iv.source,
      };
    }),
    check: (basket) => {
      const cost = basket.reduce((a, id) => a + (all.find((i) => i.id === id)?.cost ?? 0), 0);
      return { total: `${nl(cost)} k€ gekozen van ${nl(sim.budget)} k€`, problem: basketProblem(b, sim, basket) };
    },
  };
}

export function verdictView(v: ViewCtx): VerdictModel {
  const { b, sim } = v;
  const rec = sim.inspections[sim.inspections.length - 1];
  const ladder = [...b.scenario.ladder].sort((x, y) => x.level - y.level);
  const step = ladder.find((l) => l.level === rec?.level);
  const visit = b.inspection.visits.find((x) => x.id === rec?.visit);
  const inspector = characterName(b, b.inspection.inspector);
  return {
    kind: 'verdict',
    title: `Oordeel van de inspectie: ${step?.label ?? ''}`,
    intro: `${visit?.title ?? ''}. ${inspector} bespreekt wat ze zag, wat ze ervan vindt en hoe het verder moet.`,
    team: null,
    inspector: face(b, b.inspection.inspector),
    ladder: ladder.map((l) => ({ label: l.label, current: l.level === rec?.level })),
    consequence: step?.consequence ?? '',
    reasons: rec?.reasons ?? [],
    source: visit?.source ?? '',
  };
}
