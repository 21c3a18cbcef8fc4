/** The numbers the world scene draws: lit windows, people walking, the season, who is speaking. */
import type { Dialogue, GameSnapshot } from '../game/game';
import type { ScenarioBundle } from '../sim/schema';
import type { WorldModel } from './models';

/**
 * Who is speaking: the conversation's partner, or the first character who speaks. (Here and not
 * in dialogue.ts: the scene loads with the title screen, this module must stay small.)
 */
export const speakerOf = (d: Dialogue) =>
  d.conversation.who ?? d.lines.find((l) => l.speaker && l.speaker !== 'speler')?.speaker;

/** Before a game (title screen): a town with no data behind it. */
export const idleWorld: WorldModel = { quarter: 0, lit: 0.6, walkers: 8, locations: [], speaker: null };

export function worldView(b: ScenarioBundle, snap: GameSnapshot): WorldModel {
  const sim = snap.machine.context.sim;
  const who = snap.dialogue ? speakerOf(snap.dialogue) : undefined;
  const c = b.scenario.characters.find((x) => x.id === who);
  return {
    quarter: sim.quarter,
    // Windows light up with client satisfaction (5 → dark, 9 → all lit); absence thins the walkers.
    lit: Math.min(1, Math.max(0.1, ((sim.values.clienttevredenheid ?? 7) - 5) / 4)),
    walkers: Math.max(2, Math.round(12 - (sim.values.verzuim ?? 8))),
    locations: b.scenario.locations.map((l) => ({ id: l.id, name: l.name, kind: l.kind, x: l.x, y: l.y })),
    speaker: c ? { id: c.id, name: c.name, role: c.role, spec: c.portrait } : null,
  };
}
