/**
 * The pool of ink Stories shared by the games in one process (see below); Narrative takes one with
 * acquire() when a story must run and hands it back with giveBack() when its game is over.
 */
import { Story } from 'inkjs';
import type { Reads } from './step-memo';

/**
 * Building a Story is costly: parsing its JSON, and on its first step walking the whole tree to
 * check that every EXTERNAL is bound. So a Story, once built, serves one game after another: a
 * game hands its stories back when it is over (Narrative.release), and the next game that needs
 * that story takes one from here and starts it with ResetState() — a fresh state, exactly as a
 * new Story would have. Its externals are bound once and read through a port that each game
 * points at its own state.
 */
interface Port {
  reads: Reads | null;
}
export interface Pooled {
  ink: Story;
  port: Port;
}
const idle = new Map<string, Pooled[]>();

/** The parsed content tree does not change while playing (play state lives in StoryState), so Stories share it. */
type Parsed = { root: Story['mainContentContainer']; lists: NonNullable<Story['listDefinitions']>['lists'] | null };
const parsedContent = new Map<string, Parsed>();
function newStory(json: string): Story {
  const parsed = parsedContent.get(json);
  if (!parsed) {
    const story = new Story(json);
    parsedContent.set(json, { root: story.mainContentContainer, lists: story.listDefinitions?.lists ?? null });
    return story;
  }
  const story = new Story(parsed.root, parsed.lists);
  story.ResetState();
  return story;
}

const portReads = (port: Port): Reads => {
  if (!port.reads) throw new Error('dit verhaal hoort bij geen enkel spel meer');
  return port.reads;
};

export function acquire(json: string, reads: Reads, inkSeed: number): Pooled {
  let pooled = idle.get(json)?.pop();
  if (pooled) pooled.ink.ResetState();
  else {
    const ink = newStory(json);
    const port: Port = { reads: null };
    ink.onError = (message) => {
      throw new Error(message);
    };
    ink.BindExternalFunction('get', (path: string) => portReads(port).get(String(path)), true);
    ink.BindExternalFunction('test', (expr: string) => portReads(port).test(String(expr)), true);
    pooled = { ink, port };
  }
  pooled.port.reads = reads;
  // inkjs seeds its own RANDOM from the clock; pin it so replays are exact.
  pooled.ink.state.storySeed = inkSeed % 100;
  return pooled;
}

export function giveBack(json: string, pooled: Pooled): void {
  pooled.port.reads = null;
  const list = idle.get(json);
  if (list) list.push(pooled);
  else idle.set(json, [pooled]);
}

/** Starts a Story over from a fresh state, as acquire() does. */
export function restart(pooled: Pooled, inkSeed: number): void {
  pooled.ink.ResetState();
  pooled.ink.state.storySeed = inkSeed % 100;
}

/** A Story of `json` to look at (its content tree), never to run: one per story, kept. */
const looked = new Map<string, Story>();
export function contentOf(json: string): Story {
  let story = looked.get(json);
  if (!story) {
    story = newStory(json);
    looked.set(json, story);
  }
  return story;
}
