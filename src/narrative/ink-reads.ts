/**
 * What of a story's state ink can read when a conversation starts. Starting a knot resets ink's
 * call stack, output and choices; what is left from earlier conversations is the visit counts,
 * the turn indices, global variables and the random seed. A story that reads neither turns,
 * globals nor random numbers reads only the visit counts of the containers it names: read counts
 * (`{gesprek > 1}`) and the targets of once-only choices (`*`, hidden once taken). And a
 * conversation can only read those named in the content it can reach from its knot.
 *
 * So two games that start a knot with the same counts for that knot's reads go through it the same
 * way, however they got there (step-memo.ts shares what ink did between them), and a story can be
 * brought to such a start from a fresh state by setting just those counts.
 *
 * Found by walking the story's content tree once; inkjs does not export its runtime classes, so
 * its objects are recognised by their public fields (declared in inkjs/engine/*.d.ts).
 */
import type { Story } from 'inkjs';
import type { Container } from 'inkjs/engine/Container';

/** inkjs ControlCommand.CommandType values whose result depends on more than visit counts. */
const READS_MORE = new Set([
  11, // Turns
  12, // TurnsSince
  13, // ReadCount (of a target known only at run time)
  14, // Random
  15, // SeedRandom
  16, // VisitIndex (sequences)
  17, // SequenceShuffleIndex
  23, // ListRandom
]);

/** The public fields of inkjs's runtime objects this walk looks at. */
interface Inspected {
  parent?: unknown;
  commandType?: number;
  isGlobal?: boolean;
  onceOnly?: boolean;
  choiceTarget?: Container | null;
  pathForCount?: unknown;
  containerForCount?: Container | null;
  hasVariableTarget?: boolean;
  isExternal?: boolean;
  targetPointer?: { container: Container | null };
  content?: unknown[];
  namedOnlyContent?: Map<string, unknown> | null;
  namedContent?: Map<string, unknown>;
}

export interface InkReads {
  /** Every container whose visit count the story can read, in a fixed order. */
  readonly counted: readonly Container[];
  /** For a knot: the indexes (in `counted`) of the counts a conversation started there can read. */
  readsFrom(knot: string): readonly number[];
}

/** Where each object can take ink next: the containers it may run, and the counts it reads. */
function step(o: Inspected, root: unknown, go: (c: unknown) => void, read: (c: Container) => void): boolean {
  if (typeof o.commandType === 'number' && READS_MORE.has(o.commandType)) return false;
  if (o.isGlobal === true) return false;
  if (o.onceOnly === true) {
    if (!o.choiceTarget) return false;
    read(o.choiceTarget);
  }
  if (o.onceOnly !== undefined && o.choiceTarget) go(o.choiceTarget);
  if (o.pathForCount) {
    if (!o.containerForCount) return false;
    read(o.containerForCount);
  }
  if (o.hasVariableTarget === true) return false;
  if (o.targetPointer && o.isExternal === false) go(o.targetPointer.container);
  if (Array.isArray(o.content)) for (const c of o.content) go(c);
  if (o.namedOnlyContent) for (const c of o.namedOnlyContent.values()) go(c);
  // Content that runs off the end of a container carries on in its parent.
  if (o.parent && o.parent !== root) go(o.parent);
  return true;
}

/** The counts read by everything reachable from `from` (all of them from the root); null if it reads more. */
function reachable(story: Story, from: unknown): Set<Container> | null {
  const root = story.mainContentContainer;
  const read = new Set<Container>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [from];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    const ok = step(
      item as Inspected,
      from === root ? null : root,
      (c) => stack.push(c),
      (c) => read.add(c),
    );
    if (!ok) return null;
  }
  return read;
}

function containerAt(story: Story, path: string): unknown {
  let at: unknown = story.mainContentContainer;
  for (const name of path.split('.')) at = (at as Inspected | undefined)?.namedContent?.get(name);
  return at;
}

const byJson = new Map<string, InkReads | null>();

/**
 * What `story` (compiled from `json`) can read at the start of a conversation; null when that is
 * more than visit counts (turns, globals, lists, random numbers): such a story is not shared.
 */
export function inkReads(json: string, story: Story): InkReads | null {
  const known = byJson.get(json);
  if (known !== undefined) return known;
  const all = story.listDefinitions?.lists.length ? null : reachable(story, story.mainContentContainer);
  // ink fails on a count it does not keep; such a story is not one to share states of either.
  const counted = all && [...all].every((c) => c.visitsShouldBeCounted) ? [...all] : null;
  const perKnot = new Map<string, readonly number[]>();
  const reads: InkReads | null = counted && {
    counted,
    readsFrom(knot) {
      let list = perKnot.get(knot);
      if (!list) {
        const from = containerAt(story, knot);
        const mine = from ? reachable(story, from) : null;
        list = counted.flatMap((c, i) => (!mine || mine.has(c) ? [i] : []));
        perKnot.set(knot, list);
      }
      return list;
    },
  };
  byJson.set(json, reads);
  return reads;
}
