/**
 * One indicator's curves for the facilitator, without any drawing: the value range on the y axis,
 * its ticks, the labels on the x axis, each team's points, and the same numbers as a table (the
 * chart's text alternative). The UI (ui/facilitator/chart.ts) only maps this onto SVG.
 */
import type { IndicatorDef } from '../sim/schema';
import type { Moment, TeamResult } from './compare';
import { fmt, nl } from './format';

export interface ChartModel {
  title: string;
  /** "(hoger is beter, in procent)" */
  note: string;
  lo: number;
  hi: number;
  ticks: { value: number; label: string }[];
  /** One per moment, short enough for the axis ("+1 jaar"). */
  xLabels: string[];
  /** Per team in order; i is the moment's position, so a game that stopped early has fewer points. */
  series: { name: string; points: { i: number; v: number }[] }[];
  table: { head: string[]; rows: { name: string; cells: string[] }[] };
}

/**
 * A range around the data, never narrower than a tenth of the indicator's scale (a flat line does
 * not look like a crisis), and never beyond the scale.
 */
export function valueRange(ind: IndicatorDef, values: readonly number[]): { lo: number; hi: number } {
  const span = ind.max - ind.min || 1;
  let lo = values.length ? Math.min(...values) : ind.min;
  let hi = values.length ? Math.max(...values) : ind.max;
  const pad = Math.max((hi - lo) * 0.15, span * 0.05);
  lo = Math.max(ind.min, lo - pad);
  hi = Math.min(ind.max, hi + pad);
  if (hi - lo < span * 0.1) {
    // A window of a tenth around the middle, moved inside the scale when it would stick out.
    const mid = Math.min(Math.max((hi + lo) / 2, ind.min + span * 0.05), ind.max - span * 0.05);
    lo = mid - span * 0.05;
    hi = mid + span * 0.05;
  }
  return { lo, hi };
}

export function chartModel(ind: IndicatorDef, teams: readonly TeamResult[], when: readonly Moment[]): ChartModel {
  const series = teams.map((t) => ({
    name: t.name,
    points: when.flatMap((m, i) => {
      const v = m.at(t)?.[ind.id];
      return typeof v === 'number' ? [{ i, v }] : [];
    }),
  }));
  const { lo, hi } = valueRange(
    ind,
    series.flatMap((s) => s.points.map((p) => p.v)),
  );
  const f = 10 ** ind.decimals;
  const unit = ind.unit ? `, in ${ind.unit === '%' ? 'procent' : ind.unit}` : '';
  return {
    title: ind.label,
    note: `(${ind.better > 0 ? 'hoger is beter' : 'lager is beter'}${unit})`,
    lo,
    hi,
    ticks: [lo, (lo + hi) / 2, hi].map((v) => {
      const value = Math.round(v * f) / f;
      return { value, label: nl(value, ind.decimals) };
    }),
    xLabels: when.map((m) => (m.label === 'Jaar later' ? '+1 jaar' : m.label)),
    series,
    table: {
      head: ['Team', ...when.map((m) => m.label)],
      rows: teams.map((t) => ({
        name: t.name,
        cells: when.map((m) => {
          const v = m.at(t)?.[ind.id];
          return typeof v === 'number' ? fmt(ind, v) : '—';
        }),
      })),
    },
  };
}
