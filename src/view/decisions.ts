/** View models for the screens before the action periods: intake, scan, diagnosis, plan. */
import { activeMoves, ambiLevel } from '../sim/ambidexterity';
import { reportedValue } from '../sim/model';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { face, teamPrompt } from './common';
import type { ViewCtx } from './context';
import { characterName, effectLines, fmt, nl } from './format';
import type { AmbiModel, DiagnosisModel, IntakeModel, PlanModel, ScanModel } from './models';

export function intakeView(v: ViewCtx): IntakeModel {
  const p = v.b.plan;
  return {
    kind: 'intake',
    title: 'Oriëntatie en intake',
    intro: 'Voordat het traject begint, legt het programma een keuze bij u neer. Tekenen bindt; niet tekenen mag ook.',
    team: teamPrompt(v.b, v.team, 'intake', v.key, v.sim.quarter),
    commitment: [
      { id: 'sign', title: p.commitment.sign.title, summary: p.commitment.sign.summary },
      { id: 'refuse', title: p.commitment.refuse.title, summary: p.commitment.refuse.summary },
    ],
    leaders: p.leaders.map((l) => ({ id: l.id, title: l.title, summary: l.summary })),
  };
}

const KIND = { interview: 'Interview', data: 'Gegevens opvragen', rondgang: 'Rondgang' } as const;

export function scanView(v: ViewCtx): ScanModel {
  const { b, sim } = v;
  const left = sim.scanHoursLeft;
  return {
    kind: 'scan',
    title: 'De organisatiescan',
    intro:
      'U heeft een beperkt aantal scanuren. Kies met wie u praat en welke gegevens u opvraagt: niet alles wat het dashboard zegt, klopt.',
    team: teamPrompt(b, v.team, 'scan', v.key, sim.quarter),
    hoursLeft: left,
    hours: b.scan.hours,
    sources: b.scan.sources.map((s) => ({
      id: s.id,
      title: s.title,
      meta: `${KIND[s.kind]} · ${s.hours} uur${s.who ? ` · ${characterName(b, s.who)}` : ''}`,
      hours: s.hours,
      done: sim.attempts[`scan_${s.id}`] !== undefined,
      tooMuch: s.hours > left,
    })),
    facts: b.scan.facts.filter((f) => sim.facts[f.id] !== undefined).map((f) => f.title),
    ambi: ambidexterity(b, sim),
  };
}

/**
 * The nine factors on the five-phase scale: what the scan revealed at the start, or (`all`, the
 * Terugblik) the true profile with where each factor stands now and what moved it.
 */
export function ambidexterity(b: ScenarioBundle, sim: SimState, all = false): AmbiModel | null {
  const { factors, phases, source } = b.ambidexterity;
  if (!factors.length) return null;
  const done = (id: string) => sim.attempts[`scan_${id}`] !== undefined;
  const known = factors.filter((f) => all || f.revealedBy.some(done));
  const now = (f: (typeof factors)[number]) => (all ? ambiLevel(b, sim, f.id) : f.level);
  const mean = known.length ? known.reduce((a, f) => a + now(f), 0) / known.length : null;
  const phaseText = (level: number) => nl(level, level % 1 ? 1 : 0);
  const phase = (level: number) => phases?.[Math.min(4, Math.max(0, Math.round(level) - 1))] ?? '';
  const sourceTitle = (id: string) => b.scan.sources.find((s) => s.id === id)?.title ?? id;
  return {
    rows: factors.map((f) => {
      const shown = all || f.revealedBy.some(done);
      const level = now(f);
      const moved = all ? activeMoves(b, sim, f).map((m) => m.why) : [];
      return {
        factor: f.title,
        level: shown ? level : null,
        levelText: !shown
          ? 'onbekend'
          : level === f.level
            ? phaseText(level)
            : `${phaseText(f.level)} → ${phaseText(level)}`,
        note: shown
          ? [f.note, ...moved].join(' ')
          : `Nog niet onderzocht; bijvoorbeeld via: ${f.revealedBy.map(sourceTitle).join(', ')}`,
      };
    }),
    summary:
      mean === null
        ? 'De scan heeft nog niets over de vernieuwingskracht laten zien.'
        : `Gemiddeld${all ? ' aan het eind' : ' (voor zover bekend)'}: fase ${nl(mean, 1)} — ${phase(mean)}.`,
    source: source ?? null,
  };
}

export function diagnosisView(v: ViewCtx): DiagnosisModel {
  const { b } = v;
  return {
    kind: 'diagnosis',
    title: 'Diagnose',
    intro: 'Benoem wat volgens u de kern is. Het spel zegt nu niet of u gelijk heeft; dat ziet u in de terugblik.',
    team: teamPrompt(b, v.team, 'diagnosis', v.key, v.sim.quarter),
    max: b.scan.maxProblems,
    problems: b.scan.problems.map((p) => ({ id: p.id, title: p.title })),
    themes: b.scan.themes.map((t) => ({ id: t.id, title: t.title, summary: t.summary })),
    ambi: ambidexterity(b, v.sim),
  };
}

export function planView(v: ViewCtx): PlanModel {
  const { b, sim } = v;
  const p = b.plan;
  const prev = sim.plan;
  const tries = sim.attempts.plan ?? 0;
  return {
    kind: 'plan',
    title: 'Plan van aanpak',
    intro: tries
      ? `De ${b.board.name} keurde het plan nog niet goed. Pas het aan en leg het opnieuw voor.`
      : `Uw veranderbudget is nu ${nl(sim.budget)} k€. De coach wordt daaruit betaald.`,
    team: teamPrompt(b, v.team, 'plan', v.key, sim.quarter),
    maxGoals: p.maxGoals,
    goals: p.goals.map((g) => {
      const ind = b.scenario.indicators.find((i) => i.id === g.indicator);
      return {
        id: g.id,
        title: g.title,
        levels: g.levels.map((l) => ({ id: l.id, label: l.label })),
        chosen: prev?.goals.find((x) => x.id === g.id)?.level ?? null,
        now: ind ? `Nu volgens het dashboard: ${fmt(ind, reportedValue(b, sim, ind.id))}` : '',
      };
    }),
    coaches:
      sim.picks.commit === 'refuse'
        ? null
        : p.coaches.map((co) => ({
            id: co.id,
            title: co.title,
            meta: `${nl(co.cost)} k€`,
            summary: co.summary,
            face: face(b, co.who) ?? undefined,
            effects: effectLines(b, co.effects),
            source: co.source,
          })),
    coach: prev?.coach ?? null,
    styles: p.reporting.map((r) => ({ id: r.id, title: r.title, summary: r.summary })),
    style: prev?.style ?? null,
    submit: `Voorleggen aan de ${b.board.name}`,
  };
}
