/**
 * Conversations remember (issue 10): what the player promises or says in one conversation is set
 * in the game state by its tags, and a later conversation with the same person reads it back — the
 * chair of the RvT the promise in the plan, the OR a guarantee given or broken, Ans what she was
 * asked. Runs the scenario's own ink with reads bound to a game state, the way the game binds them.
 */
import { describe, expect, it } from 'vitest';
import { Narrative, type Step } from '../../src/narrative/conversation';
import { test as holds, initialSimState, resolveRef } from '../../src/sim/model';
import type { SimState } from '../../src/sim/state';
import { bundle } from './scenario';

/** A game state that ink reads and whose flags ink's tags set, as in src/game/game.ts. */
function session(change: (s: SimState) => SimState = (s) => s) {
  let s = change({ ...initialSimState(bundle, 1), quarter: 2 });
  const n = new Narrative(
    bundle.stories,
    { get: (p) => resolveRef(bundle, s, p), test: (e) => holds(bundle, s, e) },
    (c) => {
      if (c.kind === 'flag') s = { ...s, flags: { ...s.flags, [c.name]: c.on ? 1 : 0 } };
    },
    1,
  );
  /** Plays a knot, choosing the option whose text contains `pick` (or the first), and returns all text. */
  const play = (story: string, knot: string, pick = ''): string => {
    let step: Step | null = n.start(story, knot);
    const text: string[] = [];
    while (step) {
      expect(step.error).toBeUndefined();
      text.push(...step.lines.map((l) => l.text));
      if (step.ended || !step.choices.length) break;
      step = n.choose(
        Math.max(
          0,
          step.choices.findIndex((c) => c.includes(pick)),
        ),
      );
    }
    return text.join('\n');
  };
  return { play, set: (f: (s: SimState) => SimState) => (s = f(s)), state: () => s };
}

const withPlan = (s: SimState): SimState => ({
  ...s,
  plan: { goals: [{ id: 'verzuim_omlaag', level: 'ambitieus' }], coach: 'coach_proces', style: 'verhalen' },
});

describe('the chair of the RvT remembers what was promised in the plan', () => {
  it('milestones promised: he holds you to them, with how many goals are behind', () => {
    const g = session(withPlan);
    g.play('herman', 'goedkeuring', 'Mijlpalen');
    expect(g.state().flags.rvt_mijlpalen_beloofd).toBe(1);
    // Absence has not moved: the one goal is behind its pro-rata target.
    expect(g.play('herman', 'kwartaalgesprek')).toMatch(/mijlpalen per kwartaal toe\. Eén van uw doelen loopt achter/);
  });

  it('a saving "later, from better care" is asked about when the margin falls, not the milestones', () => {
    const g = session(withPlan);
    g.play('herman', 'goedkeuring', 'besparing uit betere zorg');
    g.set((s) => ({ ...s, values: { ...s.values, resultaat: 0.5 } }));
    const said = g.play('herman', 'kwartaalgesprek');
    expect(said).toMatch(/Hoeveel later is later\?/);
    expect(said).not.toMatch(/mijlpalen/);
  });

  it('what was said in one quarterly talk comes back in the next', () => {
    const g = session(withPlan);
    expect(g.play('herman', 'kwartaalgesprek', 'Eerlijk')).not.toMatch(/Vorige keer vertelde u/);
    expect(g.play('herman', 'kwartaalgesprek', 'Eerlijk')).toMatch(/Vorige keer vertelde u wat tegenviel/);
  });
});

describe('the OR remembers a guarantee given or broken', () => {
  const fired = (s: SimState): SimState => ({ ...s, bought: { ...s.bought, gedwongen_ontslagen: 2 } });

  it('a job guarantee, then forced layoffs: the OR names the broken promise, and keeps naming it', () => {
    const g = session();
    g.play('mohamed', 'gesprek', 'baangarantie');
    expect(g.state().flags.baangarantie_beloofd).toBe(1);
    expect(g.play('mohamed', 'gesprek')).toMatch(/dank dat u zich aan de afspraak over banen houdt/);
    g.set(fired);
    expect(g.play('mohamed', 'gesprek')).toMatch(/U beloofde geen gedwongen ontslagen/);
    expect(g.state().flags.belofte_gebroken).toBe(1);
    expect(g.play('mohamed', 'gesprek')).toMatch(/De brieven van vorig jaar zijn niet vergeten/);
  });

  it('"van werk naar werk" in the advice request counts as a promise too', () => {
    const g = session((s) => ({ ...s, trust: { ...s.trust, mohamed: 60 } }));
    g.play('mohamed', 'gesprek');
    g.play('mohamed', 'instemming', 'sociaal plan');
    expect(g.play('mohamed', 'gesprek')).toMatch(/Van werk naar werk, zei u\. Tot nu toe/);
    g.set(fired);
    expect(g.play('mohamed', 'gesprek')).toMatch(/Van werk naar werk, zei u bij de adviesaanvraag/);
  });
});

describe('Ans remembers what she was asked', () => {
  it('asked what she would cut, and nothing was cut: she says so', () => {
    const g = session();
    g.play('ans', 'gesprek', 'schrappen');
    expect(g.play('ans', 'gesprek')).toMatch(/Er is nog niets geschrapt/);
    g.set((s) => ({ ...s, bought: { ...s.bought, opruimdienst: 1 } }));
    expect(g.play('ans', 'gesprek')).toMatch(/U zei dat ik het mocht uitzoeken met mijn team/);
  });
});
