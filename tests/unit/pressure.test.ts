/** The pressure strip: the board's confidence, the margin and the inspection, in words and tones. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { dismiss } from '../../src/sim/board';
import type { SimState } from '../../src/sim/state';
import { gameView } from '../../src/view/game-view';
import { pressureView } from '../../src/view/pressure';
import { RECKLESS } from './actors-reckless';
import { bundle } from './scenario';

const start = createGame({ bundle, seed: 7 }).snapshot().machine.context.sim;
const at = (values: Record<string, number>, extra: Partial<SimState> = {}): SimState => ({
  ...start,
  values: { ...start.values, ...values },
  history: [start.values, { ...start.values, ...values }],
  ...extra,
});
const tones = (s: SimState) => pressureView(bundle, s).map((p) => p.tone);

describe('the pressure on the bestuurder', () => {
  it('is quiet at the start: confidence 60, a thin but positive margin, no visit yet', () => {
    const items = pressureView(bundle, start);
    expect(items.map((p) => p.label)).toEqual(['Vertrouwen Raad van Toezicht', 'Resultaat (marge)', 'Inspectie']);
    expect(items[2]?.value).toBe('nog geen bezoek');
    expect(items[0]?.tone).toBe('rustig');
  });

  it('turns amber, then red, as the board loses confidence, and says by how much it moved', () => {
    const p = bundle.board.pressure!;
    expect(tones(at({ vertrouwen_rvt: p.confidence.warn - 1 }))[0]).toBe('let-op');
    const red = pressureView(bundle, at({ vertrouwen_rvt: p.confidence.danger - 1 }))[0]!;
    expect(red).toMatchObject({ tone: 'kritiek', toneText: 'kritiek' });
    expect(red.value).toBe(`${p.confidence.danger - 1} (−${start.values.vertrouwen_rvt! - (p.confidence.danger - 1)})`);
  });

  it('reads the margin and the inspection ladder against board.yaml', () => {
    const p = bundle.board.pressure!;
    expect(tones(at({ resultaat: p.margin.danger - 0.5 }))[1]).toBe('kritiek');
    expect(tones(at({ resultaat: (p.margin.warn + p.margin.danger) / 2 }))[1]).toBe('let-op');
    const visited = { inspections: [...start.inspections, { ...({} as SimState['inspections'][number]) }] };
    expect(tones(at({}, { ...visited, ladder: p.ladder.warn }))[2]).toBe('let-op');
    const worst = pressureView(bundle, at({}, { ...visited, ladder: p.ladder.danger }))[2]!;
    expect(worst.tone).toBe('kritiek');
    expect(worst.value).toBe(bundle.scenario.ladder.find((l) => l.level === p.ladder.danger)!.label);
  });
});

describe('a board that dismisses the bestuurder', () => {
  it('showed its confidence as kritiek on screen before it ended the game', () => {
    let checked = 0;
    for (let seed = 1; seed < 400_000 && checked < 3; seed += 7919) {
      const g = playToEnd(createGame({ bundle, seed }), RECKLESS, rand(seed ^ 0x5eed));
      const sim = g.snapshot().machine.context.sim;
      if (!sim.decisions.some((d) => d.phase === 'rvt')) continue;
      checked++;
      // Replay the log: after some event before the last, the strip said kritiek.
      const replay = createGame({ bundle, seed });
      let warned = false;
      for (const e of g.log.slice(0, -1)) {
        replay.send(e);
        warned ||= pressureView(bundle, replay.snapshot().machine.context.sim)[0]?.tone === 'kritiek';
      }
      expect(warned, `seed ${seed}`).toBe(true);
    }
    expect(checked).toBe(3);
  });
});

describe('who the player answers to is data (board.yaml name)', () => {
  it('names another authority everywhere the board is named: the strip, the plan, the dismissal', () => {
    const other = {
      ...bundle,
      board: {
        ...bundle.board,
        name: 'locatiemanager',
        dismissal: {
          ...bundle.board.dismissal!,
          decision: { label: 'Weggestuurd door de locatiemanager', detail: 'x' },
        },
      },
    };
    expect(pressureView(other, start)[0]?.label).toBe('Vertrouwen locatiemanager');
    const g = createGame({ bundle: other, seed: 3 });
    const view = () =>
      gameView({ bundle: other, snap: g.snapshot(), seed: 3, team: false, viewing: false, basis: null, code: '' });
    const play = strategiesFor(other)['hoge-weg']!;
    const r = rand(3);
    while (!g.snapshot().machine.hasTag('plan') || g.snapshot().dialogue) g.send(play(g, r));
    const plan = view().screen;
    expect(plan.kind === 'plan' && plan.submit).toBe('Voorleggen aan de locatiemanager');
    expect(dismiss(other, start).decisions.at(-1)).toMatchObject({
      phase: 'rvt',
      label: 'Weggestuurd door de locatiemanager',
    });
    expect(JSON.stringify(view())).not.toContain('Raad van Toezicht');
  });
});
