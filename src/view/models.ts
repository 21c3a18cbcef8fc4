/**
 * What each game screen shows and needs to decide, as plain data: a discriminated union on
 * `kind`. Screens are templates over these models; they never read the model or the machine.
 *
 * Just over 300 lines on purpose: only types, the whole contract between the views and the screens,
 * read in one place by whoever adds a screen.
 */
import type { PortraitSpec } from '../art/portrait';
import type { EffectLine, Tone } from './format';
import type { PressureItem } from './pressure';

/** A face to draw: a name for the alt text and the portrait the art module paints. */
export interface Face {
  name: string;
  spec: PortraitSpec;
}

export interface Choice {
  id: string;
  title: string;
  summary?: string;
  meta?: string;
  /** Why it cannot be chosen now; absent when it can. */
  why?: string;
  face?: Face;
  effects?: EffectLine[];
  source?: string;
}

/** The discussion panel a team sees before a decision: the timer's key and two questions. */
export interface TeamPrompt {
  key: string;
  questions: string[];
  /**
   * How the team votes on this screen, so that every vote box records a vote: 'options' a count
   * per option (a conversation whose answer is a decision), 'support' for and against (a form
   * decision), null where the screen records no decision (scan, agenda, an introduction).
   */
  vote: 'options' | 'support' | null;
}

interface Base {
  title: string;
  intro: string | null;
  team: TeamPrompt | null;
}

export interface IntakeModel extends Base {
  kind: 'intake';
  commitment: Choice[];
  leaders: Choice[];
}

export interface AmbiModel {
  rows: { factor: string; level: number | null; levelText: string; note: string }[];
  summary: string;
  source: string | null;
}

export interface ScanModel extends Base {
  kind: 'scan';
  hoursLeft: number;
  hours: number;
  sources: { id: string; title: string; meta: string; hours: number; done: boolean; tooMuch: boolean }[];
  facts: string[];
  ambi: AmbiModel | null;
}

export interface DiagnosisModel extends Base {
  kind: 'diagnosis';
  max: number;
  problems: Choice[];
  themes: Choice[];
  ambi: AmbiModel | null;
}

export interface PlanModel extends Base {
  kind: 'plan';
  maxGoals: number;
  goals: {
    id: string;
    title: string;
    levels: { id: string; label: string }[];
    chosen: string | null;
    now: string;
  }[];
  /** Null when the player refused the commitment: no coach then. */
  coaches: Choice[] | null;
  coach: string | null;
  styles: Choice[];
  style: string | null;
  submit: string;
}

export interface AgendaModel extends Base {
  kind: 'agenda';
  slots: number;
  /** `where`: the place on the town map where the same choice stands as a pin; `control`: its button's DOM id. */
  items: {
    id: string;
    title: string;
    meta: string;
    face: Face | null;
    where: { id: string; name: string };
    control: string;
  }[];
}

/** A card in the quarter's hand: what it is meant to do and whom it touches; effects and source are details. */
export interface BudgetItem extends Choice {
  cost: number;
  touches: string;
}

/** The state of a basket while the player is ticking: its total, what is wrong, and what can no longer be added. */
export interface BasketCheck {
  total: string;
  /** What is left of the change budget after this basket. */
  left: string;
  problem: string | null;
  /** Cards that cannot be added to this basket now, with the reason (a clash, or no money left). */
  blocked: Record<string, string>;
}

export interface BudgetModel extends Base {
  kind: 'budget';
  /** The hand: the cards on the table this quarter. */
  items: BudgetItem[];
  /** What is already under way, so the player sees it while choosing. */
  underway: { title: string; since: string }[];
  /** Pure: what the screen says about a basket of intervention ids. */
  check(basket: readonly string[]): BasketCheck;
}

export interface VerdictModel extends Base {
  kind: 'verdict';
  inspector: Face | null;
  ladder: { label: string; current: boolean }[];
  consequence: string;
  reasons: string[];
  source: string;
}

export interface IndicatorRow {
  id: string;
  label: string;
  value: string;
  masked: boolean;
  /** The course so far, scaled 0..1 for the sparkline; the words are in `courseText`. */
  course: number[];
  courseText: string;
  trend: { text: string; symbol: string; tone: Tone };
  top: string;
  causes: string[];
}

export interface PersonStory {
  name: string;
  meta: string;
  face: Face | null;
  text: string;
}

export interface ReportModel extends Base {
  kind: 'report';
  quarter: number;
  people: PersonStory[];
  groups: { label: string; rows: IndicatorRow[] }[];
  next: string;
}

export interface GoalRow {
  title: string;
  level: string;
  start: string;
  target: string;
  end: string;
  result: string;
}

export interface InterimModel extends Base {
  kind: 'interim';
  goals: GoalRow[];
  lower: Choice[];
  effects: EffectLine[];
}

export interface BorgingModel extends Base {
  kind: 'borging';
  max: number;
  measures: Choice[];
}

export interface TriadValues {
  client: number;
  medewerker: number;
  organisatie: number;
}

export interface FinalModel extends Base {
  kind: 'final';
  goals: GoalRow[];
  triad: TriadValues;
  inspections: string[];
}

export interface DialogueLine {
  who: string;
  player: boolean;
  narrator: boolean;
  fresh: boolean;
  text: string;
}

export interface DialogueModel extends Base {
  kind: 'dialogue';
  /** The conversation's request number: a new one is a new screen. */
  seq: number;
  purpose: string;
  face: Face | null;
  role: string;
  lines: DialogueLine[];
  error: string | null;
  choices: string[];
  ended: boolean;
}

export type { DebriefModel } from './debrief-model';

import type { DebriefModel } from './debrief-model';

export type ScreenModel =
  | IntakeModel
  | ScanModel
  | DiagnosisModel
  | PlanModel
  | AgendaModel
  | BudgetModel
  | VerdictModel
  | ReportModel
  | InterimModel
  | BorgingModel
  | FinalModel
  | DialogueModel
  | DebriefModel
  | { kind: 'none'; title: string; intro: null; team: null };

/** What the canvas draws: the town's numbers and the person being spoken to. */
export interface WorldLocation {
  id: string;
  name: string;
  kind: string;
  x: number;
  y: number;
  /** Closed (and sold, or whatever the scenario's label says): drawn boarded up and greyed. */
  closed: string | null;
  /** Too few hands: drawn with an empty staff entrance and a warning sign. */
  shortStaffed: boolean;
  /** Clients waiting outside, 0..8, from the waiting time. */
  queue: number;
}

/**
 * An agenda item standing on the town map: clicking it presses `control`, the agenda list's own
 * button (the list is the keyboard and screen-reader way to the same choice).
 */
export interface WorldPin {
  item: string;
  location: string;
  /** Short, under the pin: a first name, or "Werkbezoek". */
  label: string;
  /** In full, when the pointer rests on the pin. */
  title: string;
  face: Face | null;
  control: string;
}

export interface WorldModel {
  quarter: number;
  /** 0 spring … 3 winter; quarter 1 starts in spring. */
  season: number;
  /** Share of windows lit, 0.1..1, from client satisfaction. */
  lit: number;
  /** People out on their rounds, from absence. */
  walkers: number;
  locations: WorldLocation[];
  speaker: (Face & { id: string; role: string }) | null;
  /** While the agenda has room: who and what the player can go to, where they are on the map. */
  pins: WorldPin[];
  /** Everything the town shows, in words (the canvas itself is hidden from screen readers). */
  description: string[];
}

export interface GameView {
  /** The game version (log length) this view was drawn for: controls send it with their event. */
  version: number;
  /** One screen instance: when it changes, focus goes to the new heading and forms start afresh. */
  key: string;
  status: { title: string; phase: string; code: string; budget: string };
  /** The pressure on the bestuurder while the trajectory runs; empty at the Terugblik. */
  pressure: PressureItem[];
  screen: ScreenModel;
  world: WorldModel;
  /** Someone else's result, read in to look at: nothing is saved. */
  viewing: boolean;
  /** A tussenstand (the game stopped before its end): where it stopped, in words; else null. */
  interim: string | null;
  team: boolean;
  /** In a "Wat als?" branch: where it split from the original path, in words; else null. */
  branch: string | null;
}
