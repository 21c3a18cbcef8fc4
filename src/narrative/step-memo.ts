/**
 * Remembered ink steps. Ink is deterministic: from the same story state, with the same answers to
 * its get()/test() calls, a step (starting a knot, or choosing an option) says the same lines,
 * issues the same commands and ends in the same state. A conversation starts from the visit counts
 * its knot can read (ink-reads.ts), so the steps taken from each such start form a tree, shared by
 * all games in this process: a step is found by the path of steps before it in its conversation,
 * then followed call by call, asking the game the same questions ink asked, in the same order and
 * with the same commands issued before each. Where every answer is the same, ink need not run.
 *
 * A step that ends at a choice is stored with ink's state afterwards (ink's own save format), so a
 * game can continue with ink from any remembered step; each step also says which visit counts it
 * raised, so a game that replays it knows where its next conversation starts. The memory is
 * bounded: past MAX_STEPS remembered steps it starts over, so a long batch run does not grow
 * without end.
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

/** Where a story is between steps: ink's state there, and the steps taken from it. */
export interface Node {
  /** ink's saved state; null at a conversation's start or end, where a game brings its own counts. */
  state: string | null;
  /** The steps taken from here, by operation (made when the first one is remembered). */
  next?: Map<string, Tape>;
}
/** What a step showed the player. */
export interface Shown {
  lines: readonly Line[];
  choices: readonly string[];
  /** The outcome a tag in this step set, if any. */
  outcome?: string;
}
/** The end of a step: what it showed, the visit counts it raised (index, by how much), and where it got to. */
export interface End extends Shown {
  visits: readonly (readonly [number, number])[];
  node: Node;
}
/** Commands issued in a row, then either a call whose answer decides what follows, or the end of the step. */
interface Tape {
  commands: readonly Command[];
  after: { fn: Fn; arg: string; on: Map<Answer, Tape> } | End;
}

const MAX_STEPS = 20_000;
let remembered = 0;
const starts = new Map<string, Map<string, Node>>();

/**
 * The node a conversation of the story compiled as `json` starts at: one per knot and visit counts
 * it can read (`key`), whatever came before in the game.
 */
export function startOf(json: string, key: string): Node {
  let byKey = starts.get(json);
  if (!byKey) {
    byKey = new Map();
    starts.set(json, byKey);
  }
  let node = byKey.get(key);
  if (!node) {
    node = { state: null };
    byKey.set(key, node);
  }
  return node;
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
export function replay(at: Node, op: string, reads: Reads, issue: (c: Command) => void): End | Prefix {
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
export function remember(at: Node, op: string, script: Script, end: End): void {
  if (remembered >= MAX_STEPS) {
    starts.clear();
    remembered = 0;
  }
  const first = at.next?.get(op);
  if (!first) {
    at.next ??= new Map();
    at.next.set(op, tapeOf(script, 0, end));
    remembered++;
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
    if (!tape) {
      after.on.set(item.answer, tapeOf(script, i + 1, end));
      remembered++;
    }
  }
}

/** The number of steps remembered (step ends stored) since the memory last started over. */
export const stepsRemembered = (): number => remembered;

/** Forgets every remembered step (for a test that must start cold). */
export function forgetSteps(): void {
  starts.clear();
  remembered = 0;
}

/** A remembered node and the steps taken from it, as plain data. */
interface KeptNode {
  state: string | null;
  next?: [string, KeptTape][];
}
interface KeptTape {
  commands: readonly Command[];
  after: { fn: Fn; arg: string; on: [Answer, KeptTape][] } | (Shown & { visits: End['visits']; node: KeptNode });
}
export type KeptSteps = Record<string, Record<string, KeptNode>>;

/**
 * The memory as plain JSON-able data, so that a batch run can start where the last one ended
 * (src/cli/kept-steps.ts): per story, named by `name`, each conversation start's tree. A story
 * `name` does not know is left out.
 */
export function exportSteps(name: (json: string) => string | undefined): KeptSteps {
  const keptNode = (n: Node): KeptNode =>
    n.next ? { state: n.state, next: [...n.next].map(([op, t]) => [op, keptTape(t)]) } : { state: n.state };
  const keptTape = ({ commands, after }: Tape): KeptTape =>
    'fn' in after
      ? { commands, after: { ...after, on: [...after.on].map(([answer, t]) => [answer, keptTape(t)]) } }
      : { commands, after: { ...after, node: keptNode(after.node) } };
  const out: KeptSteps = {};
  for (const [json, byKey] of starts) {
    const n = name(json);
    if (n !== undefined) out[n] = Object.fromEntries([...byKey].map(([key, node]) => [key, keptNode(node)]));
  }
  return out;
}

/**
 * Replaces the memory with `kept` (stories found by `json`; others are skipped). Checks the shape
 * as it goes and throws on anything else, leaving the memory empty: a damaged file costs speed,
 * never a wrong step.
 */
export function importSteps(kept: unknown, json: (name: string) => string | undefined): void {
  forgetSteps();
  const bad = (what: string): never => {
    forgetSteps();
    throw new Error(`bewaarde stappen zijn beschadigd: ${what}`);
  };
  const isList = (x: unknown): x is unknown[] => Array.isArray(x);
  const record = (x: unknown): Record<string, unknown> =>
    typeof x === 'object' && x !== null && !isList(x) ? (x as Record<string, unknown>) : bad('geen object');
  const nodeOf = (x: unknown): Node => {
    const k = record(x);
    if (k.state !== null && typeof k.state !== 'string') bad('toestand');
    const node: Node = { state: k.state as string | null };
    if (k.next !== undefined) {
      if (!isList(k.next)) bad('vervolg');
      node.next = new Map(
        (k.next as unknown[]).map((e) =>
          isList(e) && typeof e[0] === 'string' ? [e[0], tapeFrom(e[1])] : bad('stap'),
        ),
      );
    }
    return node;
  };
  const tapeFrom = (x: unknown): Tape => {
    const k = record(x);
    const after = record(k.after);
    if (!isList(k.commands)) bad('opdrachten');
    const commands = k.commands as Command[];
    if ('fn' in after) {
      if ((after.fn !== 'get' && after.fn !== 'test') || typeof after.arg !== 'string' || !isList(after.on))
        bad('vraag');
      const on = new Map<Answer, Tape>(
        (after.on as unknown[]).map((e) =>
          isList(e) && (typeof e[0] === 'number' || typeof e[0] === 'boolean')
            ? [e[0], tapeFrom(e[1])]
            : bad('antwoord'),
        ),
      );
      return { commands, after: { fn: after.fn as Fn, arg: after.arg as string, on } };
    }
    if (!isList(after.lines) || !isList(after.choices) || !isList(after.visits)) bad('einde');
    remembered++;
    return { commands, after: { ...(after as unknown as End), node: nodeOf(after.node) } };
  };
  for (const [n, byKey] of Object.entries(record(kept))) {
    const j = json(n);
    if (j !== undefined)
      starts.set(j, new Map(Object.entries(record(byKey)).map(([key, node]) => [key, nodeOf(node)])));
  }
}
