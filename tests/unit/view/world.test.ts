/** The world's view model: the town shows what happens in the game, and says it in words. */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { rand, strategiesFor } from '../../../src/game/strategies';
import type { WorldModel } from '../../../src/view/models';
import { queueLength, SEASONS, worldView } from '../../../src/view/world';
import { bundle } from '../scenario';

/** Plays a strategy to the debrief, handing the world model to `each` before every move. */
function play(strategy: string, seed: number, each: (w: WorldModel, g: Game) => void): void {
  const g = createGame({ bundle, seed });
  const s = strategiesFor(bundle)[strategy]!;
  const r = rand(seed);
  for (let i = 0; i < 3000 && !g.snapshot().machine.hasTag('debrief'); i++) {
    each(worldView(bundle, g.snapshot()), g);
    expect(g.send(s(g, r))).toBe(true);
  }
  each(worldView(bundle, g.snapshot()), g);
}

const meerkoet = (w: WorldModel) => w.locations.find((l) => l.id === 'de_meerkoet')!;

describe('worldView', () => {
  it('marks De Meerkoet closed, and says so, from the moment its closure is bought (lage weg)', () => {
    for (const seed of [1, 2]) {
      let closedSeen = false;
      play('lage-weg', seed, (w, g) => {
        const bought = (g.snapshot().machine.context.sim.bought.locatie_sluiten ?? 0) > 0;
        const m = meerkoet(w);
        expect(m.closed !== null).toBe(bought);
        expect(w.description.some((d) => d.startsWith('De Meerkoet: gesloten'))).toBe(bought);
        if (bought) {
          closedSeen = true;
          // A closed building has nobody waiting and no staff to miss.
          expect(m.queue).toBe(0);
          expect(m.shortStaffed).toBe(false);
        }
      });
      expect(closedSeen, `seed ${seed}: de lage weg sluit De Meerkoet`).toBe(true);
    }
  });

  it('never closes a location in a game that does not buy its closure (hoge weg)', () => {
    play('hoge-weg', 4, (w) => expect(w.locations.every((l) => l.closed === null)).toBe(true));
  });

  it('draws the waiting time as a queue at the home-care posts only, and says it', () => {
    expect([0, 7, 8, 45, 60, 180].map(queueLength)).toEqual([0, 0, 1, 3, 4, 8]);
    play('random', 5, (w, g) => {
      const days = g.snapshot().machine.context.sim.values.wachttijd ?? 0;
      for (const l of w.locations) expect(l.queue).toBe(l.kind === 'thuiszorg' ? queueLength(days) : 0);
      expect(w.description.some((d) => d.includes(`wachttijd ${Math.round(days)} dagen`))).toBe(queueLength(days) > 0);
    });
  });

  it('shows care locations short of staff exactly when the description says so', () => {
    let short = 0;
    for (const strategy of ['niets-doen', 'lage-weg', 'random'])
      play(strategy, 6, (w) => {
        const said = w.description.some((d) => d.startsWith('Personeelstekort'));
        const care = w.locations.filter((l) => l.kind !== 'kantoor' && !l.closed);
        for (const l of care) expect(l.shortStaffed).toBe(said);
        expect(w.locations.filter((l) => l.kind === 'kantoor').every((l) => !l.shortStaffed)).toBe(true);
        if (said) short++;
      });
    expect(short, 'een van deze spellen krijgt een personeelstekort').toBeGreaterThan(0);
  });

  it('lets the seasons pass with the quarters', () => {
    const seen = new Map<number, number>();
    play('random', 7, (w) => {
      seen.set(w.quarter, w.season);
      expect(w.description[0]).toContain(SEASONS[w.season]!);
    });
    expect(seen.get(1)).toBe(0);
    expect(seen.get(2)).toBe(1);
    expect(seen.get(4)).toBe(3);
    expect(seen.get(5)).toBe(0);
  });
});
