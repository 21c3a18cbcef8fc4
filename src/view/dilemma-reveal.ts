/**
 * What a dilemma's reveal shows the room, without the DOM: per option its votes and share, and
 * what it set in motion in the model (Narrative.preview() over the scenario's starting state) in
 * plain words, split into what happens at once and what comes later; the real cases behind it
 * (debrief evidence about its event, visit or knot), and the sources for who asks. No option is
 * marked as the better one. `revealModel` is the entry point for any screen that shows a tally.
 */
import { type Opened, openDilemma } from '../narrative/dilemma-preview';
import type { DebriefData, DilemmasData, ScenarioBundle } from '../sim/schema';
import { shares } from './dilemma-session';
import { consequenceWords } from './dilemma-words';

type DilemmaDef = DilemmasData['dilemmas'][number];

export type Evidence = DebriefData['evidence'][number];

export { type Opened, type Option, openDilemma, PREVIEW_SEED, startReads } from '../narrative/dilemma-preview';
export type { OwnOption } from './dilemma-session';

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

export const letter = (i: number) => String.fromCharCode(65 + i);

export interface RevealOption {
  letter: string;
  text: string;
  /** The option the room invented: it has votes, but the model cannot say what it does. */
  own: boolean;
  votes: number;
  /** Whole percent of the votes cast. */
  share: number;
  /** Among the options with the most votes (and at least one): a fact about the room, not a verdict. */
  top: boolean;
  /** What happens at once, in words. */
  now: string[];
  /** What comes later, said as such: delayed effects and what the game remembers for later. */
  later: string[];
}

export interface RevealModel {
  title: string;
  total: number;
  options: RevealOption[];
  cases: { name: string; text: string; source: string }[];
  /** How the sector chose, where the sources say so. */
  sector: string | null;
  /** The dilemma's own source (situation and sector text); shown on request. */
  source: string;
}

/**
 * The reveal for a tally: one count per option of the dilemma, plus one for the room's own
 * option when `own` has words. `opened` saves running the ink again where the caller has it.
 */
export function revealModel(
  b: ScenarioBundle,
  d: DilemmaDef,
  tally: readonly number[],
  own = '',
  opened: Opened = openDilemma(b, d),
): RevealModel {
  const ownText = own.trim();
  const count = opened.options.length + (ownText ? 1 : 0);
  const votes = Array.from({ length: count }, (_, i) => Math.max(0, tally[i] ?? 0));
  const pct = shares(votes);
  const most = Math.max(0, ...votes);
  const options: RevealOption[] = opened.options.map((o, i) => ({
    letter: letter(i),
    text: o.text,
    own: false,
    votes: votes[i]!,
    share: pct[i]!,
    top: most > 0 && votes[i] === most,
    ...consequenceWords(b, o.commands),
  }));
  if (ownText) {
    const i = options.length;
    options.push({
      letter: letter(i),
      text: ownText,
      own: true,
      votes: votes[i]!,
      share: pct[i]!,
      top: most > 0 && votes[i] === most,
      now: [],
      later: [],
    });
  }
  return {
    title: d.title,
    total: votes.reduce((a, v) => a + v, 0),
    options,
    cases: casesFor(b, d).map((e) => ({ name: e.case, text: e.text, source: e.source })),
    sector: d.sector ?? null,
    source: d.source,
  };
}
