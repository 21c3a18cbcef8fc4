/**
 * The pressure on the bestuurder, visible while playing and not only afterwards: the board's
 * confidence (and which way it moved last quarter), the margin, and where the inspection stands on
 * its ladder. Thresholds come from board.yaml (`pressure`); each item says its state in words, so
 * colour is never the only sign.
 */
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { nl, signed } from './format';

export type PressureTone = 'rustig' | 'let-op' | 'kritiek';
export interface PressureItem {
  label: string;
  value: string;
  tone: PressureTone;
  /** The tone in words, for everyone who does not see the colour. */
  toneText: string;
}

const TONE_TEXT: Record<PressureTone, string> = { rustig: 'rustig', 'let-op': 'let op', kritiek: 'kritiek' };
const item = (label: string, value: string, tone: PressureTone): PressureItem => ({
  label,
  value,
  tone,
  toneText: TONE_TEXT[tone],
});
/** Lower is worse (confidence, margin): below danger is kritiek, below warn is let op. */
const below = (v: number, t: { warn: number; danger: number }): PressureTone =>
  v < t.danger ? 'kritiek' : v < t.warn ? 'let-op' : 'rustig';

export function pressureView(b: ScenarioBundle, sim: SimState): PressureItem[] {
  const p = b.board.pressure;
  const id = b.board.indicator;
  if (!p || !id) return [];
  const now = sim.values[id] ?? 0;
  const before = sim.history.at(-2)?.[id];
  const moved = before === undefined || Math.round(now) === Math.round(before) ? '' : ` (${signed(now - before)})`;
  const margin = b.scenario.indicators.find((i) => i.id === p.margin.indicator);
  const m = sim.values[p.margin.indicator] ?? 0;
  const rung = b.scenario.ladder.find((l) => l.level === sim.ladder);
  return [
    item(`Vertrouwen ${b.board.name}`, `${nl(now)}${moved}`, below(now, p.confidence)),
    item(margin?.label ?? 'Marge', `${nl(m, margin?.decimals ?? 1)}%`, below(m, p.margin)),
    item(
      'Inspectie',
      sim.inspections.length ? (rung?.label ?? '') : 'nog geen bezoek',
      sim.ladder >= p.ladder.danger ? 'kritiek' : sim.ladder >= p.ladder.warn ? 'let-op' : 'rustig',
    ),
  ];
}
