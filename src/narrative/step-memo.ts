/**
 * Remembered ink steps. Ink is deterministic: from the same story state, with the same answers to
 * its get()/test() calls, a step (starting a knot, or choosing an option) says the same lines,
 * issues the same commands and ends in the same state. A Story's state is in turn a function of
 * the steps taken since it was reset. So the steps a story has taken form a tree, shared by all
 * games in this process: a step is found by the path of steps before it, then followed call by
 * call, asking the game the same questions ink asked, in the same order and with the same
 * commands issued before each. Where every answer is the same, ink need not run at all.
 *
 * A step ink did run is stored with its state afterwards (ink's own save format), so that a game
 * can continue with ink from any remembered step. The tree is bounded: past MAX_STEPS remembered
 * steps it starts over, so a long batch run does not grow without end.
 */
import type { Command } from './tags';

export interface Line {
  text: string;
  speaker?: string;
}

type Fn = 'get' | 'test';
type Answer = number | boolean;
/** What ink did during one step, in order: the calls it made (with the answers) and the commands it issued. */
export type Script = ({ fn: Fn; arg: string; answer: Answer } | { command: Command })[];

/** The end of a step: what the player sees, the story's state after it, and the steps taken from there. */
export interface End {
  lines: readonly Line[];
  choices: readonly string[];
  /** The outcome a tag in this step set, if any. */
  outcome?: string;
  /** ink's saved state after the step; null only at a root, where the Story is freshly reset. */
  state: string | null;
  /** The steps taken from here, by operation (made when the first one is remembered). */
  next?: Map<string, Tape>;
}
/** Commands issued in a row, then either a call whose answer decides what follows, or the end of the step. */
interface Tape {
  commands: readonly Command[];
  after: { fn: Fn; arg: string; on: Map<Answer, Tape> } | End;
}

const MAX_STEPS = 20_000;
let remembered = 0;
const roots = new Map<string, Map<number, End>>();
const seededStory = new Map<string, boolean>();

/**
 * The root for a story's compiled JSON. A story that uses ink's random numbers (RANDOM, SEED_RANDOM,
 * shuffle sequences) depends on the seed ink is given as well, so it gets a root per seed.
 */
export function rootFor(json: string, inkSeed: number): End {
  let seeded = seededStory.get(json);
  if (seeded === undefined) {
    seeded = json.includes('"rnd"') || json.includes('"srnd"') || json.includes('"seq"');
    seededStory.set(json, seeded);
  }
  const key = seeded ? inkSeed : -1;
  let bySeed = roots.get(json);
  if (!bySeed) {
    bySeed = new Map();
    roots.set(json, bySeed);
  }
  let root = bySeed.get(key);
  if (!root) {
    root = { lines: [], choices: [], state: null };
    bySeed.set(key, root);
  }
  return root;
}

export interface Reads {
  get(path: string): number;
  test(expr: string): boolean;
}
/** How far a replay got before the game answered differently: the answers so far and the commands issued. */
export interface Prefix {
  answers: Answer[];
  issued: number;
}

/**
 * Replays a remembered step: issues its commands and asks its calls in order. Returns the step's
 * end if every answer matched; otherwise how far it got, for ink to take over from the step's start.
 * A call that throws is left for ink to make, so the error surfaces exactly as it would have.
 */
export function replay(at: End, op: string, reads: Reads, issue: (c: Command) => void): End | Prefix {
  const prefix: Prefix = { answers: [], issued: 0 };
  for (let tape = at.next?.get(op); tape; ) {
    for (const c of tape.commands) issue(c);
    prefix.issued += tape.commands.length;
    const after = tape.after;
    if (!('fn' in after)) return after;
    let answer: Answer;
    try {
      answer = after.fn === 'get' ? reads.get(after.arg) : reads.test(after.arg);
    } catch {
      return prefix;
    }
    prefix.answers.push(answer);
    tape = after.on.get(answer);
  }
  return prefix;
}

/**
 * Reads and a command sink for ink to run a step with after a replay got `prefix` far: the calls
 * already answered get the same answers, the commands already issued are not issued again (ink,
 * being deterministic, makes and issues exactly those first). Everything is written to `script`.
 */
export function resume(prefix: Prefix, reads: Reads, issue: (c: Command) => void) {
  const script: Script = [];
  let asked = 0;
  let skip = prefix.issued;
  const call = <T extends Answer>(fn: Fn, arg: string, live: () => T): T => {
    const answer = asked < prefix.answers.length ? (prefix.answers[asked] as T) : live();
    asked++;
    script.push({ fn, arg, answer });
    return answer;
  };
  return {
    script,
    reads: {
      get: (path: string) => call('get', path, () => reads.get(path)),
      test: (expr: string) => call('test', expr, () => reads.test(expr)),
    } satisfies Reads,
    issue(c: Command) {
      script.push({ command: c });
      if (skip > 0) skip--;
      else issue(c);
    },
  };
}

/** The tape for `script` from item `i` on, ending in `end`. */
function tapeOf(script: Script, i: number, end: End): Tape {
  const commands: Command[] = [];
  for (; i < script.length; i++) {
    const item = script[i] as Script[number];
    if ('command' in item) commands.push(item.command);
    else
      return {
        commands,
        after: { fn: item.fn, arg: item.arg, on: new Map([[item.answer, tapeOf(script, i + 1, end)]]) },
      };
  }
  return { commands, after: end };
}

/** Remembers a step ink ran from `at` by `op`, next to what was remembered before on that path. */
export function remember(at: End, op: string, script: Script, end: End): void {
  if (++remembered > MAX_STEPS) {
    roots.clear();
    remembered = 0;
  }
  const first = at.next?.get(op);
  if (!first) {
    at.next ??= new Map();
    at.next.set(op, tapeOf(script, 0, end));
    return;
  }
  // The path shares its start with what is known: follow it to where this run answered differently.
  let i = 0;
  for (let tape: Tape | undefined = first; tape; i++) {
    i += tape.commands.length;
    const after: Tape['after'] = tape.after;
    const item = script[i];
    if (!('fn' in after) || !item || !('fn' in item)) return;
    tape = after.on.get(item.answer);
    if (!tape) after.on.set(item.answer, tapeOf(script, i + 1, end));
  }
}
