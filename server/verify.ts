/**
 * Result verification: a team's result code is replayed with the same engine the browser runs
 * (fromResultCode → createGame), so only a game that really follows from the session's seed and
 * length counts; the event count and whether it is finished come from the replay, not the sender.
 */
import { fromResultCode } from '../src/game/result-code';
import { lengthsOf } from '../src/sim/lengths';
import type { ScenarioBundle } from '../src/sim/schema';
import type { Deps } from './decide';

export function verifier(bundle: ScenarioBundle): Deps['verify'] {
  const fullLength = lengthsOf(bundle)[0].id;
  return (resultCode, session) => {
    const r = fromResultCode(resultCode, bundle);
    if (!r.ok) return r;
    if (r.game.seed !== session.seed)
      return { ok: false, message: 'Dit spel is gespeeld met een andere sessiecode dan die van deze sessie.' };
    if ((r.game.bundle.length ?? fullLength) !== session.length)
      return { ok: false, message: 'Dit spel is gespeeld met een andere spelduur dan die van deze sessie.' };
    return { ok: true, events: r.game.log.length, final: r.game.snapshot().machine.hasTag('debrief') };
  };
}

/** The ids a new session is checked against. */
export function scenarioIds(bundle: ScenarioBundle): Deps['scenario'] {
  return {
    lengths: lengthsOf(bundle).map((l) => l.id),
    dilemmas: bundle.dilemmas.dilemmas.map((d) => d.id),
    sets: Object.fromEntries(bundle.dilemmas.sets.map((s) => [s.id, s.dilemmas])),
  };
}
