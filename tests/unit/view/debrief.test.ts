/** The Terugblik's model: every decision with its branch point, the paths side by side, the result code. */
import { describe, expect, it } from 'vitest';
import { recap } from '../../../src/game/debrief';
import { createGame } from '../../../src/game/game';
import { replay } from '../../../src/game/save';
import { playToEnd, RANDOM, rand } from '../../../src/game/strategies';
import { gameView } from '../../../src/view/game-view';
import type { DebriefModel } from '../../../src/view/models';
import { bundle } from '../scenario';

const finished = (seed: number) => playToEnd(createGame({ bundle, seed }), RANDOM, rand(seed));
const debrief = (g: ReturnType<typeof finished>, basis: ReturnType<typeof finished> | null = null) => {
  const v = gameView({
    bundle,
    snap: g.snapshot(),
    seed: g.seed,
    team: false,
    viewing: false,
    basis: basis?.snapshot() ?? null,
    code: 'KOERS1-x',
  });
  if (v.screen.kind !== 'debrief') throw new Error(v.screen.kind);
  return v.screen as DebriefModel;
};

describe('the Terugblik model', () => {
  it('lists every decision once (an agenda line folded into its answer), with the step "Wat als?" branches from', () => {
    const g = finished(31);
    const vm = debrief(g);
    const items = vm.recap.flatMap((q) => q.items);
    const sim = g.snapshot().machine.context.sim;
    const listed = recap(bundle, sim);
    expect(listed.length).toBeLessThan(sim.decisions.length);
    expect(items.map((i) => i.label)).toEqual(listed.map((x) => x.decision.label));
    expect(items.map((i) => i.step)).toEqual(listed.map((x) => g.snapshot().decisionSteps[x.index]));
    // Branching at a decision's step replays up to just before it: that decision is not yet made.
    const at = items[3]!.step!;
    const fork = replay(bundle, g.seed, g.log.slice(0, at))!;
    expect(fork.snapshot().machine.context.sim.decisions.length).toBeLessThanOrEqual(3);
    expect(vm.code).toBe('KOERS1-x');
    expect(vm.compare).toBeNull();
    expect(vm.handedIn).toBe(listed.length);
    expect(vm.exploration).toBeNull();
  });

  it('puts two paths side by side and names where they part', () => {
    const a = finished(32);
    const b = finished(33);
    const vm = debrief(b, a);
    expect(vm.compare).not.toBeNull();
    expect(vm.compare!.intro).toMatch(/^Het pad splitst bij „|^Beide paden/);
    expect(vm.compare!.rows.map((r) => r[0]).slice(0, 3)).toEqual([
      'Cliëntwaarde',
      'Medewerkerswaarde',
      'Organisatiewaarde',
    ]);
    expect(debrief(a, a).compare!.intro).toBe('Beide paden namen dezelfde beslissingen.');
    // In a branch the result handed in stays the original's.
    expect(vm.handedIn).toBe(recap(bundle, a.snapshot().machine.context.sim).length);
    expect(vm.exploration).toMatch(/verkenning/);
  });

  it('shows the history from the start to a year later, one cell per moment', () => {
    const vm = debrief(finished(34));
    const cols = vm.history.columns;
    expect(cols[0]).toBe('Start');
    expect(cols.at(-1)).toBe('Een jaar later');
    for (const g of vm.history.groups)
      for (const r of g.rows) {
        expect(r.cells).toHaveLength(cols.length);
        for (const x of r.course) expect(x).toBeGreaterThanOrEqual(0);
      }
  });
});
