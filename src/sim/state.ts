/** The organisation model's state: plain data, so it can be copied, compared and tested. */
export interface PendingEffect {
  target: string;
  perQuarter: number;
  from: number;
  to: number;
  cause: string;
}

/** One applied change: what moved, by how much (after clamping), when, and why. */
export interface LedgerEntry {
  quarter: number;
  target: string;
  delta: number;
  cause: string;
}

export interface Decision {
  quarter: number;
  phase: string;
  label: string;
  detail: string;
  /** The cause id its effects carry in the ledger, so the debrief can show what it set in motion. */
  cause?: string;
  /** A team's vote on a conversation choice: the options, the tally per option, the one chosen. */
  votes?: { options: string[]; tally: number[]; chosen: number };
  /** A team's vote on a form decision (intake, diagnosis, plan, budget, interim, borging): for and against. */
  support?: { for: number; against: number };
}

export interface InspectionRecord {
  visit: string;
  quarter: number;
  score: number;
  level: number;
  reasons: string[];
}

export interface PlanChoice {
  goals: { id: string; level: string }[];
  coach: string;
  style: string;
}

export interface SimState {
  quarter: number;
  /** True after the quarter's report: what changes now shows in the next quarter's figures. */
  closed: boolean;
  values: Record<string, number>;
  trust: Record<string, number>;
  flags: Record<string, number>;
  facts: Record<string, number>;
  bought: Record<string, number>;
  seen: Record<string, number>;
  picks: Record<string, string>;
  attempts: Record<string, number>;
  budget: number;
  ladder: number;
  scanHoursLeft: number;
  plan: PlanChoice | null;
  diagnosis: { problems: string[]; theme: string } | null;
  pending: PendingEffect[];
  ledger: LedgerEntry[];
  /** Indicator values at the start (index 0) and at the end of each quarter. */
  history: Record<string, number>[];
  inspections: InspectionRecord[];
  decisions: Decision[];
  /** Indicator values a year after the trajectory (set in the epilogue). */
  epilogue: Record<string, number> | null;
  /** The mixed seed: every random draw derives from it by stream name and quarter (rng.ts). */
  rng: number;
}
