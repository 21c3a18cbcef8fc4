/** The Terugblik as data: one entry per section, each computed from the finished game. */
import type { AssignmentModel } from './assignment';
import type { AmbiModel, Face } from './models';

export interface HistoryRow {
  label: string;
  course: number[];
  cells: string[];
}

export interface DebriefModel {
  kind: 'debrief';
  title: string;
  intro: string;
  team: null;
  /** In a "wat als" branch: the two paths side by side. */
  compare: { intro: string; rows: [string, string, string][] } | null;
  /** `endLabel` heads the column of `end`: the end of the trajectory, or where a tussenstand stopped. */
  triad: {
    rows: { label: string; start: number; end: number; later: number | null }[];
    endLabel: string;
    goals: string[];
  };
  people: { name: string; face: Face | null; runs: { when: string; text: string }[] }[];
  recap: {
    heading: string;
    items: {
      phase: string;
      label: string;
      detail: string;
      votes: string | null;
      consequences: string[];
      /** The log step to branch from for "Wat als?", when there is one. */
      step: number | null;
    }[];
  }[];
  history: { columns: string[]; groups: { label: string; rows: HistoryRow[] }[] };
  scan: { lines: string[]; ambi: AmbiModel | null };
  inspections: { heading: string; reasons: string[] }[];
  evidence: { case: string; text: string; source: string }[];
  sector: {
    intro: string;
    themes: { title: string; count: number; mine: boolean }[];
    max: number;
    stopped: string | null;
    results: { label: string; range: string; source: string }[];
    source: string;
  } | null;
  prompts: string[];
  /** Inside a learning platform: the prompts as a written assignment. */
  assignment?: AssignmentModel;
  /** How many decisions the Terugblik lists for the game handed in: in a "wat als" branch, the original path's. */
  handedIn: number;
  /** In a "wat als" branch: the label its own exports carry (the code, CSV and JSON stay the original's). */
  exploration: string | null;
  /** The result code for the facilitator: the original game's, also in a branch. */
  code: string;
  bibliography: { id: string; text: string }[];
}
