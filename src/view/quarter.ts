/** View models for the quarter's own screens: agenda, budget, the inspector's verdict. */
import { isAgendaOpen } from '../machines/trajectory';
import { drawHand, handProblem } from '../sim/hand';
import { canBuy } from '../sim/rules';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { face, quarterName, teamPrompt } from './common';
import type { ViewCtx } from './context';
import { characterName, effectLines, nl } from './format';
import type { AgendaModel, BudgetModel, VerdictModel } from './models';
import { closedAs } from './world';

export function agendaView(v: ViewCtx): AgendaModel {
  const { b, sim, ctx } = v;
  const slots = ctx.agendaLeft;
  return {
    kind: 'agenda',
    title: `Agenda — ${quarterName(b, sim.quarter)}`,
    intro:
      slots > 0
        ? `U heeft nog ${slots} ${slots === 1 ? 'plek' : 'plekken'} in uw agenda. Aandacht is schaars: met wie praat u, waar gaat u kijken? Kies op de kaart van de stad of hieronder.`
        : 'Uw agenda zit vol voor dit kwartaal.',
    team: teamPrompt(b, v.team, 'agenda', v.key, sim.quarter),
    slots,
    items: b.agenda.items
      .filter((i) => isAgendaOpen(b, sim, ctx.agendaDone, i.id))
      .map((i) => {
        const where = placeOf(b, sim, i.where);
        return {
          id: i.id,
          title: i.title,
          meta: `${i.kind === 'werkbezoek' ? 'Werkbezoek' : `Gesprek met ${characterName(b, i.who)}`} · ${where.name}`,
          face: face(b, i.who),
          where,
          control: `agenda-${i.id}`,
        };
      }),
  };
}

/** Where an agenda item is found on the map: its own location, or the head office while that one is closed. */
function placeOf(b: ScenarioBundle, sim: SimState, where: string | undefined): { id: string; name: string } {
  const locs = b.scenario.locations;
  const own = locs.find((l) => l.id === where);
  const open = own && !closedAs(b, sim, own);
  const at = (open ? own : (locs.find((l) => l.kind === 'kantoor') ?? locs[0])) as (typeof locs)[number];
  return { id: at.id, name: at.name };
}

export function budgetView(v: ViewCtx): BudgetModel {
  const { b, sim } = v;
  const hand = drawHand(b, sim);
  const cost = (basket: readonly string[]) =>
    basket.reduce((a, id) => a + (hand.find((h) => h.intervention.id === id)?.intervention.cost ?? 0), 0);
  return {
    kind: 'budget',
    title: `Begroting — ${quarterName(b, sim.quarter)}`,
    intro: `Dit kwartaal liggen er ${hand.length} voorstellen op tafel, bij uw thema, uw diagnose en wat al loopt. Wat u nu inzet, werkt vaak pas later door. U mag ook niets kiezen.`,
    team: teamPrompt(b, v.team, 'budget', v.key, sim.quarter),
    items: hand.map(({ card, intervention: iv }) => ({
      id: iv.id,
      title: iv.title,
      summary: iv.summary,
      touches: card.touches,
      cost: iv.cost,
      meta: `${nl(iv.cost)} k€`,
      effects: effectLines(b, iv.effects),
      source: iv.source,
    })),
    underway: b.interventions.interventions
      .filter((iv) => sim.bought[iv.id] !== undefined)
      .map((iv) => ({ title: iv.title, since: `sinds kwartaal ${sim.bought[iv.id]}` })),
    check: (basket) => {
      const spent = cost(basket);
      const blocked: Record<string, string> = {};
      for (const { intervention: iv } of hand) {
        if (basket.includes(iv.id)) continue;
        const c = canBuy(b, sim, iv, basket);
        if (!c.ok) blocked[iv.id] = c.reason;
        else if (spent + iv.cost > sim.budget) blocked[iv.id] = 'past niet meer in het veranderbudget';
      }
      return {
        total: `${nl(spent)} k€ gekozen`,
        left: `${nl(sim.budget - spent)} k€ over van ${nl(sim.budget)} k€`,
        problem: handProblem(b, sim, basket),
        blocked,
      };
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
