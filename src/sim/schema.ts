/**
 * The scenario data contract. Every YAML file under stories/<scenario>/ is validated against
 * these schemas at build time (Vite plugin), by `npm run content:check`, and when a scenario loads.
 *
 * Over 300 lines on purpose: it is the whole content format in one file, which trainers and
 * docs/content-format.md read alongside each other.
 */
import { z } from 'zod';
import { nl } from 'zod/v4/locales';

// Content errors are read by Dutch trainers.
z.config(nl());

export const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'gebruik snake_case: a-z, 0-9 en _');
/** `NNN:Lx-y` references separated by `;`, or `extrapolation: reason`. */
export const SourceRef = z
  .string()
  .regex(
    /^(extrapolation: .{8,}|\d{3}:L\d+(-\d+)?(; ?\d{3}:L\d+(-\d+)?)*)$/,
    'bron moet "NNN:Lx-y" zijn (meerdere met ;) of "extrapolation: <reden>"',
  );
const Expr = z.string().min(1);
const Text = z.string().min(1);

export const EffectDef = z.object({
  target: z.string().min(1),
  delta: z.number(),
  lag: z.number().int().min(0).max(8).default(0),
  ramp: z.number().int().min(1).max(8).default(1),
  source: SourceRef.optional(),
});

const Indicator = z.object({
  id: Id,
  label: Text,
  group: z.enum(['clienten', 'medewerkers', 'organisatie', 'verandering', 'buitenwereld']),
  unit: z.string(),
  start: z.number(),
  min: z.number(),
  max: z.number(),
  /** +1 when higher is better, -1 when lower is better. */
  better: z.union([z.literal(1), z.literal(-1)]),
  decimals: z.number().int().min(0).max(2).default(0),
  /** What the board's dashboard shows until `revealedBy` is uncovered: true value + offset. */
  reportedOffset: z.number().optional(),
  revealedBy: Id.optional(),
});

/** How a person looks; the drawing (src/art/portrait) keeps the same word lists, a unit test holds them equal. */
export const Portrait = z.object({
  skin: z.string(),
  hair: z.string(),
  hairStyle: z.enum(['short', 'crop', 'sidepart', 'wavy', 'long', 'bob', 'ponytail', 'bun', 'bald', 'curly', 'hijab']),
  shirt: z.string(),
  glasses: z.boolean().default(false),
  beard: z.boolean().default(false),
  /** young ≈ 20–35, middle ≈ 35–55, old ≈ 55–70, senior ≈ 75+. */
  age: z.enum(['young', 'middle', 'old', 'senior']).default('middle'),
  face: z.enum(['oval', 'round', 'long', 'square']).default('oval'),
  clothes: z.enum(['collar', 'crew', 'blazer', 'tunic', 'cardigan']).default('collar'),
  frames: z.enum(['soft', 'round', 'bold']).default('soft'),
});

const Character = z.object({
  id: Id,
  name: Text,
  role: Text,
  interests: Text,
  trust: z.number().min(0).max(100),
  portrait: Portrait,
});

const Dynamic = z.object({
  id: Id,
  when: Expr.optional(),
  target: z.string(),
  /** Fixed change per quarter … */
  delta: z.number().optional(),
  /** … or proportional: (from − pivot) × factor, only when positive unless `both` is set. */
  from: z.string().optional(),
  pivot: z.number().default(0),
  factor: z.number().optional(),
  both: z.boolean().default(false),
  /**
   * With `change`, the factor works on how much `from` moved over one quarter (`lag` quarters
   * ago) instead of on its level: a level that follows another level, such as the margin
   * following overhead, without drifting every quarter.
   */
  change: z.boolean().default(false),
  lag: z.number().int().min(0).max(4).default(0),
  reason: Text,
  source: SourceRef,
});

const TriadPart = z.object({ indicator: Id, weight: z.number().positive(), worst: z.number(), best: z.number() });

const LadderStep = z.object({
  level: z.number().int().min(0).max(5),
  id: Id,
  label: Text,
  minScore: z.number(),
  consequence: Text,
  effects: z.array(EffectDef).default([]),
});

/** A length a game can be played at: the same model over fewer or more quarters. */
export const LengthDef = z.object({
  id: Id,
  label: Text,
  /** One plain line for the start screen: how long it takes and what it holds. */
  blurb: Text,
  /** Quarters in action period 1 (then the interim evaluation) and in period 2 (then borging). */
  periods: z.tuple([z.number().int().min(1).max(6), z.number().int().min(1).max(6)]),
  /** Agenda slots a quarter at this length (absent: the scenario's `agendaSlots`). */
  agendaSlots: z.number().int().min(1).max(4).optional(),
  /** Scan hours at this length (absent: the scan's `hours`). */
  scanHours: z.number().int().min(1).max(200).optional(),
});
export type LengthData = z.infer<typeof LengthDef>;

export const ScenarioFile = z.object({
  id: Id,
  title: Text,
  subtitle: Text,
  /**
   * The title screen's words, before the scenario itself loads: who the player is (`role`) and what
   * the game holds (`journey`). A package for a learning platform shows `role` with its own words.
   */
  pitch: z.object({ role: Text, journey: Text }),
  contentVersion: z.number().int().positive(),
  /** The full trajectory's quarters: the first of `lengths` must add up to it. */
  quarters: z.number().int().min(2).max(12),
  /** The lengths a game can be chosen at, the full one first (the default for every log without one). */
  lengths: z.array(LengthDef).min(1).max(8).optional(),
  agendaSlots: z.number().int().min(1).max(4),
  changeBudget: z.object({ start: z.number().nonnegative(), perQuarter: z.number().nonnegative() }),
  indicators: z.array(Indicator).min(6),
  characters: z.array(Character).min(4),
  locations: z
    .array(
      z.object({
        id: Id,
        name: Text,
        kind: z.enum(['verpleeghuis', 'thuiszorg', 'kantoor']),
        x: z.number(),
        y: z.number(),
        /** The town shows the location closed while `when` holds, with `label` in words. */
        closure: z.object({ when: z.string(), label: Text }).optional(),
      }),
    )
    .min(1),
  dynamics: z.array(Dynamic),
  triad: z.object({ client: z.array(TriadPart), medewerker: z.array(TriadPart), organisatie: z.array(TriadPart) }),
  ladder: z.array(LadderStep).length(6),
  epilogue: z.object({
    retainBase: z.number().min(0).max(1),
    retainPerBorging: z.number().min(0),
    story: Id,
    knot: Id,
    /** The conversation's title, also for the epilogue after an early end. */
    title: Text,
  }),
  intro: z.object({ story: Id, knot: Id }),
});

const Fact = z.object({ id: Id, title: Text, problem: Id });
const Problem = z.object({ id: Id, title: Text, real: z.boolean() });
const ScanSource = z.object({
  id: Id,
  title: Text,
  kind: z.enum(['interview', 'data', 'rondgang']),
  hours: z.number().int().positive(),
  who: Id.optional(),
  story: Id,
  knot: Id,
});
export const ScanFile = z.object({
  hours: z.number().int().positive(),
  sources: z.array(ScanSource).min(6),
  facts: z.array(Fact).min(4),
  problems: z.array(Problem).min(4),
  maxProblems: z.number().int().min(1).max(5),
  themes: z.array(z.object({ id: Id, title: Text, summary: Text })).length(5),
});

const Choice = z.object({
  id: Id,
  title: Text,
  summary: Text,
  cost: z.number().nonnegative().default(0),
  effects: z.array(EffectDef).default([]),
  source: SourceRef,
});
const GoalTemplate = z.object({
  id: Id,
  title: Text,
  indicator: Id,
  levels: z.array(z.object({ id: Id, label: Text, target: z.number() })).min(2),
});
export const PlanFile = z.object({
  commitment: z.object({ sign: Choice, refuse: Choice }),
  leaders: z.array(Choice).min(2),
  goals: z.array(GoalTemplate).min(3),
  maxGoals: z.number().int().min(1).max(5),
  coaches: z.array(Choice.extend({ who: Id })).length(3),
  reporting: z.array(Choice).length(2),
  approval: z.object({ story: Id, knot: Id, who: Id, title: Text }),
  /** The interim evaluation; lowering a goal there costs `adjustEffects` per goal. */
  interim: z.object({ story: Id, knot: Id, title: Text, adjustEffects: z.array(EffectDef).default([]) }),
  borging: z.array(Choice).min(3),
  maxBorging: z.number().int().min(1),
});

const Conditional = z.object({ if: Expr, effects: z.array(EffectDef), source: SourceRef });
const Intervention = z.object({
  id: Id,
  title: Text,
  summary: Text,
  cost: z.number().nonnegative(),
  requires: Expr.optional(),
  requiresText: Text.optional(),
  excludes: z.array(Id).default([]),
  repeatable: z.boolean().default(false),
  effects: z.array(EffectDef).min(1),
  conditional: z.array(Conditional).default([]),
  source: SourceRef,
});
export const InterventionsFile = z.object({ interventions: z.array(Intervention).min(8) });

/** A card in the deck the quarter's hand is drawn from (sim/hand.ts): one intervention and when it comes up. */
const HandCard = z.object({
  intervention: Id,
  /** Whom it touches, in plain words, on the card. */
  touches: Text,
  /** Only in the draw while this holds (on top of the intervention's own requires). */
  when: Expr.optional(),
  /** In the hand whenever this holds (the draw orders them when there are more than places). */
  always: Expr.optional(),
  weight: z.number().positive().default(1),
  /** Extra weight in the draw while a condition holds: the theme, the diagnosis, earlier choices, the state. */
  favour: z.array(z.object({ if: Expr, weight: z.number().positive() })).default([]),
});
export const HandFile = z.object({ size: z.number().int().min(3).max(9), cards: z.array(HandCard).min(3) });

const GameEvent = z.object({
  id: Id,
  title: Text,
  when: Expr.optional(),
  weight: z.number().positive().default(1),
  once: z.boolean().default(true),
  /** Forced events happen whenever their condition holds, before the random draw. */
  forced: z.boolean().default(false),
  /** A forced event with a chance happens, while its condition holds, in that share of quarters (its own stream). */
  chance: z.number().gt(0).max(1).optional(),
  story: Id,
  knot: Id,
  source: SourceRef,
});
export const EventsFile = z.object({ perQuarter: z.number().int().min(1).max(3), events: z.array(GameEvent).min(6) });

const AgendaItem = z.object({
  id: Id,
  title: Text,
  kind: z.enum(['gesprek', 'werkbezoek']),
  who: Id.optional(),
  /** Where on the town map the player finds it: a location id (absent, or that location closed: the head office). */
  where: Id.optional(),
  when: Expr.optional(),
  once: z.boolean().default(true),
  story: Id,
  knot: Id,
});
export const AgendaFile = z.object({ items: z.array(AgendaItem).min(4) });

const Norm = z.object({ id: Id, title: Text, meets: Expr, weight: z.number().positive(), source: SourceRef });
const Level = z.number().int().min(0).max(5);
const Visit = z.object({
  id: Id,
  title: Text,
  kind: z.enum(['vervolgbezoek', 'onaangekondigd']),
  /** Quarter in which a scheduled visit happens, or a condition that triggers it. */
  quarter: z.number().int().min(1).max(6).optional(),
  when: Expr.optional(),
  story: Id,
  knot: Id,
  source: SourceRef,
  /** The least this visit concludes, above the restraint (a concealed calamity, once found). */
  floor: z.object({ level: Level, reason: Text, source: SourceRef }).optional(),
});
/**
 * How the inspection moves on its ladder: failed norms set a floor; enforcement comes only after a
 * demanded plan of approach brought no movement, one step per visit. Texts may use {label} and {from}.
 */
const Escalation = z.object({
  enforcementFrom: Level,
  /** Quarters a measure runs before the inspection may go a step further. */
  minQuarters: z.number().int().min(0).max(6),
  floors: z.array(z.object({ failedNorms: z.number().int().min(1), level: Level, reason: Text, source: SourceRef })),
  restraint: Text,
  held: Text,
  lowered: Text,
  source: SourceRef,
});
export const InspectionFile = z.object({
  inspector: Id,
  visits: z.array(Visit).min(1),
  norms: z.array(Norm).min(5),
  escalation: Escalation,
  /** Score modifiers from flags the dialogue sets (e.g. openness, window dressing). */
  modifiers: z.array(z.object({ if: Expr, score: z.number(), reason: Text, source: SourceRef })),
});

/** Clients and staff the player follows: each quarter one vignette per person, chosen by the model. */
const Vignette = z.object({
  id: Id,
  /** Shown when this holds; among those that hold, the highest priority wins. */
  when: Expr.optional(),
  priority: z.number().default(0),
  knot: Id,
});
const Person = z.object({
  id: Id,
  name: Text,
  kind: z.enum(['client', 'medewerker']),
  age: z.number().int().positive(),
  summary: Text,
  /** A cast character this person is (e.g. Ans), whose portrait is used. */
  character: Id.optional(),
  portrait: Portrait.optional(),
  story: Id,
  vignettes: z.array(Vignette).min(8),
});
export const PeopleFile = z.object({ people: z.array(Person).default([]) });

const Prompt = z.object({
  id: Id,
  text: Text,
  when: Expr.optional(),
  weight: z.number().positive().default(1),
  topic: z.enum(['koers', 'mensen', 'geld', 'inspectie', 'samenwerking', 'borging', 'leiderschap', 'scan']),
});
const Evidence = z.object({
  id: Id,
  /** Cause ids from the ledger this case speaks to: iv:<intervention>, ink:<story>.<knot>, dyn:<rule>, visit:<visit>. */
  about: z.array(z.string().min(3)).min(1),
  case: Text,
  text: Text,
  source: SourceRef,
});
const SectorFigure = z.object({ label: Text, low: z.number(), high: z.number(), unit: z.string(), source: SourceRef });
export const DebriefFile = z.object({
  minPrompts: z.number().int().min(1).default(5),
  maxPrompts: z.number().int().min(1).default(8),
  prompts: z.array(Prompt).default([]),
  evidence: z.array(Evidence).default([]),
  sector: z
    .object({
      trajectories: z.number().int().positive(),
      themes: z.array(z.object({ theme: Id, count: z.number().int().nonnegative() })),
      stopped: z.array(z.object({ label: Text, count: z.number().int().nonnegative() })),
      results: z.array(SectorFigure),
      source: SourceRef,
    })
    .optional(),
});
export const SourcesFile = z.object({
  sources: z
    .array(
      z.object({
        id: z.string().regex(/^\d{3}$/),
        title: Text,
        authors: Text,
        publisher: Text,
        year: z.number().int().min(1990).max(2100),
      }),
    )
    .default([]),
});

/**
 * The organisation's ambidexterity profile (seed 003): nine factors on the five-phase innovation
 * maturity scale. The scan reveals a factor when one of its sources was used.
 */
export const AmbidexterityFile = z.object({
  phases: z.array(Text).length(5).optional(),
  factors: z
    .array(
      z.object({
        id: Id,
        title: Text,
        /** The true phase, 1–5 (halves allowed). */
        level: z.number().min(1).max(5),
        note: Text,
        revealedBy: z.array(Id).min(1),
        source: SourceRef,
        /** What moves the factor (src/sim/ambidexterity.ts): each holds while its condition holds. */
        moves: z
          .array(z.object({ when: Expr, delta: z.number().min(-2).max(2), why: Text, source: SourceRef }))
          .default([]),
      }),
    )
    .default([]),
  source: SourceRef.optional(),
});

/**
 * Dilemmas for a facilitator's dilemma session: a decision point in the scenario's ink (a knot
 * that offers choices), framed for a room, and ready-made sets of 3–8 of them.
 */
export const DilemmasFile = z.object({
  dilemmas: z
    .array(
      z.object({
        id: Id,
        title: Text,
        story: Id,
        knot: Id,
        /** The situation as the room sees it on the big screen. */
        situation: Text,
        /** Characters or people-to-follow this dilemma concerns. */
        people: z.array(Id).default([]),
        /** How the sector chose, where the sources say so. */
        sector: Text.optional(),
        source: SourceRef,
      }),
    )
    .default([]),
  sets: z.array(z.object({ id: Id, title: Text, summary: Text, dilemmas: z.array(Id).min(3).max(8) })).default([]),
  /** Plain words for a flag an option sets: what the game remembers now, and what it can do later. */
  consequences: z.array(z.object({ flag: Id, text: Text, later: Text })).default([]),
});

/** Discussion prompts for a team on one screen, per kind of decision. */
export const TeamFile = z.object({
  prompts: z
    .array(
      z.object({
        screen: z.enum([
          'event',
          'agenda',
          'visit',
          'approval',
          'interim',
          'intake',
          'scan',
          'diagnosis',
          'plan',
          'budget',
          'borging',
        ]),
        text: Text,
      }),
    )
    .default([]),
});

/**
 * The supervisory board: quarterly reviews move its confidence (an indicator); a dismissal rule
 * can end the trajectory early with its own conversation and epilogue. A scenario without it has
 * no board reviews and no early end.
 */
export const BoardFile = z.object({
  /** Who the player answers to, as the screens name them ("Raad van Toezicht"; for a teamleider: "locatiemanager"). */
  name: Text,
  indicator: Id.optional(),
  chair: Id.optional(),
  reviews: z.array(z.object({ id: Id, when: Expr, delta: z.number(), reason: Text, source: SourceRef })).default([]),
  dismissal: z
    .object({
      when: Expr,
      story: Id,
      knot: Id,
      title: Text,
      /** The dismissal as a decision in the Terugblik: what it is and what follows. */
      decision: z.object({ label: Text, detail: Text }),
      epilogue: z.object({ story: Id, knot: Id }),
      source: SourceRef,
    })
    .optional(),
  /**
   * When the pressure on the bestuurder shows as "let op" (warn) or "kritiek" (danger) while playing:
   * the board's confidence and the margin below, the inspection ladder at or above these values.
   */
  pressure: z
    .object({
      confidence: z.object({ warn: z.number(), danger: z.number() }),
      margin: z.object({ indicator: Id, warn: z.number(), danger: z.number() }),
      ladder: z.object({ warn: z.number().int(), danger: z.number().int() }),
    })
    .optional(),
});

/** Scripted players for the CLI, the balance run and the tests: a way of playing, as data. */
const StrategyDef = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'gebruik kleine letters, cijfers en -'),
  title: Text,
  summary: Text,
  commit: z.enum(['sign', 'refuse']).default('sign'),
  leader: Id,
  theme: Id,
  /** Empty when the commitment is refused (no programme coach). */
  coach: z.union([Id, z.literal('')]),
  style: Id,
  goals: z.array(z.object({ id: Id, level: Id })).min(1),
  /** Scan sources in order, as long as the hours last. */
  scan: z.array(Id).default([]),
  /** Agenda items in order of preference, as long as there are slots. */
  agenda: z.array(Id).default([]),
  /** Interventions in order of priority; bought when allowed and affordable. */
  interventions: z.array(Id).default([]),
  perQuarter: z.number().int().min(0).max(10).default(2),
  /** The share of the available change budget it is willing to spend in a quarter. */
  budgetShare: z.number().min(0).max(1).default(0.8),
  /** How it answers in conversations: the first option, the last, or what builds most trust. */
  dialogue: z.enum(['eerste', 'laatste', 'vertrouwen']).default('eerste'),
  borging: z.array(Id).default([]),
});
export const StrategiesFile = z.object({ strategies: z.array(StrategyDef).default([]) });

export type ScenarioData = z.infer<typeof ScenarioFile>;
export type ScanData = z.infer<typeof ScanFile>;
export type PlanData = z.infer<typeof PlanFile>;
export type InterventionsData = z.infer<typeof InterventionsFile>;
export type HandData = z.infer<typeof HandFile>;
export type HandCardDef = HandData['cards'][number];
export type EventsData = z.infer<typeof EventsFile>;
export type AgendaData = z.infer<typeof AgendaFile>;
export type InspectionData = z.infer<typeof InspectionFile>;
export type Effect = z.infer<typeof EffectDef>;
export type IndicatorDef = ScenarioData['indicators'][number];
export type CharacterDef = ScenarioData['characters'][number];
export type InterventionDef = InterventionsData['interventions'][number];
export type EventDef = EventsData['events'][number];
export type PeopleData = z.infer<typeof PeopleFile>;
export type DebriefData = z.infer<typeof DebriefFile>;
export type SourcesData = z.infer<typeof SourcesFile>;
export type PersonDef = PeopleData['people'][number];
export type StrategyData = z.infer<typeof StrategiesFile>;
export type AmbidexterityData = z.infer<typeof AmbidexterityFile>;
export type DilemmasData = z.infer<typeof DilemmasFile>;
export type TeamData = z.infer<typeof TeamFile>;
export type BoardData = z.infer<typeof BoardFile>;
export type StrategyDefData = StrategyData['strategies'][number];

/** The data files of one scenario, by file name, with their schema. */
export const dataFiles = {
  scenario: ScenarioFile,
  scan: ScanFile,
  plan: PlanFile,
  interventions: InterventionsFile,
  hand: HandFile,
  events: EventsFile,
  agenda: AgendaFile,
  inspection: InspectionFile,
  people: PeopleFile,
  debrief: DebriefFile,
  sources: SourcesFile,
  strategies: StrategiesFile,
  ambidexterity: AmbidexterityFile,
  dilemmas: DilemmasFile,
  team: TeamFile,
  board: BoardFile,
} as const;
/** Files a scenario may leave out (their schema gives the defaults). */
export const optionalDataFiles: readonly DataFileName[] = [
  'people',
  'debrief',
  'sources',
  'strategies',
  'ambidexterity',
  'dilemmas',
  'team',
  'board',
];
export type DataFileName = keyof typeof dataFiles;

export interface ScenarioBundle {
  scenario: ScenarioData;
  scan: ScanData;
  plan: PlanData;
  interventions: InterventionsData;
  hand: HandData;
  events: EventsData;
  agenda: AgendaData;
  inspection: InspectionData;
  people: PeopleData;
  debrief: DebriefData;
  sources: SourcesData;
  strategies: StrategyData;
  ambidexterity: AmbidexterityData;
  dilemmas: DilemmasData;
  team: TeamData;
  board: BoardData;
  /** Compiled ink JSON per story id (file name without .ink). */
  stories: Record<string, string>;
  /** bundleFingerprint() of everything above, set once at load (see sim/fingerprint.ts). */
  fingerprint: string;
  /** The length this bundle is played at (sim/lengths.ts atLength); absent: the full length. */
  length?: string;
}
