/**
 * The quarter's hand: the few interventions on the table this quarter, drawn from the scenario's
 * deck (hand.yaml) by the state, the diagnosis, the theme and earlier choices. Only what may be
 * bought now is drawn; cards whose `always` holds come first, then what fits the change budget, then
 * the rest; within each tier a weighted race on the card's own stream decides (-ln u / weight, the
 * earliest wins, as in the event draw). So the hand is a pure function of bundle and state: the
 * budget screen, its guard, the strategies and a replay all see the same cards.
 */
import { test } from './model';
import { streamValue } from './rng';
import { basketProblem, canBuy } from './rules';
import { scenarioIndex } from './scenario-index';
import type { HandCardDef, InterventionDef, ScenarioBundle } from './schema';
import type { SimState } from './state';

export interface HandCard {
  card: HandCardDef;
  intervention: InterventionDef;
}

/** The card's weight now: its own plus every favour whose condition holds. */
export function cardWeight(b: ScenarioBundle, s: SimState, card: HandCardDef): number {
  return card.favour.reduce((w, f) => (test(b, s, f.if) ? w + f.weight : w), card.weight);
}

/** The cards that may come up now: the intervention may be bought and the card's own condition holds. */
export function openCards(b: ScenarioBundle, s: SimState): HandCard[] {
  const out: HandCard[] = [];
  for (const card of b.hand.cards) {
    const intervention = scenarioIndex(b).find('intervention', card.intervention);
    if (!intervention || !canBuy(b, s, intervention, []).ok) continue;
    if (card.when && !test(b, s, card.when)) continue;
    out.push({ card, intervention });
  }
  return out;
}

/**
 * The hand is asked for several times per state (the budget screen or a scripted player, then the
 * machine's guard): drawn once per state object and bundle. States are never changed in place, so
 * a state's hand cannot go stale, and the memo goes with the state.
 */
const drawn = new WeakMap<SimState, { b: ScenarioBundle; hand: readonly HandCard[] }>();

/** This quarter's hand, at most `size` cards in the order they are shown. */
export function drawHand(b: ScenarioBundle, s: SimState): readonly HandCard[] {
  const known = drawn.get(s);
  if (known?.b === b) return known.hand;
  const hand = Object.freeze(rankHand(b, s));
  drawn.set(s, { b, hand });
  return hand;
}

function rankHand(b: ScenarioBundle, s: SimState): HandCard[] {
  const ranked = openCards(b, s).map((h) => {
    const tier = h.card.always && test(b, s, h.card.always) ? 0 : h.intervention.cost <= s.budget ? 1 : 2;
    const u = streamValue(s.rng, `hand:${h.card.intervention}`, s.quarter);
    return { h, tier, at: -Math.log(1 - u) / cardWeight(b, s, h.card) };
  });
  ranked.sort((x, y) => x.tier - y.tier || x.at - y.at || x.h.card.intervention.localeCompare(y.h.card.intervention));
  return ranked.slice(0, b.hand.size).map((r) => r.h);
}

/** The ids in this quarter's hand: what a budget decision may buy. */
export const handIds = (b: ScenarioBundle, s: SimState): string[] => drawHand(b, s).map((h) => h.intervention.id);

/** What is wrong with buying `ids` now (as basketProblem), including a card that is not in the hand. */
export function handProblem(
  b: ScenarioBundle,
  s: SimState,
  ids: readonly string[],
  hand = handIds(b, s),
): string | null {
  const off = ids.find((id) => !hand.includes(id));
  if (off !== undefined) {
    const title = scenarioIndex(b).find('intervention', off)?.title ?? off;
    return `"${title}" ligt dit kwartaal niet op tafel`;
  }
  return basketProblem(b, s, ids);
}
