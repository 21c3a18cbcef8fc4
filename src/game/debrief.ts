/**
 * What the Terugblik shows, computed from the model: what each decision set in motion and when
 * it showed, which causes mattered most, the evidence behind them, and the reflection questions
 * that fit this particular game.
 */
import { test } from '../sim/model';
import type { ScenarioBundle } from '../sim/schema';
import type { Decision, SimState } from '../sim/state';
import { baseCause, causeLabel } from './causes';

export interface Consequence {
  target: string;
  delta: number;
  from: number;
  to: number;
}

/** How big a change is relative to its scale, so verzuim and reserves can be compared. */
function weight(b: ScenarioBundle, target: string, delta: number): number {
  if (target.startsWith('trust.')) return Math.abs(delta) / 100;
  if (target === 'budget') return 0;
  const ind = b.scenario.indicators.find((i) => i.id === target);
  return ind ? Math.abs(delta) / (ind.max - ind.min || 1) : 0;
}

/** Everything a cause changed, per target: total, and the quarters in which it showed. */
export function consequences(b: ScenarioBundle, s: SimState, cause: string): Consequence[] {
  const byTarget = new Map<string, Consequence>();
  for (const e of s.ledger) {
    if (e.cause !== cause) continue;
    const c = byTarget.get(e.target);
    if (c)
      byTarget.set(e.target, {
        ...c,
        delta: c.delta + e.delta,
        from: Math.min(c.from, e.quarter),
        to: Math.max(c.to, e.quarter),
      });
    else byTarget.set(e.target, { target: e.target, delta: e.delta, from: e.quarter, to: e.quarter });
  }
  return [...byTarget.values()]
    .filter((c) => weight(b, c.target, c.delta) > 0.002)
    .sort((x, y) => weight(b, y.target, y.delta) - weight(b, x.target, x.delta));
}

export interface RecapItem {
  index: number;
  decision: Decision;
  consequences: Consequence[];
}

/**
 * Every decision with what it set in motion itself. Putting a conversation on the agenda and
 * answering in it read as one line: the agenda line goes when it set nothing in motion of its own.
 */
export function recap(b: ScenarioBundle, s: SimState): RecapItem[] {
  const items = s.decisions.map((decision, index) => ({
    index,
    decision,
    consequences: decision.cause ? consequences(b, s, decision.cause).slice(0, 4) : [],
  }));
  const sameConversation = (x: Decision, y: Decision | undefined) =>
    !!y && !!x.cause && !!y.cause && x.quarter === y.quarter && baseCause(x.cause) === baseCause(y.cause);
  return items.filter((it) => it.consequences.length || !sameConversation(it.decision, s.decisions[it.index + 1]));
}

/** The causes that moved the organisation most over the whole game (a conversation counts as one). */
export function topCauses(b: ScenarioBundle, s: SimState, n = 6): { cause: string; label: string; impact: number }[] {
  const impact = new Map<string, number>();
  for (const e of s.ledger) {
    const cause = baseCause(e.cause);
    impact.set(cause, (impact.get(cause) ?? 0) + weight(b, e.target, e.delta));
  }
  return [...impact]
    .filter(([cause]) => cause !== 'kwartaalbudget')
    .sort((x, y) => y[1] - x[1])
    .slice(0, n)
    .map(([cause, v]) => ({ cause, label: causeLabel(b, cause), impact: v }));
}

/** Evidence from the sources for what mattered in this game: causes first, then events that happened. */
export function evidenceFor(b: ScenarioBundle, s: SimState, n = 6) {
  const causes = topCauses(b, s, 12).map((c) => c.cause);
  const events = Object.keys(s.seen).map((id) => `event:${id}`);
  const rank = (about: readonly string[]) => {
    const i = Math.min(...about.map((a) => (causes.includes(a) ? causes.indexOf(a) : events.includes(a) ? 50 : 999)));
    return i;
  };
  return b.debrief.evidence
    .map((e) => ({ e, r: rank(e.about) }))
    .filter((x) => x.r < 999)
    .sort((x, y) => x.r - y.r || x.e.id.localeCompare(y.e.id))
    .slice(0, n)
    .map((x) => x.e);
}

/** 5–8 reflection questions that fit this game: the strongest fits first, at most two per topic. */
export function choosePrompts(b: ScenarioBundle, s: SimState) {
  const { prompts, minPrompts, maxPrompts } = b.debrief;
  const fitting = prompts
    .filter((p) => !p.when || test(b, s, p.when))
    .sort((x, y) => Number(!!y.when) - Number(!!x.when) || y.weight - x.weight || x.id.localeCompare(y.id));
  const chosen: typeof fitting = [];
  const perTopic = new Map<string, number>();
  for (const p of fitting) {
    if (chosen.length >= maxPrompts) break;
    if ((perTopic.get(p.topic) ?? 0) >= 2) continue;
    chosen.push(p);
    perTopic.set(p.topic, (perTopic.get(p.topic) ?? 0) + 1);
  }
  for (const p of fitting) if (chosen.length < minPrompts && !chosen.includes(p)) chosen.push(p);
  return chosen;
}
