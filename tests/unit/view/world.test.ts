/** The world's view model: the town shows what happens in the game, and says it in words. */
import { describe, expect, it } from 'vitest';
import { createGame, type Game } from '../../../src/game/game';
import { rand, strategiesFor } from '../../../src/game/strategies';
import { gameView } from '../../../src/view/game-view';
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

describe('the agenda on the map', () => {
  const view = (g: Game) =>
    gameView({ bundle, snap: g.snapshot(), seed: g.seed, team: false, viewing: false, basis: null, code: '' });

  it('stands each open agenda item as a pin at an open place, exactly while the agenda has room', () => {
    let pinned = 0;
    let moved = 0;
    for (const [strategy, seed] of [
      ['lage-weg', 1],
      ['hoge-weg', 2],
      ['random', 3],
    ] as const)
      play(strategy, seed, (_, g) => {
        const v = view(g);
        const pins = v.world.pins;
        if (v.screen.kind !== 'agenda' || v.screen.slots < 1) {
          expect(pins).toEqual([]);
          return;
        }
        const items = v.screen.items;
        expect(pins.map((p) => p.item)).toEqual(items.map((i) => i.id));
        for (const [k, p] of pins.entries()) {
          const item = items[k]!;
          expect(p.control).toBe(item.control);
          expect(p.location).toBe(item.where.id);
          expect(item.meta.endsWith(item.where.name)).toBe(true);
          const place = v.world.locations.find((l) => l.id === p.location)!;
          expect(place.closed, `${p.item} staat bij een gesloten locatie`).toBeNull();
          const own = bundle.agenda.items.find((i) => i.id === p.item)!.where;
          if (own !== p.location) {
            expect(v.world.locations.find((l) => l.id === own)?.closed).not.toBeNull();
            expect(place.kind).toBe('kantoor');
            moved++;
          }
        }
        expect(v.world.description.some((d) => d.startsWith('Op de kaart, voor uw agenda:'))).toBe(true);
        pinned++;
      });
    expect(pinned).toBeGreaterThan(6);
    expect(moved, 'na de sluiting van De Meerkoet staat wie daar was op het hoofdkantoor').toBeGreaterThan(0);
  });

  it('shows no pins when a finished or stopped game is only looked at', () => {
    const g = createGame({ bundle, seed: 9 });
    const s = strategiesFor(bundle)['hoge-weg']!;
    const r = rand(9);
    while (!g.snapshot().machine.hasTag('agenda') || g.snapshot().dialogue) g.send(s(g, r));
    const input = { bundle, snap: g.snapshot(), seed: 9, team: false, basis: null, code: '' };
    expect(gameView({ ...input, viewing: false }).world.pins.length).toBeGreaterThan(0);
    expect(gameView({ ...input, viewing: true }).world.pins).toEqual([]);
    expect(gameView({ ...input, viewing: false, interim: true }).world.pins).toEqual([]);
  });
});
