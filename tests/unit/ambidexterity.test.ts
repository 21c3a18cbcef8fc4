/**
 * Ambidexterity is played, not only shown (003 §2; src/sim/ambidexterity.ts): the nine factors move
 * with what the player does, and interventions achieve more or less depending on them. Properties
 * over states reached by random play on many seeds, not one golden game.
 */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { RANDOM, rand } from '../../src/game/strategies';
import { ambiLevel, ambiProfile } from '../../src/sim/ambidexterity';
import { tick } from '../../src/sim/model';
import { buy } from '../../src/sim/rules';
import type { SimState } from '../../src/sim/state';
import { bundle } from './scenario';

const seeds = Array.from({ length: 40 }, (_, i) => 11 + i * 37);

/** Random play until the budget screen of quarter `q` (or the end); the state there. */
function playTo(seed: number, q: number): SimState {
  const game = createGame({ bundle, seed });
  const r = rand(seed);
  const at = () => game.snapshot().machine;
  for (let i = 0; i < 3000 && !at().hasTag('debrief'); i++) {
    if (at().hasTag('budget') && at().context.sim.quarter === q) break;
    game.send(RANDOM(game, r));
  }
  return at().context.sim;
}
const ends = seeds.map((seed) => playTo(seed, 99));
const q2 = seeds.map((seed) => playTo(seed, 2));

/** Sets which interventions count as bought (and since when), and which flags are set. */
function variant(s: SimState, bought: Record<string, number | null>, flags: Record<string, number | null> = {}) {
  const set = (rec: Record<string, number>, changes: Record<string, number | null>) => {
    const out = { ...rec };
    for (const [k, v] of Object.entries(changes))
      if (v === null) delete out[k];
      else out[k] = v;
    return out;
  };
  return { ...s, bought: set(s.bought, bought), flags: set(s.flags, flags) };
}

/** What buying `id` in this state adds to `target` over the next five quarters. */
function gain(s: SimState, id: string, target: string): number {
  let next = buy(bundle, s, [id]);
  for (let q = 0; q < 5; q++) next = tick(bundle, { ...next, quarter: next.quarter + (q ? 1 : 0), closed: false });
  return next.ledger.filter((l) => l.cause === `iv:${id}` && l.target === target).reduce((a, l) => a + l.delta, 0);
}

const LINKS = [
  'vaste_gezichten',
  'minutenregistratie_af',
  'zelforganisatie_pilot',
  'zelforganisatie_bigbang',
  'zelfroosteren',
];
const noLinks = Object.fromEntries(LINKS.map((id) => [id, null]));

describe('the nine factors change with what the player does', () => {
  it('every factor stays on the five-phase scale in every game', () => {
    for (const s of ends) for (const v of Object.values(ambiProfile(bundle, s))) expect(v).toBeGreaterThanOrEqual(1);
    for (const s of ends) for (const v of Object.values(ambiProfile(bundle, s))) expect(v).toBeLessThanOrEqual(5);
  });

  it('random play moves the profile in most games, and each factor in some game', () => {
    const start = Object.fromEntries(bundle.ambidexterity.factors.map((f) => [f.id, f.level]));
    const profiles = ends.map((s) => ambiProfile(bundle, s));
    const changed = profiles.filter((p) => Object.keys(p).some((id) => p[id] !== start[id]));
    expect(changed.length / profiles.length).toBeGreaterThan(0.8);
    for (const f of bundle.ambidexterity.factors)
      expect(
        profiles.some((p) => p[f.id] !== f.level),
        f.id,
      ).toBe(true);
  });

  it('momentum fades: video calling without a bridge to a work process lowers implementation after two quarters (003:L969-973)', () => {
    for (const s of q2) {
      const fresh = variant(s, { ...noLinks, beeldbellen: s.quarter, nachtsensoren: null });
      const old = variant(s, { ...noLinks, beeldbellen: s.quarter - 2, nachtsensoren: null });
      const bridged = variant(s, { ...noLinks, beeldbellen: s.quarter - 2, vaste_gezichten: s.quarter - 1 });
      expect(ambiLevel(bundle, old, 'implementatie')).toBeLessThan(ambiLevel(bundle, fresh, 'implementatie'));
      expect(ambiLevel(bundle, bridged, 'implementatie')).toBeGreaterThan(ambiLevel(bundle, fresh, 'implementatie'));
    }
  });

  it('an innovation unit on project money lowers ownership in the line; ambassadors raise it (003:L835-838)', () => {
    for (const s of q2) {
      const none = { innovatie_projectgeld: null, ambassadeurs_communicatie: null };
      const base = variant(s, none, { sanne_ambassadeur: null });
      const unit = variant(s, { ...none, innovatie_projectgeld: s.quarter - 1 }, { sanne_ambassadeur: null });
      const line = variant(s, { ...none, ambassadeurs_communicatie: s.quarter - 1 }, { sanne_ambassadeur: null });
      expect(ambiLevel(bundle, unit, 'ambassadeurs')).toBeLessThan(ambiLevel(bundle, base, 'ambassadeurs'));
      expect(ambiLevel(bundle, line, 'ambassadeurs')).toBeGreaterThan(ambiLevel(bundle, base, 'ambassadeurs'));
    }
  });
});

describe('the factors change what interventions achieve', () => {
  it('video calling keeps more of its direct-time gain with a bridge to an existing process (003:L969-973)', () => {
    for (const s of q2) {
      const clean = { beeldbellen: null, innovatie_projectgeld: null, ecd_koppeling: s.quarter - 1 };
      const alone = variant(s, { ...clean, ...noLinks });
      const linked = variant(s, { ...clean, ...noLinks, vaste_gezichten: s.quarter - 1 });
      expect(gain(linked, 'beeldbellen', 'directe_tijd')).toBeGreaterThan(gain(alone, 'beeldbellen', 'directe_tijd'));
    }
  });

  it('technology keeps less when an innovation unit carries it without owners in the line (003:L835-838)', () => {
    for (const s of q2) {
      const clean = {
        nachtsensoren: null,
        ambassadeurs_communicatie: null,
        coachend_leiderschap: null,
        ecd_koppeling: s.quarter - 1,
      };
      const unit = variant(s, { ...clean, innovatie_projectgeld: s.quarter - 1 }, { sanne_ambassadeur: null });
      const line = variant(s, { ...clean, innovatie_projectgeld: null }, { sanne_ambassadeur: null });
      expect(gain(unit, 'nachtsensoren', 'directe_tijd')).toBeLessThan(gain(line, 'nachtsensoren', 'directe_tijd'));
    }
  });

  it('pilot teams gain more support where mistakes may be discussed (003:L215-218)', () => {
    for (const s of q2) {
      const clean = { zelforganisatie_pilot: null, zelforganisatie_bigbang: null, gedwongen_ontslagen: null };
      const closed = variant(s, { ...clean, veilig_melden: null }, { leren_van_incidenten: null });
      const open = variant(s, { ...clean, veilig_melden: s.quarter - 1 }, { incident_stil_gehouden: null });
      expect(gain(open, 'zelforganisatie_pilot', 'draagvlak')).toBeGreaterThan(
        gain(closed, 'zelforganisatie_pilot', 'draagvlak'),
      );
    }
  });
});
