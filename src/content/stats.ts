/** Counts what a scenario holds, and how much of its effects can be traced to a source. */
import type { ScenarioBundle } from '../sim/schema';

/** Splits an ink file into knots: name → its lines. */
function knots(src: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of src.split('\n')) {
    const m = /^\s*={2,}\s*(function\s+)?([a-z][a-z0-9_]*)/.exec(line);
    if (m) {
      current = m[1] ? null : [];
      if (current) out.set(m[2]!, current);
    } else current?.push(line);
  }
  return out;
}

export function contentStats(b: ScenarioBundle, inkSources: Readonly<Record<string, string>>) {
  const eventKnots = new Set(b.events.events.map((e) => `${e.story}.${e.knot}`));
  let knotCount = 0;
  let choices = 0;
  let inkEffects = 0;
  let inkSourced = 0;
  for (const [story, src] of Object.entries(inkSources))
    for (const [name, lines] of knots(src)) {
      knotCount++;
      choices += lines.filter((l) => /^\s*[*+]/.test(l)).length;
      const effects = lines.reduce((a, l) => a + (l.match(/#\s*effect:/g)?.length ?? 0), 0);
      inkEffects += effects;
      if (eventKnots.has(`${story}.${name}`) || lines.some((l) => /#\s*src:/.test(l))) inkSourced += effects;
    }
  // In the data every intervention, conditional, plan choice and dynamic carries a source; ladder effects may.
  const p = b.plan;
  const dataEffects =
    b.interventions.interventions.reduce(
      (a, iv) => a + iv.effects.length + iv.conditional.reduce((x, c) => x + c.effects.length, 0),
      0,
    ) +
    [p.commitment.sign, p.commitment.refuse, ...p.leaders, ...p.coaches, ...p.reporting, ...p.borging].reduce(
      (a, c) => a + c.effects.length,
      0,
    ) +
    b.scenario.dynamics.length;
  const ladderEffects = b.scenario.ladder.flatMap((l) => l.effects);
  const conversations = b.agenda.items.filter((i) => i.kind === 'gesprek').length + b.inspection.visits.length + 2; // + approval and interim
  const totalEffects = dataEffects + ladderEffects.length + inkEffects + p.interim.adjustEffects.length;
  const sourced =
    dataEffects +
    ladderEffects.filter((e) => e.source).length +
    p.interim.adjustEffects.filter((e) => e.source).length +
    inkSourced;
  return {
    characters: b.scenario.characters.length,
    conversations,
    knots: knotCount,
    choices,
    scanSources: b.scan.sources.length,
    hiddenFacts: b.scan.facts.length,
    interventions: b.interventions.interventions.length,
    events: b.events.events.length,
    norms: b.inspection.norms.length,
    effects: totalEffects,
    effectsWithSource: sourced,
    shareWithSource: totalEffects ? Math.round((sourced / totalEffects) * 1000) / 1000 : 1,
  };
}
