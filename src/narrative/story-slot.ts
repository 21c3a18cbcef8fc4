/**
 * One story file as one game uses it: where its current conversation is in the step memo, this
 * game's visit counts of what the story can read (ink-reads.ts), and what its Story holds. The
 * Story is taken from the pool only when ink has to run, which a game that replays every step
 * never does; after replayed steps it is brought back to this game's state only as far as the next
 * step needs: the counts for a conversation's start, a remembered node's saved state for a choice.
 */
import type { Story } from 'inkjs';
import { type InkReads, inkReads } from './ink-reads';
import type { End, Node, Reads } from './step-memo';
import { acquire, contentOf, type Pooled, restart } from './story-pool';

export class StorySlot {
  /** Its Story, once ink has had to run. */
  pooled: Pooled | null = null;
  /** What its conversations can read; null when it is not remembered (it reads more, or was read as text). */
  private reads: InkReads | null;
  /** This game's visit counts of `reads.counted`. */
  private readonly counts: number[];
  /** The remembered node the current conversation is at; null between conversations. */
  at: Node | null = null;
  /** The Story holds this game's conversation as it is at `at` (ink can go on from there). */
  private live = false;
  /** The Story's counts of `reads.counted` are this game's. */
  private synced = false;

  constructor(
    readonly json: string,
    private readonly gameReads: Reads,
    private readonly inkSeed: number,
  ) {
    this.reads = inkReads(json, contentOf(json));
    this.counts = this.reads ? this.reads.counted.map(() => 0) : [];
  }

  /** Whether its steps are remembered and shared. */
  get remembered(): boolean {
    return this.reads !== null;
  }

  /** The memo's key for a conversation starting at `knot`: the knot and the counts it can read. */
  startKey(knot: string): string {
    return `${knot}|${this.reads?.readsFrom(knot).map((i) => this.counts[i]) ?? ''}`;
  }

  /** A remembered step was replayed: this game's counts move on, its Story stays behind. */
  replayed(end: End): void {
    for (const [i, n] of end.visits) this.counts[i] = (this.counts[i] ?? 0) + n;
    this.at = end.choices.length ? end.node : null;
    this.live = false;
    this.synced = false;
  }

  /** The Story, ready to start a knot: with this game's visit counts (a fresh state plus those, if need be). */
  toStart(): Pooled {
    if (!this.pooled) this.pooled = acquire(this.json, this.gameReads, this.inkSeed);
    else if (this.reads && !this.synced) restart(this.pooled, this.inkSeed);
    if (this.reads && !this.synced) {
      const state = this.pooled.ink.state;
      this.reads.counted.forEach((c, i) => {
        for (let n = this.counts[i] ?? 0; n > 0; n--) state.IncrementVisitCountForContainer(c);
      });
    }
    this.synced = true;
    this.live = true;
    return this.pooled;
  }

  /** The Story at the remembered node its conversation is at (loading that node's state, if need be). */
  toNode(): Pooled {
    if (!this.pooled) {
      this.pooled = acquire(this.json, this.gameReads, this.inkSeed);
      this.live = !this.reads;
    }
    if (!this.live) {
      if (!this.at?.state) throw new Error('het gesprek staat nergens');
      this.pooled.ink.state.LoadJson(this.at.state);
      // That state was saved by whichever game got there first: its other counts need not be this game's.
      this.synced = false;
      this.live = true;
    }
    return this.pooled;
  }

  /** The Story's counts of what the story can read, before ink runs a step (null when not remembered). */
  countsBefore(ink: Story): number[] | null {
    return this.reads?.counted.map((c) => ink.state.VisitCountForContainer(c)) ?? null;
  }

  /** Adds what ink visited since `before` to this game's counts; returns it as (index, by how much). */
  visited(ink: Story, before: readonly number[]): [number, number][] {
    const visits: [number, number][] = [];
    this.reads?.counted.forEach((c, i) => {
      const added = ink.state.VisitCountForContainer(c) - (before[i] ?? 0);
      if (added) {
        visits.push([i, added]);
        this.counts[i] = (this.counts[i] ?? 0) + added;
      }
    });
    return visits;
  }

  /** Ink failed: no remembered step ends here; the next conversation starts from this game's counts. */
  failed(): void {
    this.at = null;
    if (this.reads) {
      this.live = false;
      this.synced = false;
    }
    // Our onError throws before inkjs clears its error list; clear it, or every later
    // conversation in this story would stop at once.
    this.pooled?.ink.ResetErrors();
  }

  /** The Story to read a knot as text with; reading moves it in a way the memo does not follow, so it stops remembering. */
  forReading(): Pooled {
    const pooled = this.toStart();
    this.reads = null;
    return pooled;
  }
}
