/**
 * The facilitator's comparison, without any DOM: reading pasted codes and files, checking them,
 * spotting duplicates, and comparing the teams' games — their value triads, goals, inspections,
 * key indicators, where their paths diverged, which reflection questions fit the group, and the
 * group report as CSV. Every result is recomputed by the model from the teams' event logs.
 *
 * Over 300 lines for now: reading input, comparing and the CSV are three parts that should become
 * three files when the facilitator's view is split (issue 9, still open).
 */
import { choosePrompts } from '../game/debrief';
import type { Game } from '../game/game';
import { CODE_PREFIX, fromResultCode } from '../game/result-code';
import { loadSave } from '../game/save';
import { evaluateGoals, type GoalResult, triad } from '../sim/rules';
import type { IndicatorDef, ScenarioBundle } from '../sim/schema';
import type { Decision, SimState } from '../sim/state';

export type Triad = ReturnType<typeof triad>;
export const TRIAD_KEYS = ['client', 'medewerker', 'organisatie'] as const;
export const TRIAD_LABELS: Record<keyof Triad, string> = {
  client: 'Cliëntwaarde',
  medewerker: 'Medewerkerswaarde',
  organisatie: 'Organisatiewaarde',
};
/** Files larger than this cannot be a Koers export or a list of codes. */
export const MAX_FILE_BYTES = 600_000;
/** At most this many codes are checked per import: each is a replay, so the wait stays bounded. */
export const MAX_PER_IMPORT = 500;
/** Long pieces of text that are not codes are reported, but only the first few: junk stays quick. */
export const MAX_STRAYS = 10;

// ---------------------------------------------------------------------------------------------
// Reading input

const CODE_CHARS = /^[A-Za-z0-9_-]+$/;
/** A piece of a code that wrapped onto the next line is at least this long. */
const MIN_FRAGMENT = 16;

/**
 * Splits pasted text into result codes: one per line, or separated by spaces, commas or
 * semicolons. Text around a code ("Team rood: KOERS1-…") is dropped; a long run of code
 * characters right after a code is taken as that code wrapped onto the next line and joined to it
 * with a line break (see importOne, which undoes the join when it was wrong). A long token that
 * is not a code is kept, so the facilitator hears what is wrong with it; short words are not.
 */
export function splitCodes(text: string): string[] {
  const out: string[] = [];
  let afterCode = false;
  let strays = 0;
  for (const raw of text.split(/[\s,;]+/)) {
    if (!raw) continue;
    const at = raw.indexOf(CODE_PREFIX);
    if (at >= 0) {
      out.push(raw.slice(at).replace(/[^A-Za-z0-9_-]+$/, ''));
      afterCode = true;
      continue;
    }
    const token = raw.replace(/^[^A-Za-z0-9_-]+|[^A-Za-z0-9_-]+$/g, '');
    if (afterCode && token.length >= MIN_FRAGMENT && CODE_CHARS.test(token)) {
      out[out.length - 1] += `\n${token}`;
      continue;
    }
    afterCode = false;
    if (token.length >= 20 && strays++ < MAX_STRAYS) out.push(token);
  }
  return out;
}

/** One thing to import, with a label that tells the facilitator which one it was. */
export interface Candidate {
  label: string;
  text: string;
}

export function candidatesFromPaste(text: string, first = 1): Candidate[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return [{ label: `Invoer ${first}`, text: trimmed }];
  return splitCodes(text).map((code, i) => ({ label: `Code ${first + i}`, text: code }));
}

/** A .json export is one game; any other file is read as text with codes in it (none: nothing). */
export function candidatesFromFile(name: string, text: string): Candidate[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return [{ label: name, text: trimmed }];
  if (!text.includes(CODE_PREFIX)) return [];
  const codes = splitCodes(text);
  if (codes.length === 1) return [{ label: name, text: codes[0]! }];
  return codes.map((code, i) => ({ label: `${name}, code ${i + 1}`, text: code }));
}

/** The start and end of a long code, enough to find it again in a list. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, '');
  return flat.length <= 28 ? flat : `${flat.slice(0, 16)}…${flat.slice(-8)}`;
}

// ---------------------------------------------------------------------------------------------
// Checking

/** Same seed and same log: the same game, whichever way it was exported. */
export const gameKey = (game: Game) => `${game.seed}:${JSON.stringify(game.log)}`;

export type Check = { ok: true; game: Game } | { ok: false; message: string };

/** A code or an exported JSON file, replayed by the model; never throws. */
export function checkText(text: string, b: ScenarioBundle): Check {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const r = loadSave(trimmed, (id) => (id === b.scenario.id ? b : undefined));
    // A "wat als" file carries the game it branched from: that game is the team's result.
    return r.ok ? { ok: true, game: r.basis ?? r.game } : r;
  }
  return fromResultCode(trimmed, b);
}

export interface Accepted {
  label: string;
  game: Game;
  key: string;
}
export interface Rejected {
  label: string;
  text: string;
  excerpt: string;
  message: string;
  /** A game that was read in already: nothing to fix. */
  duplicate: boolean;
}
export type Outcome = ({ ok: true } & Accepted) | ({ ok: false } & Rejected);

/**
 * Checks one candidate against the scenario and against what is already known (game key →
 * the name it was read in as; accepted games are added). Mostly one outcome; more when a code
 * joined with the next line turns out to be a code followed by something else.
 */
export function importOne(c: Candidate, b: ScenarioBundle, known: Map<string, string>): Outcome[] {
  const reject = (label: string, text: string, message: string, duplicate = false): Outcome => ({
    ok: false,
    label,
    text,
    excerpt: excerpt(text),
    message,
    duplicate,
  });
  const accept = (label: string, game: Game, text: string): Outcome => {
    const key = gameKey(game);
    const earlier = known.get(key);
    if (earlier !== undefined)
      return reject(
        label,
        text,
        `Dubbel: dit is hetzelfde spel als ${earlier} (zelfde sessiecode en beslissingen); het is niet nog eens toegevoegd.`,
        true,
      );
    known.set(key, label);
    return { ok: true, label, game, key };
  };
  // A code joined with the next line: when the first line alone is a whole code, the rest was
  // something else (a valid code ignores what trails it, so the joined text would pass too).
  const [head, ...rest] = c.text.split('\n');
  if (rest.length && head?.startsWith(CODE_PREFIX)) {
    const alone = checkText(head, b);
    if (alone.ok)
      return [
        accept(c.label, alone.game, head),
        ...rest.map((part) =>
          reject(
            `${c.label} (vervolg)`,
            part,
            'Dit lijkt geen resultaatcode: een code begint met KOERS1-. Is het begin weggevallen?',
          ),
        ),
      ];
  }
  const r = checkText(c.text, b);
  if (r.ok) return [accept(c.label, r.game, c.text)];
  return [reject(c.label, c.text, r.message)];
}

export function importCandidates(
  list: readonly Candidate[],
  b: ScenarioBundle,
  known: Map<string, string> = new Map(),
): { accepted: Accepted[]; rejected: Rejected[] } {
  const accepted: Accepted[] = [];
  const rejected: Rejected[] = [];
  for (const c of list)
    for (const o of importOne(c, b, known)) {
      if (o.ok) accepted.push({ label: o.label, game: o.game, key: o.key });
      else
        rejected.push({ label: o.label, text: o.text, excerpt: o.excerpt, message: o.message, duplicate: o.duplicate });
    }
  return { accepted, rejected };
}

/** "Team 1", "Team 2", …: the first number not yet taken. */
export function nextTeamName(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`Team ${n}`)) return `Team ${n}`;
}

// ---------------------------------------------------------------------------------------------
// Comparing

export interface InspectionRow {
  title: string;
  quarter: number;
  level: number;
  label: string;
}

export interface TeamResult {
  name: string;
  seed: number;
  finished: boolean;
  sim: SimState;
  triad: { start: Triad; end: Triad; later: Triad | null };
  goals: GoalResult[];
  reached: number;
  inspections: InspectionRow[];
  worst: InspectionRow | null;
  /** Indicator values at the start and at the end of each quarter. */
  history: Record<string, number>[];
  /** Indicator values a year after the trajectory, when the game got that far. */
  later: Record<string, number> | null;
}

export const ladderLabel = (b: ScenarioBundle, level: number) =>
  b.scenario.ladder.find((l) => l.level === level)?.label ?? `niveau ${level}`;

export function teamResult(name: string, game: Game): TeamResult {
  const b = game.bundle;
  const snap = game.snapshot().machine;
  const sim = snap.context.sim;
  const goals = evaluateGoals(b, sim);
  const inspections = sim.inspections.map((r) => ({
    title: b.inspection.visits.find((v) => v.id === r.visit)?.title ?? r.visit,
    quarter: r.quarter,
    level: r.level,
    label: ladderLabel(b, r.level),
  }));
  const worst = inspections.reduce<InspectionRow | null>((w, r) => (!w || r.level > w.level ? r : w), null);
  return {
    name,
    seed: game.seed,
    finished: snap.hasTag('debrief'),
    sim,
    triad: {
      start: triad(b, sim.history[0] ?? sim.values),
      end: triad(b, sim.values),
      later: sim.epilogue ? triad(b, sim.epilogue) : null,
    },
    goals,
    reached: goals.filter((g) => g.result === 'behaald').length,
    inspections,
    worst,
    history: sim.history,
    later: sim.epilogue,
  };
}

export interface Moment {
  label: string;
  /** The team's indicator values at this moment; null when its game did not get there. */
  at: (t: TeamResult) => Record<string, number> | null;
}

/** The moments on a curve's x axis: start, the quarters, and a year later when any team got there. */
export function moments(teams: readonly TeamResult[]): Moment[] {
  const quarters = Math.max(0, ...teams.map((t) => t.history.length));
  const out: Moment[] = Array.from({ length: quarters }, (_, i) => ({
    label: i === 0 ? 'Start' : `K${i}`,
    at: (t: TeamResult) => t.history[i] ?? null,
  }));
  if (teams.some((t) => t.later)) out.push({ label: 'Jaar later', at: (t) => t.later });
  return out;
}

/**
 * The indicators worth a curve: for each part of the value triad the two that weigh most, so
 * clients, staff and organisation each get two lines of the story.
 */
export function keyIndicators(b: ScenarioBundle): IndicatorDef[] {
  const ids = TRIAD_KEYS.flatMap((k) =>
    [...b.scenario.triad[k]]
      .sort((x, y) => y.weight - x.weight)
      .slice(0, 2)
      .map((p) => p.indicator),
  );
  return [...new Set(ids)]
    .map((id) => b.scenario.indicators.find((i) => i.id === id))
    .filter((i): i is IndicatorDef => !!i);
}

/** Teams grouped by session code; more than one group means they did not play the same world. */
export function seedGroups(teams: readonly { name: string; seed: number }[]): { seed: number; teams: string[] }[] {
  const groups = new Map<number, string[]>();
  for (const t of teams) groups.set(t.seed, [...(groups.get(t.seed) ?? []), t.name]);
  return [...groups].map(([seed, names]) => ({ seed, teams: names }));
}

/** Two decisions are the same when the same thing was decided: the label and what was chosen. */
const same = (x: Decision | undefined, y: Decision | undefined) =>
  !!x && !!y && x.label === y.label && x.detail === y.detail;

export interface Divergence {
  /** Index into both decision lists (0-based). */
  index: number;
  quarter: number;
  a: Decision | undefined;
  b: Decision | undefined;
}

/**
 * The first decision where two paths differ; null when they are the same path. A path that
 * stops where the other goes on diverges there too.
 */
export function divergence(a: readonly Decision[], b: readonly Decision[]): Divergence | null {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (same(a[i], b[i])) continue;
    return { index: i, quarter: (a[i] ?? b[i])!.quarter, a: a[i], b: b[i] };
  }
  return null;
}

export interface PairComparison {
  a: TeamResult;
  b: TeamResult;
  at: Divergence | null;
  /** End triad of a minus end triad of b. */
  diff: Triad;
}

export function pairs(teams: readonly TeamResult[]): PairComparison[] {
  const out: PairComparison[] = [];
  for (let i = 0; i < teams.length; i++)
    for (let j = i + 1; j < teams.length; j++) {
      const a = teams[i]!;
      const b = teams[j]!;
      out.push({
        a,
        b,
        at: divergence(a.sim.decisions, b.sim.decisions),
        diff: {
          client: a.triad.end.client - b.triad.end.client,
          medewerker: a.triad.end.medewerker - b.triad.end.medewerker,
          organisatie: a.triad.end.organisatie - b.triad.end.organisatie,
        },
      });
    }
  return out;
}

/** Up to this many teams every pair gets a row; more would swamp the page (400 teams: 79,800 pairs). */
export const MAX_PAIR_TEAMS = 8;

export interface Departure {
  team: TeamResult;
  /** Where the team left the group's common path; null when it never did. */
  at: Divergence | null;
}

/**
 * The group's common path (at each step, the decision most of the teams still on it took) and where
 * each team left it: one row per team, however many teams there are.
 */
export function departures(teams: readonly TeamResult[]): Departure[] {
  const left = new Map<TeamResult, Divergence>();
  let on = [...teams];
  for (let i = 0; on.length; i++) {
    const counts = new Map<string, { d: Decision; n: number }>();
    for (const t of on) {
      const d = t.sim.decisions[i];
      if (!d) continue;
      const key = `${d.label}\u0000${d.detail}`;
      const c = counts.get(key) ?? { d, n: 0 };
      c.n++;
      counts.set(key, c);
    }
    let common: Decision | undefined;
    let most = 0;
    for (const c of counts.values())
      if (c.n > most) {
        most = c.n;
        common = c.d;
      }
    // Every team still on the path stopped here: they never left it.
    if (!common) break;
    const stay: TeamResult[] = [];
    for (const t of on) {
      const own = t.sim.decisions[i];
      if (same(own, common)) stay.push(t);
      else left.set(t, { index: i, quarter: (own ?? common).quarter, a: own, b: common });
    }
    on = stay;
  }
  return teams.map((team) => ({ team, at: left.get(team) ?? null }));
}

/** How many decisions every team made the same way, from the start. */
export function sharedStart(teams: readonly TeamResult[]): number {
  if (teams.length < 2) return teams[0]?.sim.decisions.length ?? 0;
  const first = teams[0]!.sim.decisions;
  let n = 0;
  while (n < first.length && teams.every((t) => same(t.sim.decisions[n], first[n]))) n++;
  return n;
}

export type Prompt = ScenarioBundle['debrief']['prompts'][number];

/**
 * The reflection questions for the group: every question chosen for at least one team, those
 * that fit the most teams first, then the more specific and heavier ones.
 */
export function rankPrompts(
  b: ScenarioBundle,
  teams: readonly { name: string; sim: SimState }[],
): { prompt: Prompt; teams: string[] }[] {
  const fits = new Map<string, { prompt: Prompt; teams: string[] }>();
  for (const t of teams)
    for (const p of choosePrompts(b, t.sim)) {
      const entry = fits.get(p.id) ?? { prompt: p, teams: [] };
      entry.teams.push(t.name);
      fits.set(p.id, entry);
    }
  return [...fits.values()].sort(
    (x, y) =>
      y.teams.length - x.teams.length ||
      Number(!!y.prompt.when) - Number(!!x.prompt.when) ||
      y.prompt.weight - x.prompt.weight ||
      x.prompt.id.localeCompare(y.prompt.id),
  );
}

/** Decisions grouped per quarter, in order: 0 is the preparation (intake, scan, plan). */
export function byQuarter(decisions: readonly Decision[]): Map<number, Decision[]> {
  const out = new Map<number, Decision[]>();
  for (const d of decisions) out.set(d.quarter, [...(out.get(d.quarter) ?? []), d]);
  return out;
}

export const quarterTitle = (q: number) =>
  q === 0 ? 'Voorbereiding: intake, scan en plan' : q >= 7 ? 'Na afloop' : `Kwartaal ${q}`;

// ---------------------------------------------------------------------------------------------
// The CSV

/** A text cell: always quoted, inner quotes doubled, and a leading formula character defused. */
export function csvText(v: string): string {
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
}
/** A number cell with a decimal comma, as Dutch spreadsheets expect next to semicolons. */
export function csvNumber(v: number | null, decimals = 0): string {
  if (v === null || !Number.isFinite(v)) return '';
  return v.toFixed(decimals).replace('.', ',');
}

/** One row per team: what a facilitator wants in a spreadsheet after the session. */
export function teamsCsv(b: ScenarioBundle, teams: readonly TeamResult[]): string {
  const keys = keyIndicators(b);
  const unit = (i: IndicatorDef) => (i.unit ? ` (${i.unit})` : '');
  const header = [
    'team',
    'sessiecode',
    ...TRIAD_KEYS.map((k) => `${TRIAD_LABELS[k].toLowerCase()} einde`),
    ...TRIAD_KEYS.map((k) => `${TRIAD_LABELS[k].toLowerCase()} jaar later`),
    'doelen behaald',
    'doelen totaal',
    'zwaarste inspectie-uitkomst',
    ...keys.map((i) => `${i.label} einde${unit(i)}`),
  ].map(csvText);
  const rows = teams.map((t) => [
    csvText(t.name),
    csvNumber(t.seed),
    ...TRIAD_KEYS.map((k) => csvNumber(t.triad.end[k])),
    ...TRIAD_KEYS.map((k) => csvNumber(t.triad.later ? t.triad.later[k] : null)),
    csvNumber(t.reached),
    csvNumber(t.goals.length),
    csvText(t.worst ? t.worst.label : 'geen bezoek'),
    ...keys.map((i) => csvNumber(t.sim.values[i.id] ?? null, i.decimals)),
  ]);
  return `${[header, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`;
}
