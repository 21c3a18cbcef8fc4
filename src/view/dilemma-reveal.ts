/**
 * What a dilemma shows the room, without the DOM: its scene and options from the ink, what each
 * option sets in motion in the model (Narrative.preview() over the scenario's starting state),
 * the real cases behind it (debrief evidence about its event, visit or knot), and those effects
 * in words: direction, size and delay, never colour alone.
 */
import type { Command } from '../narrative/tags';
import type { DebriefData, DilemmasData, Effect, ScenarioBundle } from '../sim/schema';
import { nl } from './format';

type DilemmaDef = DilemmasData['dilemmas'][number];

export type Evidence = DebriefData['evidence'][number];

export { type Opened, type Option, openDilemma, PREVIEW_SEED, startReads } from '../narrative/dilemma-preview';

/** The causes in the debrief's ledger this dilemma stands for: its knot, and its event or visit. */
export function causesOf(b: ScenarioBundle, d: DilemmaDef): string[] {
  const same = (x: { story: string; knot: string }) => x.story === d.story && x.knot === d.knot;
  return [
    `ink:${d.story}.${d.knot}`,
    ...b.events.events.filter(same).map((e) => `event:${e.id}`),
    ...b.inspection.visits.filter(same).map((v) => `visit:${v.id}`),
  ];
}

/** Real cases from the debrief whose `about` names one of this dilemma's causes. */
export function evidenceFor(b: ScenarioBundle, d: DilemmaDef): Evidence[] {
  const causes = new Set(causesOf(b, d));
  return b.debrief.evidence.filter((e) => e.about.some((a) => causes.has(a)));
}

interface SeedRange {
  seed: string;
  from: number;
  to: number;
}
const rangesOf = (source: string): SeedRange[] =>
  [...source.matchAll(/(\d{3}):L(\d+)(?:-(\d+))?/g)].map((m) => ({
    seed: m[1]!,
    from: Number(m[2]),
    to: Number(m[3] ?? m[2]),
  }));

/** Do two source references cite overlapping lines of the same seed? */
export function sameSource(a: string, b: string): boolean {
  const rb = rangesOf(b);
  return rangesOf(a).some((x) => rb.some((y) => x.seed === y.seed && x.from <= y.to && y.from <= x.to));
}

/**
 * The cases to show beside the dilemma's own sector text: its evidence, less the cases that
 * sector text already tells (they cite the same lines), so the room does not read a story twice.
 */
export function casesFor(b: ScenarioBundle, d: DilemmaDef): Evidence[] {
  const all = evidenceFor(b, d);
  return d.sector ? all.filter((e) => !sameSource(e.source, d.source)) : all;
}

export const effectsOf = (commands: readonly Command[]): Effect[] =>
  commands.flatMap((c) => (c.kind === 'effect' ? [c.effect] : []));

// --------------------------------------------------------------------------------- in words

export interface EffectWords {
  /** ▲ or ▼: direction as a symbol. */
  symbol: string;
  /** Direction, size, judgement and delay in words. */
  text: string;
  good: boolean;
}

const decimalsOf = (n: number) => (String(Math.abs(n)).split('.')[1] ?? '').length;

function label(b: ScenarioBundle, target: string): string {
  if (target === 'budget') return 'Veranderbudget';
  if (target.startsWith('trust.')) {
    const who = target.slice(6);
    return `Vertrouwen van ${b.scenario.characters.find((c) => c.id === who)?.name ?? who}`;
  }
  return b.scenario.indicators.find((i) => i.id === target)?.label ?? target;
}

function unitOf(b: ScenarioBundle, target: string, size: number): string {
  const points = size > 1 ? ' punten' : ' punt';
  if (target === 'budget') return ' k€';
  if (target.startsWith('trust.')) return points;
  const unit = b.scenario.indicators.find((i) => i.id === target)?.unit ?? '';
  if (unit === '%' || unit.startsWith('% ')) return ' procentpunt';
  if (unit.startsWith('index')) return points;
  if (unit === 'cijfer' || unit === '') return '';
  return ` ${unit}`;
}

export function delayWords(e: Pick<Effect, 'lag' | 'ramp'>): string {
  const when = e.lag === 0 ? 'direct' : `na ${e.lag} ${e.lag === 1 ? 'kwartaal' : 'kwartalen'}`;
  return e.ramp > 1 ? `${when}, verspreid over ${e.ramp} kwartalen` : when;
}

/** "Ziekteverzuim omlaag met 0,5 procentpunt: gunstig, na 1 kwartaal". */
export function effectWords(b: ScenarioBundle, e: Effect): EffectWords {
  const ind = b.scenario.indicators.find((i) => i.id === e.target);
  const good = ind ? e.delta * ind.better > 0 : e.delta > 0;
  const size = `${nl(Math.abs(e.delta), Math.max(ind?.decimals ?? 0, decimalsOf(e.delta)))}${unitOf(b, e.target, Math.abs(e.delta))}`;
  return {
    symbol: e.delta > 0 ? '▲' : '▼',
    text: `${label(b, e.target)} ${e.delta > 0 ? 'omhoog' : 'omlaag'} met ${size}: ${good ? 'gunstig' : 'ongunstig'}, ${delayWords(e)}`,
    good,
  };
}

const human = (id: string) => id.replace(/_/g, ' ');

/** The other things an option sets in motion: what the game remembers, what comes to light. */
export function otherWords(b: ScenarioBundle, commands: readonly Command[]): string[] {
  const set = commands.flatMap((c) => (c.kind === 'flag' && c.on ? [`‘${human(c.name)}’`] : []));
  const unset = commands.flatMap((c) => (c.kind === 'flag' && !c.on ? [`‘${human(c.name)}’`] : []));
  const facts = commands.flatMap((c) =>
    c.kind === 'reveal' ? [b.scan.facts.find((f) => f.id === c.fact)?.title ?? human(c.fact)] : [],
  );
  return [
    set.length ? `Het spel onthoudt ${set.join(' en ')}; dat telt later mee.` : '',
    unset.length ? `Het spel vergeet ${unset.join(' en ')}.` : '',
    ...facts.map((f) => `Er komt een verborgen feit boven: ${f}.`),
  ].filter(Boolean);
}
