/**
 * Where the teams went different ways, and what followed: one timeline for the whole group, in
 * place of a table of every pair of teams. Teams that made the same decisions so far travel
 * together; at each decision where such a group splits, the timeline has an entry with each
 * branch's choice, its teams and their value triad at the end. A group of n teams splits at most
 * n − 1 times, so the timeline grows with the number of teams, never with the number of pairs.
 */
import type { Decision } from '../sim/state';
import { quarterTitle, sameDecision, type TeamResult, TRIAD_KEYS, TRIAD_LABELS, type Triad } from './compare';

export interface Branch {
  /** The decision this branch took here; undefined: its games stopped before it. */
  choice: Decision | undefined;
  teams: TeamResult[];
}

export interface Fork {
  /** Index into the decision lists (0-based). */
  index: number;
  quarter: number;
  /** The teams that had decided alike until here. */
  together: TeamResult[];
  /** Largest first. */
  branches: Branch[];
}

/** Every split of the group, in the order of the decisions. */
export function forks(teams: readonly TeamResult[]): Fork[] {
  const out: Fork[] = [];
  let groups: TeamResult[][] = teams.length > 1 ? [[...teams]] : [];
  for (let i = 0; groups.length; i++) {
    const next: TeamResult[][] = [];
    for (const group of groups) {
      const branches: Branch[] = [];
      for (const t of group) {
        const d = t.sim.decisions[i];
        const same = branches.find((b) => (d ? sameDecision(b.choice, d) : !b.choice));
        if (same) same.teams.push(t);
        else branches.push({ choice: d, teams: [t] });
      }
      const quarter = branches.find((b) => b.choice)?.choice?.quarter;
      // Every game in the group ended here, on one path: nothing more to split.
      if (quarter === undefined) continue;
      if (branches.length > 1)
        out.push({
          index: i,
          quarter,
          together: group,
          branches: branches.sort((x, y) => y.teams.length - x.teams.length),
        });
      for (const b of branches) if (b.choice && b.teams.length > 1) next.push(b.teams);
    }
    groups = next;
  }
  return out.sort((x, y) => x.index - y.index);
}

/** The mean of the teams' end triads, rounded as the triad table shows it. */
export function meanTriad(teams: readonly TeamResult[]): Triad {
  const mean = (k: keyof Triad) => Math.round(teams.reduce((s, t) => s + t.triad.end[k], 0) / teams.length);
  return { client: mean('client'), medewerker: mean('medewerker'), organisatie: mean('organisatie') };
}

export interface BranchView {
  choice: string;
  teams: string[];
  /** What followed: the triad at the end, for one team or as the branch's mean. */
  after: string;
}
export interface ForkView {
  when: string;
  who: string;
  branches: BranchView[];
}

/** A decision in words; long details only when the branches share the label (the detail is the difference). */
export function choiceText(d: Decision | undefined, others: readonly (Decision | undefined)[]): string {
  if (!d) return 'Geen verdere beslissingen: het spel stopte hier.';
  const needed = others.some((o) => o && o !== d && o.label === d.label);
  return d.detail && (d.detail.length <= 100 || needed) ? `${d.label}: ${d.detail}` : d.label;
}

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} en ${list.at(-1)}`;

/** The timeline as the facilitator reads it; `all` is the number of teams compared. */
export function forkView(f: Fork, all: number): ForkView {
  const choices = f.branches.map((b) => b.choice);
  return {
    when: `Beslissing ${f.index + 1} · ${quarterTitle(f.quarter).split(':')[0]?.toLowerCase()}`,
    who:
      f.together.length === all
        ? all === 2
          ? 'Beide teams gingen hier uiteen.'
          : `Alle ${all} teams gingen hier uiteen.`
        : `${names(f.together.map((t) => t.name))}, tot hier gelijk, gingen uiteen.`,
    branches: f.branches.map((b) => {
      const triad = meanTriad(b.teams);
      const values = TRIAD_KEYS.map((k) => `${TRIAD_LABELS[k]} ${triad[k]}`).join(' · ');
      return {
        choice: choiceText(b.choice, choices),
        teams: b.teams.map((t) => t.name),
        after: b.teams.length === 1 ? `Aan het eind: ${values}` : `Aan het eind, gemiddeld: ${values}`,
      };
    }),
  };
}
