/** The Terugblik's view model: every section as data, from the finished game (and a branch's basis). */
import { branchPoint, branchText } from '../game/branch';
import { choosePrompts, evidenceFor, recap } from '../game/debrief';
import { EXPLORATION_LABEL } from '../game/export';
import type { GameSnapshot, VignetteText } from '../game/game';
import { evaluateGoals, scoreDiagnosis, triad } from '../sim/rules';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { ladderLabel } from './closing';
import { personFace } from './common';
import type { ViewCtx } from './context';
import type { DebriefModel } from './debrief-model';
import { ambidexterity } from './decisions';
import { fmt, nl, signed, targetLabel } from './format';
import { GROUPS, scaled } from './report';

/** "3 van de 5 stemden hiervoor; 2 wilden: …" — the team's choice and its dissent, in words. */
export function voteSummary(v: { options: string[]; tally: number[]; chosen: number }): string {
  const total = v.tally.reduce((a, n) => a + n, 0);
  const others = v.tally
    .map((n, i) => ({ n, option: v.options[i] ?? '' }))
    .filter((x, i) => i !== v.chosen && x.n > 0)
    .map((x) => `${x.n} wilde${x.n === 1 ? '' : 'n'}: "${x.option}"`);
  return `Teamstemming: ${v.tally[v.chosen] ?? 0} van de ${total} kozen dit${others.length ? `; ${others.join('; ')}` : ''}.`;
}

/** "4 van de 5 steunden dit; 1 was tegen." — a team's vote on a form decision, in words. */
export function supportSummary(v: { for: number; against: number }): string {
  const against = v.against ? `; ${v.against} ${v.against === 1 ? 'was' : 'waren'} tegen` : '';
  return `Teamstemming: ${v.for} van de ${v.for + v.against} steunden dit${against}.`;
}

const TRIAD: [string, keyof ReturnType<typeof triad>][] = [
  ['Cliëntwaarde', 'client'],
  ['Medewerkerswaarde', 'medewerker'],
  ['Organisatiewaarde', 'organisatie'],
];

function recapSection(b: ScenarioBundle, sim: SimState, steps: readonly number[]): DebriefModel['recap'] {
  const when = (q: number) => (q === 0 ? 'voorbereiding' : q > b.scenario.quarters ? 'na afloop' : `K${q}`);
  const byQuarter = new Map<number, DebriefModel['recap'][number]['items']>();
  for (const it of recap(b, sim)) {
    const d = it.decision;
    const list = byQuarter.get(d.quarter) ?? [];
    list.push({
      phase: d.phase,
      label: d.label,
      detail: d.detail,
      votes: d.votes ? voteSummary(d.votes) : d.support ? supportSummary(d.support) : null,
      consequences: it.consequences.map((k) => {
        const ind = b.scenario.indicators.find((i) => i.id === k.target);
        const amount = ind
          ? `${signed(k.delta, ind.decimals + 1)}${ind.unit === '%' ? ' procentpunt' : ''}`
          : signed(k.delta, 0);
        const span = k.from === k.to ? when(k.from) : `${when(k.from)}–${when(k.to)}`;
        return `${targetLabel(b, k.target)} ${amount} (${span})`;
      }),
      step: steps[it.index] ?? null,
    });
    byQuarter.set(d.quarter, list);
  }
  return [...byQuarter].map(([q, items]) => ({
    heading: q === 0 ? 'Voor het traject: intake, scan en plan' : `Kwartaal ${q}`,
    items,
  }));
}

/** Consecutive quarters with the same vignette read as one stretch of time. */
function runs(list: readonly VignetteText[]): { when: string; text: string }[] {
  const out: { from: number; to: number; text: string; id: string }[] = [];
  for (const v of list) {
    const last = out[out.length - 1];
    if (last && last.id === v.vignette && last.to === v.quarter - 1) last.to = v.quarter;
    else out.push({ from: v.quarter, to: v.quarter, text: v.text, id: v.vignette });
  }
  return out.map((r) => ({ when: r.from === r.to ? `K${r.from}: ` : `K${r.from}–K${r.to}: `, text: r.text }));
}

/** A source's figure as the source gives it: no decimals it does not have ("15 tot 46%", not "15,0 tot 46,0 %"). */
const short = (n: number) => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 });

function history(b: ScenarioBundle, sim: SimState): DebriefModel['history'] {
  const cols = ['Start', ...Array.from({ length: b.scenario.quarters }, (_, i) => `K${i + 1}`), 'Een jaar later'];
  const series = [...sim.history, ...(sim.epilogue ? [sim.epilogue] : [])];
  return {
    columns: cols.slice(0, series.length),
    groups: GROUPS.map(([group, label]) => ({
      label,
      rows: b.scenario.indicators
        .filter((i) => i.group === group)
        .map((ind) => {
          const values = series.map((v) => v[ind.id] ?? 0);
          // The unit goes once into the row's name, so the cells stay short enough for every quarter to fit.
          const unit = ind.unit && ind.unit !== '%' ? ` (${ind.unit})` : '';
          const cell = (v: number) => `${nl(v, ind.decimals)}${ind.unit === '%' ? '%' : ''}`;
          return { label: `${ind.label}${unit}`, course: scaled(ind, values), cells: values.map(cell) };
        }),
    })),
  };
}

function compare(b: ScenarioBundle, sim: SimState, other: SimState): DebriefModel['compare'] {
  const t1 = triad(b, other.values);
  const t2 = triad(b, sim.values);
  const ladder = (s: SimState) => s.inspections.map((r) => ladderLabel(b, r.level)).join(', ') || 'geen bezoek';
  const goals = (s: SimState) =>
    evaluateGoals(b, s)
      .map((g) => `${g.title}: ${g.result}`)
      .join('; ') || '—';
  const split = branchPoint(other.decisions, sim.decisions);
  return {
    intro: split ? branchText(split) : 'Beide paden namen dezelfde beslissingen.',
    rows: [
      ...TRIAD.map(([label, k]): [string, string, string] => [label, String(t1[k]), String(t2[k])]),
      ['Eigen doelen', goals(other), goals(sim)],
      ['Inspectie', ladder(other), ladder(sim)],
      ...b.scenario.indicators.map((ind): [string, string, string] => [
        ind.label,
        fmt(ind, other.values[ind.id] ?? 0),
        fmt(ind, sim.values[ind.id] ?? 0),
      ]),
    ],
  };
}

function sector(b: ScenarioBundle, sim: SimState): DebriefModel['sector'] {
  const s = b.debrief.sector;
  if (!s) return null;
  const chosen = sim.diagnosis?.theme;
  return {
    intro: `In voor zorg! begeleidde ${nl(s.trajectories)} trajecten. Zo kozen zij hun thema; uw keuze is gemarkeerd.`,
    themes: s.themes.map((t) => ({
      title: `${b.scan.themes.find((x) => x.id === t.theme)?.title ?? t.theme}${t.theme === chosen ? ' (uw keuze)' : ''}`,
      count: t.count,
      mine: t.theme === chosen,
    })),
    max: Math.max(...s.themes.map((t) => t.count)),
    stopped: s.stopped.length
      ? `Niet elk traject haalde het eind: ${s.stopped.map((x) => `${x.label} ${x.count}`).join(', ')}.`
      : null,
    results: s.results.map((r) => ({
      label: r.label,
      range: `${short(r.low)} tot ${short(r.high)}${r.unit === '%' ? '%' : ` ${r.unit}`}`,
      source: r.source,
    })),
    source: s.source,
  };
}

export function debriefView(v: ViewCtx, basis: GameSnapshot | null, code: string): DebriefModel {
  const { b, sim, snap } = v;
  const end = triad(b, sim.values);
  const later = sim.epilogue ? triad(b, sim.epilogue) : null;
  const start = triad(b, sim.history[0] ?? sim.values);
  const diag = scoreDiagnosis(b, sim);
  const problem = (id: string) => b.scan.problems.find((p) => p.id === id)?.title ?? id;
  const fact = (id: string) => b.scan.facts.find((f) => f.id === id)?.title ?? id;
  const list = (ids: string[], f: (id: string) => string, none: string) => ids.map(f).join('; ') || none;
  const vignettes = snap.vignettes;
  return {
    kind: 'debrief',
    title: 'Terugblik',
    intro: `Geen winnaar, wel een verhaal: wat u besloot, wat dat in gang zette, en hoe het de mensen van ${b.scenario.title} verging.`,
    team: null,
    compare: basis ? compare(b, sim, basis.machine.context.sim) : null,
    triad: {
      rows: TRIAD.map(([label, k]) => ({ label, start: start[k], end: end[k], later: later ? later[k] : null })),
      endLabel: 'Einde traject',
      goals: evaluateGoals(b, sim).map(
        (g) =>
          `${g.title} (${g.level}): ${g.result} — van ${short(g.start)} naar ${short(g.end)}, doel ${short(g.target)}`,
      ),
    },
    people: vignettes.length
      ? b.people.people.map((p) => ({
          name: p.name,
          face: personFace(b, p),
          runs: runs(vignettes.filter((x) => x.person === p.id)),
        }))
      : [],
    recap: recapSection(b, sim, snap.decisionSteps),
    history: history(b, sim),
    scan: {
      lines: [
        `Terecht benoemd: ${list(diag.hits, problem, 'geen')}`,
        `Gemist: ${list(diag.missed, problem, 'niets')}`,
        `Benoemd, maar niet de kern: ${list(diag.falseAlarms, problem, 'geen')}`,
        `Verborgen feiten die u vond: ${list(diag.factsFound, fact, 'geen')}`,
        `Verborgen feiten die u niet vond: ${list(diag.factsMissed, fact, 'geen')}`,
      ],
      ambi: ambidexterity(b, sim, true),
    },
    inspections: sim.inspections.map((r) => ({
      heading: `${b.inspection.visits.find((x) => x.id === r.visit)?.title ?? r.visit} (kwartaal ${r.quarter}): ${ladderLabel(b, r.level)}`,
      reasons: r.reasons,
    })),
    evidence: evidenceFor(b, sim).map((e) => ({ case: e.case, text: e.text, source: e.source })),
    sector: sector(b, sim),
    prompts: choosePrompts(b, sim).map((p) => p.text),
    handedIn: recap(b, basis?.machine.context.sim ?? sim).length,
    exploration: basis ? EXPLORATION_LABEL : null,
    code,
    bibliography: b.sources.sources.map((x) => ({
      id: x.id,
      text: `${x.title}. ${x.authors}. ${x.publisher}, ${x.year}.`,
    })),
  };
}
