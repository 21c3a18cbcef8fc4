/**
 * Runs ink conversations for one game. Each story file is one StorySlot for the whole game, so
 * ink's visit counts remember earlier conversations; its steps are replayed from the shared memo
 * where they can be (step-memo.ts) and run by ink where they cannot. Tags become commands the game
 * applies line by line, so a later `test()` in the same conversation already sees their result.
 */
import type { Story } from 'inkjs';
import { type Line, type Node, type Reads, remember, replay, resume, type Shown, startOf } from './step-memo';
import { giveBack } from './story-pool';
import { StorySlot } from './story-slot';
import { type Command, changesGame, parseTag, type TagResult } from './tags';

export type { Line, Reads };
export interface Step {
  story: string;
  knot: string;
  lines: Line[];
  choices: string[];
  ended: boolean;
  outcome?: string;
  error?: string;
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

/**
 * Runs ink to its next choice or its end, handing each tag that would change the game (with the
 * raw tag) to `change`; lines are not kept. Used to look ahead: a choice's preview, the content
 * check's test that an epilogue changes nothing.
 */
export function runToStop(ink: Story, change: (tag: string, command: Command) => void): void {
  while (ink.canContinue) {
    ink.Continue();
    for (const tag of ink.currentTags ?? []) {
      const t = tagOf(tag);
      if (t.ok && changesGame(t.command)) change(tag, t.command);
    }
  }
}

export class Narrative {
  private readonly stories = new Map<string, StorySlot>();
  /** Stories whose last step failed: their state is not to be trusted by another game. */
  private readonly broken = new Set<string>();
  private released = false;
  private current: { story: string; knot: string; choices: number; outcome?: string } | null = null;

  constructor(
    private readonly compiled: Readonly<Record<string, string>>,
    private readonly reads: Reads,
    private readonly onCommand: (c: Command) => void,
    private readonly inkSeed: number,
  ) {}

  private slot(id: string): StorySlot {
    if (this.released) throw new Error('dit spel is afgelopen: zijn gesprekken zijn vrijgegeven');
    let s = this.stories.get(id);
    if (!s) {
      const json = this.compiled[id];
      if (!json) throw new Error(`verhaal "${id}" bestaat niet`);
      s = new StorySlot(json, this.reads, this.inkSeed);
      this.stories.set(id, s);
    }
    return s;
  }

  /**
   * The game is over: its stories go back for the next game to reuse (a failed one does not).
   * This narrative cannot be used afterwards.
   */
  release(): void {
    this.released = true;
    this.current = null;
    for (const [id, slot] of this.stories) {
      if (slot.pooled && !this.broken.has(id)) giveBack(slot.json, slot.pooled);
    }
    this.stories.clear();
  }

  start(story: string, knot: string): Step {
    const c = { story, knot, choices: 0 };
    this.current = c;
    return this.step(c, `>${knot}`, true, (ink) => ink.ChoosePathString(knot));
  }

  choose(index: number): Step | null {
    const c = this.current;
    if (!c || !Number.isInteger(index) || index < 0 || index >= c.choices) return null;
    return this.step(c, String(index), false, (ink) => ink.ChooseChoiceIndex(index));
  }

  /**
   * One step of the current conversation: replayed from the memo where the game answers as it
   * did before, otherwise run by ink (from where the replay got to) and remembered. A start is
   * looked up by the knot and the visit counts it can read; a choice, from where the last step got.
   */
  private step(c: NonNullable<Narrative['current']>, op: string, start: boolean, act: (ink: Story) => void): Step {
    let before: number[] | null = null;
    try {
      const s = this.slot(c.story);
      const from = !s.remembered ? null : start ? startOf(s.json, s.startKey(c.knot)) : s.at;
      const known = from ? replay(from, op, this.reads, this.onCommand) : { answers: [], issued: 0 };
      if ('lines' in known) {
        s.replayed(known);
        return this.show(c, known);
      }
      const { ink, port } = start ? s.toStart() : s.toNode();
      before = s.countsBefore(ink);
      const run = resume(known, this.reads, this.onCommand);
      port.reads = run.reads;
      let shown: Shown;
      try {
        act(ink);
        shown = this.run(ink, run.issue);
      } finally {
        port.reads = this.reads;
      }
      if (before) {
        const visits = s.visited(ink, before);
        if (from) {
          const node: Node = { state: shown.choices.length ? ink.state.ToJson() : null };
          remember(from, op, run.script, { ...shown, visits, node });
          s.at = shown.choices.length ? node : null;
        }
      }
      return this.show(c, shown);
    } catch (e) {
      const s = this.stories.get(c.story);
      if (s?.pooled && before) s.visited(s.pooled.ink, before);
      return this.fail(c.story, c.knot, e);
    }
  }

  /** The step the player sees, from a step's end (remembered ones are shared, so their arrays are copied). */
  private show(c: NonNullable<Narrative['current']>, end: Shown): Step {
    if (end.outcome) c.outcome = end.outcome;
    c.choices = end.choices.length;
    const ended = c.choices === 0;
    const step: Step = { story: c.story, knot: c.knot, lines: [...end.lines], choices: [...end.choices], ended };
    if (c.outcome) step.outcome = c.outcome;
    if (ended) this.current = null;
    return step;
  }

  /**
   * What each choice would set in motion up to the next choice, without choosing: the story's
   * state is saved once and restored after each look. For scripted players that weigh answers.
   * A look is remembered with the calls it made, and reused when the story is in that state again
   * and every one of those calls answers the same now (ink is deterministic, see step-memo.ts).
   */
  preview(): Command[][] {
    const c = this.current;
    const slot = c && this.stories.get(c.story);
    if (!c || !slot) return [];
    // A remembered look needs no ink: the memo's saved state is the key, the Story may stay where it is.
    const saved = slot.at?.state ?? slot.toNode().ink.state.ToJson();
    const key = `${c.story}\n${saved}`;
    const known = previews.get(key)?.find((p) => p.calls.every((call) => answer(this.reads, call) === call.result));
    if (known) return known.commands.map((list) => [...list]);
    const { ink, port } = slot.toNode();
    const calls: Call[] = [];
    port.reads = {
      get: (path) => record(calls, 'get', path, this.reads.get(path)),
      test: (expr) => record(calls, 'test', expr, this.reads.test(expr)),
    };
    const all: Command[][] = [];
    try {
      for (let i = 0; i < ink.currentChoices.length; i++) {
        const out: Command[] = [];
        try {
          ink.ChooseChoiceIndex(i);
          runToStop(ink, (_, command) => out.push(command));
        } catch {
          // A path that fails is simply not attractive; the real choice will report the error.
        }
        ink.state.LoadJson(saved);
        ink.ResetErrors();
        all.push(out);
      }
    } finally {
      port.reads = this.reads;
    }
    if (previews.size >= MAX_PREVIEWS) previews.clear();
    previews.set(key, [...(previews.get(key) ?? []), { calls, commands: all.map((list) => [...list]) }]);
    return all;
  }

  /** Reads a knot as plain text (a vignette): no choices, and its tags change nothing. */
  read(story: string, knot: string): string {
    if (this.current?.story === story) return '';
    try {
      const { ink } = this.slot(story).forReading();
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

  /** Runs ink to the next choice or the end: the lines with their speakers, commands to `issue`. */
  private run(ink: Story, issue: (c: Command) => void): Shown {
    const lines: Line[] = [];
    let outcome: string | undefined;
    while (ink.canContinue) {
      const text = ink.Continue()?.trim() ?? '';
      let speaker: string | undefined;
      for (const tag of ink.currentTags ?? []) {
        const parsed = tagOf(tag);
        if (!parsed.ok) continue; // the content check reports these; at play time a bad tag is skipped
        const cmd = parsed.command;
        if (cmd.kind === 'speaker') speaker = cmd.who;
        else if (cmd.kind === 'outcome') outcome = cmd.value;
        else issue(cmd);
      }
      if (text) lines.push(Object.freeze(speaker ? { text, speaker } : { text }));
    }
    const shown: Shown = { lines, choices: ink.currentChoices.map((ch) => ch.text) };
    if (outcome) shown.outcome = outcome;
    return shown;
  }

  private fail(story: string, knot: string, e: unknown): Step {
    this.current = null;
    this.broken.add(story);
    this.stories.get(story)?.failed();
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
