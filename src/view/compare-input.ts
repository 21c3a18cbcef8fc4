/**
 * Reading the teams' results for the facilitator's comparison, without any DOM: splitting pasted
 * text and files into codes, checking each by replaying it, spotting duplicates, and naming teams
 * (by the name their code carries, else Team 1, Team 2, …).
 */
import type { Game } from '../game/game';
import { CODE_PREFIX, fromResultCode } from '../game/result-code';
import { loadSave } from '../game/save';
import type { ScenarioBundle } from '../sim/schema';

/** Files larger than this cannot be a Koers export or a list of codes. */
export const MAX_FILE_BYTES = 600_000;
/** At most this many codes are checked per import: each is a replay, so the wait stays bounded. */
export const MAX_PER_IMPORT = 500;
/** Long pieces of text that are not codes are reported, but only the first few: junk stays quick. */
export const MAX_STRAYS = 10;

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
  /** A name the facilitator gave this team before (a kept comparison): it wins over the code's own. */
  name?: string;
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

/** `team`: the team's name, when the code or file carries one. */
export type Check = { ok: true; game: Game; team?: string } | { ok: false; message: string };

/** A code or an exported JSON file, replayed by the model; never throws. */
export function checkText(text: string, b: ScenarioBundle): Check {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    const r = loadSave(trimmed, (id) => (id === b.scenario.id ? b : undefined));
    // A "wat als" file carries the game it branched from: that game is the team's result.
    if (!r.ok) return r;
    const game = r.basis ?? r.game;
    return r.teamName ? { ok: true, game, team: r.teamName } : { ok: true, game };
  }
  return fromResultCode(trimmed, b);
}

export interface Accepted {
  label: string;
  game: Game;
  key: string;
  /** The team's name the code carries (absent in codes without one). */
  team?: string;
}
export interface Rejected {
  label: string;
  text: string;
  excerpt: string;
  message: string;
  /** A game that was read in already, under this name: nothing to fix. */
  duplicate: boolean;
  same?: string;
}
export type Outcome = ({ ok: true } & Accepted) | ({ ok: false } & Rejected);

/**
 * Checks one candidate against the scenario and against what is already known (game key →
 * the name it was read in as; accepted games are added). Mostly one outcome; more when a code
 * joined with the next line turns out to be a code followed by something else.
 */
export function importOne(c: Candidate, b: ScenarioBundle, known: Map<string, string>): Outcome[] {
  const reject = (label: string, text: string, message: string, same?: string): Outcome => ({
    ok: false,
    label,
    text,
    excerpt: excerpt(text),
    message,
    duplicate: same !== undefined,
    ...(same !== undefined ? { same } : {}),
  });
  const accept = (label: string, game: Game, text: string, team?: string): Outcome => {
    const key = gameKey(game);
    const earlier = known.get(key);
    if (earlier !== undefined)
      return reject(
        label,
        text,
        `Dubbel: dit is hetzelfde spel als ${earlier} (zelfde sessiecode en beslissingen); het is niet nog eens toegevoegd.`,
        earlier,
      );
    known.set(key, team ?? label);
    return { ok: true, label, game, key, ...(team ? { team } : {}) };
  };
  // A code joined with the next line: when the first line alone is a whole code, the rest was
  // something else (a valid code ignores what trails it, so the joined text would pass too).
  const [head, ...rest] = c.text.split('\n');
  if (rest.length && head?.startsWith(CODE_PREFIX)) {
    const alone = checkText(head, b);
    if (alone.ok)
      return [
        accept(c.label, alone.game, head, c.name ?? alone.team),
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
  if (r.ok) return [accept(c.label, r.game, c.text, c.name ?? r.team)];
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
      if (o.ok) {
        const { ok: _, ...a } = o;
        accepted.push(a);
      } else {
        const { ok: _, ...r } = o;
        rejected.push(r);
      }
    }
  return { accepted, rejected };
}

/** "Team 1", "Team 2", …: the first number not yet taken. */
export function nextTeamName(taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) if (!taken.includes(`Team ${n}`)) return `Team ${n}`;
}

/**
 * A read-in team's name: the one its code carries, else the next "Team n"; a name taken already
 * (two teams both called "Rood") gets a number, "Rood (2)", so every line in the comparison is one team.
 */
export function teamName(carried: string | undefined, taken: readonly string[]): string {
  if (!carried) return nextTeamName(taken);
  if (!taken.includes(carried)) return carried;
  for (let n = 2; ; n++) if (!taken.includes(`${carried} (${n})`)) return `${carried} (${n})`;
}

/**
 * Games read in again, said in one line: each team once, with how often it came again (a pasted
 * list that is pasted twice gives one line, not one message per code). Null when there were none.
 */
export function duplicatesLine(rejected: readonly Rejected[]): string | null {
  const times = new Map<string, number>();
  for (const r of rejected) if (r.same !== undefined) times.set(r.same, (times.get(r.same) ?? 0) + 1);
  if (!times.size) return null;
  const names = [...times].map(([name, n]) => (n > 1 ? `${name} (${n} keer)` : name));
  return `Al ingelezen, dus niet nog eens toegevoegd: ${names.join(', ')}.`;
}
