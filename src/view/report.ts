/**
 * The quarterly report's view model: every indicator with its value, course, change and the
 * causes from the model's ledger, and what the people the player follows went through.
 */
import { contributions, mainCause, shownChange } from '../game/causes';
import type { VignetteText } from '../game/game';
import { reportedValue } from '../sim/model';
import type { IndicatorDef, ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { periodOneEnd, personFace, quarterName } from './common';
import type { ViewCtx } from './context';
import { fmt, signed, trend } from './format';
import type { IndicatorRow, PersonStory, ReportModel } from './models';

export const GROUPS = [
  ['clienten', 'Cliënten'],
  ['medewerkers', 'Medewerkers'],
  ['organisatie', 'Organisatie en geld'],
  ['verandering', 'Verandering'],
  ['buitenwereld', 'Buitenwereld'],
] as const;

/** A series scaled to 0..1 on the indicator's range, for a sparkline. */
export const scaled = (ind: IndicatorDef, series: readonly number[]) =>
  series.map((v) => (v - ind.min) / (ind.max - ind.min || 1));

/** "Scholing: +0,12 procentpunt — besloten in kwartaal 2, 1 kwartaal later zichtbaar". */
function causeLines(b: ScenarioBundle, s: SimState, quarter: number, ind: IndicatorDef): string[] {
  return contributions(b, s, quarter, ind.id).map((c) => {
    const q = s.decisions.find((x) => x.cause === c.cause)?.quarter ?? null;
    const lag =
      q === null
        ? ''
        : q === quarter || (quarter === 1 && q === 0)
          ? ' — dit kwartaal besloten'
          : ` — besloten in ${q === 0 ? 'de voorbereiding' : `kwartaal ${q}`}, ${quarter - Math.max(q, 1)} ${quarter - Math.max(q, 1) === 1 ? 'kwartaal' : 'kwartalen'} later zichtbaar`;
    return `${c.label}: ${signed(c.delta, ind.decimals + 1)}${ind.unit === '%' ? ' procentpunt' : ''}${lag}`;
  });
}

export function indicatorGroups(b: ScenarioBundle, s: SimState, quarter: number) {
  const prev = s.history[quarter - 1] ?? s.history[0] ?? {};
  return GROUPS.map(([group, label]) => ({
    label,
    rows: b.scenario.indicators
      .filter((i) => i.group === group)
      .map((ind): IndicatorRow => {
        const now = s.values[ind.id] ?? 0;
        const shown = reportedValue(b, s, ind.id);
        const series = s.history.slice(0, quarter + 1).map((v) => v[ind.id] ?? 0);
        const causes = causeLines(b, s, quarter, ind);
        return {
          id: ind.id,
          label: ind.label,
          value: fmt(ind, shown),
          masked: shown !== now,
          course: scaled(ind, series),
          courseText: `Verloop: ${series.map((v) => fmt(ind, v)).join(', ')}`,
          trend: trend(ind, shownChange(prev[ind.id] ?? now, now, ind.decimals)),
          top: mainCause(contributions(b, s, quarter, ind.id))?.label ?? '—',
          causes,
        };
      }),
  })).filter((g) => g.rows.length);
}

export function peopleIn(b: ScenarioBundle, texts: readonly VignetteText[], quarter: number): PersonStory[] {
  return texts
    .filter((t) => t.quarter === quarter)
    .flatMap((v) => {
      const p = b.people.people.find((x) => x.id === v.person);
      if (!p) return [];
      return [
        {
          name: p.name,
          meta: `${p.age} jaar, ${p.kind === 'client' ? 'cliënt' : 'medewerker'}`,
          face: personFace(b, p),
          text: v.text,
        },
      ];
    });
}

export function reportView(v: ViewCtx): ReportModel {
  const { b, sim } = v;
  const q = sim.quarter;
  const half = periodOneEnd(b);
  const last = b.scenario.quarters;
  const after =
    q === half ? 'Na dit kwartaal volgt de tussenevaluatie.' : q === last ? 'Na dit kwartaal volgt de borging.' : '';
  return {
    kind: 'report',
    title: `Kwartaalrapportage — ${quarterName(b, q)}`,
    intro: `Zo staat ${b.scenario.title} ervoor aan het eind van dit kwartaal. ${after}`.trim(),
    team: null,
    quarter: q,
    people: peopleIn(b, v.snap.vignettes, q),
    groups: indicatorGroups(b, sim, q),
    next: q >= last ? 'Verder naar de borging' : q === half ? 'Verder naar de tussenevaluatie' : 'Volgend kwartaal',
  };
}
