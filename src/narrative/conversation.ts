/**
 * Runs ink conversations for one game. Each story file gets one Story for the whole game, so
 * ink's visit counts remember earlier conversations (a Story is reused by a later game only after
 * this one has ended, and then from a reset state). Tags become commands the game applies
 * line by line, so a later `test()` in the same conversation already sees their result.
 */
import { Story } from 'inkjs';
import { type Command, parseTag, type TagResult } from './tags';

export interface Line {
  text: string;
  speaker?: string;
}
export interface Step {
  story: string;
  knot: string;
  lines: Line[];
  choices: string[];
  ended: boolean;
  outcome?: string;
  error?: string;
}
export interface Reads {
  get(path: string): number;
  test(expr: string): boolean;
}

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
interface Pooled {
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

function acquire(json: string, reads: Reads, inkSeed: number): Pooled {
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

function giveBack(json: string, pooled: Pooled): void {
  pooled.port.reads = null;
  const list = idle.get(json);
  if (list) list.push(pooled);
  else idle.set(json, [pooled]);
}

/** A story's tags are a fixed set of strings, each parsed once; the commands are frozen, as they are shared. */
const parsedTags = new Map<string, TagResult>();
function tagOf(raw: string): TagResult {
  let t = parsedTags.get(raw);
  if (!t) {
    t = parseTag(raw);
    if (t.ok) {
      if (t.command.kind === 'effect') Object.freeze(t.command.effect);
      Object.freeze(t.command);
    }
    parsedTags.set(raw, Object.freeze(t));
  }
  return t;
}

/** One get()/test() call ink made during a look ahead, with what it answered. */
interface Call {
  fn: 'get' | 'test';
  arg: string;
  result: number | boolean;
}
const answer = (reads: Reads, call: Call) => (call.fn === 'get' ? reads.get(call.arg) : reads.test(call.arg));
const record = <T extends number | boolean>(calls: Call[], fn: Call['fn'], arg: string, result: T): T => {
  calls.push({ fn, arg, result });
  return result;
};
/** Looks ahead by story state (bounded: a long batch run starts over rather than grow without end). */
const previews = new Map<string, { calls: Call[]; commands: Command[][] }[]>();
const MAX_PREVIEWS = 5000;

export class Narrative {
  private readonly stories = new Map<string, Pooled>();
  /** Stories whose last step failed: their state is not to be trusted by another game. */
  private readonly broken = new Set<string>();
  private released = false;
  private current: { story: string; knot: string; ink: Story; outcome?: string } | null = null;

  constructor(
    private readonly compiled: Readonly<Record<string, string>>,
    private readonly reads: Reads,
    private readonly onCommand: (c: Command) => void,
    private readonly inkSeed: number,
  ) {}

  private story(id: string): Story {
    if (this.released) throw new Error('dit spel is afgelopen: zijn gesprekken zijn vrijgegeven');
    let s = this.stories.get(id);
    if (!s) {
      const json = this.compiled[id];
      if (!json) throw new Error(`verhaal "${id}" bestaat niet`);
      s = acquire(json, this.reads, this.inkSeed);
      this.stories.set(id, s);
    }
    return s.ink;
  }

  /**
   * The game is over: its stories go back for the next game to reuse (a failed one does not).
   * This narrative cannot be used afterwards.
   */
  release(): void {
    this.released = true;
    this.current = null;
    for (const [id, pooled] of this.stories) {
      const json = this.compiled[id];
      if (json && !this.broken.has(id)) giveBack(json, pooled);
    }
    this.stories.clear();
  }

  start(story: string, knot: string): Step {
    try {
      const ink = this.story(story);
      ink.ChoosePathString(knot);
      this.current = { story, knot, ink };
      return this.run(this.current);
    } catch (e) {
      return this.fail(story, knot, e);
    }
  }

  /**
   * What each choice would set in motion up to the next choice, without choosing: the story's
   * state is saved once and restored after each look. For scripted players that weigh answers.
   * Ink is deterministic: from the same story state, with the same answers to its get()/test()
   * calls, it does the same. So a look is remembered with the calls it made, and reused when the
   * story is in that state again and every one of those calls answers the same now.
   */
  preview(): Command[][] {
    const c = this.current;
    if (!c) return [];
    const saved = c.ink.state.ToJson();
    const key = `${c.story}\n${saved}`;
    const known = previews.get(key)?.find((p) => p.calls.every((call) => answer(this.reads, call) === call.result));
    if (known) return known.commands.map((list) => [...list]);
    const calls: Call[] = [];
    const port = this.stories.get(c.story)?.port;
    if (port)
      port.reads = {
        get: (path) => record(calls, 'get', path, this.reads.get(path)),
        test: (expr) => record(calls, 'test', expr, this.reads.test(expr)),
      };
    const all: Command[][] = [];
    try {
      for (let i = 0; i < c.ink.currentChoices.length; i++) {
        const out: Command[] = [];
        try {
          c.ink.ChooseChoiceIndex(i);
          while (c.ink.canContinue) {
            c.ink.Continue();
            for (const tag of c.ink.currentTags ?? []) {
              const t = tagOf(tag);
              if (t.ok && t.command.kind !== 'speaker' && t.command.kind !== 'src') out.push(t.command);
            }
          }
        } catch {
          // A path that fails is simply not attractive; the real choice will report the error.
        }
        c.ink.state.LoadJson(saved);
        c.ink.ResetErrors();
        all.push(out);
      }
    } finally {
      if (port) port.reads = this.reads;
    }
    if (previews.size >= MAX_PREVIEWS) previews.clear();
    previews.set(key, [...(previews.get(key) ?? []), { calls, commands: all.map((list) => [...list]) }]);
    return all;
  }

  /** Reads a knot as plain text (a vignette): no choices, and its tags change nothing. */
  read(story: string, knot: string): string {
    if (this.current?.story === story) return '';
    try {
      const ink = this.story(story);
      ink.ChoosePathString(knot);
      const out: string[] = [];
      while (ink.canContinue) {
        const line = ink.Continue()?.trim();
        if (line) out.push(line);
      }
      return out.join(' ');
    } catch {
      return '';
    }
  }

  choose(index: number): Step | null {
    const c = this.current;
    if (!c || index < 0 || index >= c.ink.currentChoices.length) return null;
    try {
      c.ink.ChooseChoiceIndex(index);
      return this.run(c);
    } catch (e) {
      return this.fail(c.story, c.knot, e);
    }
  }

  private run(c: NonNullable<Narrative['current']>): Step {
    const lines: Line[] = [];
    while (c.ink.canContinue) {
      const text = c.ink.Continue()?.trim() ?? '';
      let speaker: string | undefined;
      for (const tag of c.ink.currentTags ?? []) {
        const parsed = tagOf(tag);
        if (!parsed.ok) continue; // the content check reports these; at play time a bad tag is skipped
        const cmd = parsed.command;
        if (cmd.kind === 'speaker') speaker = cmd.who;
        else if (cmd.kind === 'outcome') c.outcome = cmd.value;
        else this.onCommand(cmd);
      }
      if (text) lines.push(speaker ? { text, speaker } : { text });
    }
    const choices = c.ink.currentChoices.map((ch) => ch.text);
    const ended = choices.length === 0;
    const step: Step = { story: c.story, knot: c.knot, lines, choices, ended };
    if (c.outcome) step.outcome = c.outcome;
    if (ended) this.current = null;
    return step;
  }

  private fail(story: string, knot: string, e: unknown): Step {
    this.current = null;
    this.broken.add(story);
    // Our onError throws before inkjs clears its error list; clear it, or every later
    // conversation in this story would stop at once.
    this.stories.get(story)?.ink.ResetErrors();
    const why = (e instanceof Error ? e.message : String(e)).replace(/[.\s]+$/, '');
    return {
      story,
      knot,
      lines: [],
      choices: [],
      ended: true,
      error: `Dit gesprek (${story} → ${knot}) kon niet verder: ${why}. Het spel gaat door.`,
    };
  }
}
