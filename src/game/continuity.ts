/**
 * The story's continuity rules (docs/content-format.md, "Continuity"): every text the player is
 * shown — a conversation's lines, a vignette, a reflection question — is checked against the state
 * it was shown in. Shared by tests/unit/continuity.test.ts and `npm run continuity`.
 */
import { test as holds } from '../sim/model';
import { must } from '../sim/scenario-index';
import type { ScenarioBundle } from '../sim/schema';
import type { SimState } from '../sim/state';
import { choosePrompts } from './debrief';
import { createGame, type Game } from './game';
import { RANDOM, rand, type Strategy } from './strategies';

/** A text that may not be shown while `when` holds: the state says the opposite. */
export interface TextRule {
  id: string;
  when: string;
  forbid: RegExp;
  /** Texts that may say it anyway: ones that look back (reflection questions) or tell the change itself. */
  except?: RegExp;
}

/**
 * Contradictions expressed as rules. `when` reads the state the text is shown in (a vignette: the
 * state its quarter ended in). Closure: De Meerkoet closes the quarter after it is bought.
 */
export const TEXT_RULES: readonly TextRule[] = [
  {
    id: 'gesloten_locatie',
    when: 'bought.locatie_sluiten >= 2',
    forbid: /\b(op|in|naar|bij) De Meerkoet\b/i,
    // the move itself, and reflection questions (ids without a dot), which look back
    except: /^(jansen\.verhuisd|events\.verhuizing_meerkoet|[a-z_]+)$/,
  },
  {
    id: 'ans_ziek_niet_aan_het_werk',
    when: 'flag.ans_ziek and werkdruk > 7.8',
    forbid: /\bAns (verhuist mee|draait|werkt|heeft het druk|is voorzichtig|staat op de vloer|loopt de gang)/,
  },
  {
    id: 'functies_uit_eigen_begroting',
    when: 'flag.functies_eigen_begroting or bought.structureel_innovatiebudget',
    forbid: /contract (is )?niet verlengd|projectgeld is op|gingen mensen en hun kennis mee/i,
  },
  {
    id: 'kees_projectleider',
    when: 'leader.kees_projectleider',
    forbid: /wat doe ik hier over een jaar|wat dat voor zijn functie betekent|functie als teamleider vervalt/i,
  },
  {
    id: 'kees_eerlijk_geholpen',
    when: 'flag.kees_eerlijk',
    forbid: /niet in wat er daarna voor hem is/i,
  },
  {
    id: 'incident_gemeld',
    when: 'flag.melding_gedaan and not flag.alsnog_gemeld',
    forbid: /(niet|nooit) gemeld|stil gehouden|verzwegen hebt/i,
  },
];

/** One text the player saw, with the state it was shown in. */
export interface Shown {
  /** `error`: a conversation that stopped with ink's error (the message the player saw). */
  kind: 'dialogue' | 'vignette' | 'prompt' | 'error';
  /** story.knot, person.vignette or prompt id */
  where: string;
  quarter: number;
  text: string;
  state: SimState;
}

export interface Break {
  rule: string;
  where: string;
  quarter: number;
  text: string;
}

const sim = (g: Game) => g.snapshot().machine.context.sim;

/** Plays one game, collecting every text shown with the state it was shown in. */
export function playShown(b: ScenarioBundle, seed: number, strategy: Strategy = RANDOM, maxSteps = 5000): Shown[] {
  const game = createGame({ bundle: b, seed });
  const r = rand(seed ^ 0x5eed);
  const shown: Shown[] = [];
  const quarterEnds = new Map<number, SimState>();
  let seen = 0;
  let seq = -1;
  let erred = -1;
  /** Notes what the game shows now: the quarter's end, and the conversation's new lines (or its error). */
  const look = () => {
    const s = sim(game);
    if (s.closed && !quarterEnds.has(s.quarter)) quarterEnds.set(s.quarter, s);
    const d = game.snapshot().dialogue;
    if (!d) return;
    if (d.conversation.seq !== seq) {
      seq = d.conversation.seq;
      seen = 0;
    }
    const where = `${d.conversation.story}.${d.conversation.knot}`;
    if (d.error && erred !== seq) {
      erred = seq;
      shown.push({ kind: 'error', where, quarter: s.quarter, text: d.error, state: s });
    }
    for (const line of d.lines.slice(seen))
      shown.push({ kind: 'dialogue', where, quarter: s.quarter, text: line.text, state: s });
    seen = d.lines.length;
  };
  look();
  for (let i = 0; i < maxSteps && !game.snapshot().machine.hasTag('debrief'); i++) {
    const e = strategy(game, r);
    if (!game.send(e)) throw new Error(`zet geweigerd: ${JSON.stringify(e)}`);
    look();
  }
  for (const v of game.vignettes())
    shown.push({
      kind: 'vignette',
      where: `${v.person}.${v.vignette}`,
      quarter: v.quarter,
      text: v.text,
      state: must(quarterEnds.get(v.quarter), `de stand aan het eind van kwartaal ${v.quarter}`),
    });
  const end = sim(game);
  for (const p of choosePrompts(b, end))
    shown.push({ kind: 'prompt', where: p.id, quarter: end.quarter, text: p.text, state: end });
  return shown;
}

/** The condition a shown text carries in the content, if any. */
function conditionOf(b: ScenarioBundle, x: Shown): string | undefined {
  if (x.kind === 'prompt') return b.debrief.prompts.find((p) => p.id === x.where)?.when;
  if (x.kind === 'vignette') {
    const [person, id] = x.where.split('.');
    return b.people.people.find((p) => p.id === person)?.vignettes.find((v) => v.id === id)?.when;
  }
  return undefined;
}

/** Every broken rule among the texts of one game. */
export function breaks(b: ScenarioBundle, shown: readonly Shown[]): Break[] {
  const out: Break[] = [];
  const add = (rule: string, x: Shown) => out.push({ rule, where: x.where, quarter: x.quarter, text: x.text });
  const earlier = new Map<string, number>();
  for (const x of shown) {
    if (x.kind === 'error') add('gesprek_liep_vast', x);
    const when = conditionOf(b, x);
    if (when && !holds(b, x.state, when)) add(`voorwaarde: ${when}`, x);
    for (const r of TEXT_RULES)
      if (r.forbid.test(x.text) && !r.except?.test(x.where) && holds(b, x.state, r.when)) add(r.id, x);
    if (x.kind === 'vignette') {
      const key = `${x.where.split('.')[0]}:${x.text}`;
      const q = earlier.get(key);
      if (q !== undefined && q !== x.quarter) add('vignet_herhaalt_woordelijk', x);
      else earlier.set(key, x.quarter);
    }
  }
  return out;
}

/** Per person the player follows: in how many of the quarters played a vignette was shown. */
export type Coverage = Record<string, { shown: number; quarters: number }>;

/**
 * Plays `games` random games from `seed` on: their breaks, each with its game's seed, and how
 * often each person had something to show (a person with nothing new is left out of a quarter).
 */
export function surveyContinuity(b: ScenarioBundle, games: number, seed = 1) {
  const found: (Break & { seed: number })[] = [];
  const coverage: Coverage = Object.fromEntries(b.people.people.map((p) => [p.id, { shown: 0, quarters: 0 }]));
  for (let i = 0; i < games; i++) {
    const shown = playShown(b, seed + i);
    for (const x of breaks(b, shown)) found.push({ ...x, seed: seed + i });
    // The history holds the start and the end of every quarter played.
    const quarters = Math.max(1, ...shown.map((x) => x.state.history.length)) - 1;
    for (const c of Object.values(coverage)) c.quarters += quarters;
    for (const x of shown) {
      const c = x.kind === 'vignette' ? coverage[x.where.split('.')[0] ?? ''] : undefined;
      if (c) c.shown++;
    }
  }
  return { breaks: found, coverage };
}

export const checkContinuity = (b: ScenarioBundle, games: number, seed = 1) => surveyContinuity(b, games, seed).breaks;
