/**
 * The game's side of a SCORM 1.2 session: initialise, read where the student was, then on every
 * decision write the suspend data, one interaction per new decision, the lesson status and the
 * session time, and commit; on leaving, finish. A platform that is missing or answers with errors
 * never stops the game: the student is told once, in Dutch, that progress is not being reported.
 */
import type { DecisionRecord } from './decision-ids';
import type { Scorm12Api } from './scorm-api';

export const NOT_REPORTED =
  'Uw voortgang wordt nu niet aan de leeromgeving doorgegeven. U kunt gewoon verder spelen; bewaar aan het eind uw resultaatcode voor uw docent.';

export interface ScormProgress {
  /** cmi.suspend_data (platform/suspend.ts keeps it within 4,096 characters). */
  suspend: string;
  /** Every decision of the game so far, in order; those not yet reported become interactions. */
  decisions: readonly DecisionRecord[];
  completed: boolean;
  /** 0–100, only when the package reports a score. */
  score: number | null;
}

export interface ScormOptions {
  /** Milliseconds since some fixed moment (session time) … */
  now(): number;
  /** … and the wall-clock time of day as HH:MM:SS (interaction timestamps). */
  clock(): string;
  /** Called once, the first time the platform refuses something that matters. */
  tell(message: string): void;
}

const ok = (answer: unknown) => answer === true || answer === 'true';

/** CMITimespan: HHHH:MM:SS. */
export function timespan(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(Math.min(9999, Math.floor(s / 3600)))}:${two(Math.floor(s / 60) % 60)}:${two(s % 60)}`;
}

export class ScormLink {
  /** The suspend data the platform held when the session began ('' for a first attempt). */
  readonly resume: string;
  /** The platform's interaction count: the next interaction's index. */
  private count: number;
  /** The index of this game's first decision among the platform's interactions. */
  private offset = 0;
  private completed: boolean;
  private interactionsWork = true;
  private told = false;
  private closed = false;
  private readonly started: number;

  private constructor(
    private readonly api: Scorm12Api,
    private readonly opts: ScormOptions,
  ) {
    this.started = opts.now();
    this.resume = this.get('cmi.suspend_data');
    const status = this.get('cmi.core.lesson_status');
    this.completed = status === 'completed' || status === 'passed';
    const count = Number.parseInt(this.get('cmi.interactions._count'), 10);
    this.count = Number.isFinite(count) && count > 0 ? count : 0;
    if (!this.completed) this.set('cmi.core.lesson_status', 'incomplete', true);
    this.call(() => this.api.LMSCommit(''), true);
  }

  /** Starts a session with the platform; null (after telling the student) when it refuses. */
  static open(api: Scorm12Api | null, opts: ScormOptions): ScormLink | null {
    try {
      if (api && ok(api.LMSInitialize(''))) return new ScormLink(api, opts);
    } catch {
      // Falls through: told below.
    }
    opts.tell(NOT_REPORTED);
    return null;
  }

  /**
   * A game begins: a resumed one reported its `decisions` so far in an earlier session (the last
   * interactions on the platform); a new one adds its interactions after any already there.
   */
  begin(decisions: number, resumed: boolean): void {
    this.offset = resumed ? Math.max(0, this.count - decisions) : this.count;
  }

  save(p: ScormProgress): void {
    if (this.closed) return;
    this.set('cmi.suspend_data', p.suspend, true);
    for (let i = this.count - this.offset; i < p.decisions.length; i++) {
      if (!this.interaction(this.count, p.decisions[i] as DecisionRecord)) break;
      this.count++;
    }
    if (p.completed && !this.completed) {
      this.completed = this.set('cmi.core.lesson_status', 'completed', true);
      if (p.score !== null) {
        this.set('cmi.core.score.min', '0');
        this.set('cmi.core.score.max', '100');
        this.set('cmi.core.score.raw', String(Math.round(Math.min(100, Math.max(0, p.score)))));
      }
    }
    this.close(false);
  }

  /**
   * The page goes away: session time and exit mode, commit, and (when the page is really gone,
   * not kept in the browser's back-forward cache) finish.
   */
  leave(final: boolean): void {
    if (this.closed) return;
    this.close(final);
  }

  private close(finish: boolean) {
    this.set('cmi.core.session_time', timespan(this.opts.now() - this.started));
    // Suspend: the platform keeps the suspend data and the next launch resumes.
    this.set('cmi.core.exit', this.completed ? '' : 'suspend');
    this.call(() => this.api.LMSCommit(''), true);
    if (finish) {
      this.closed = true;
      this.call(() => this.api.LMSFinish(''), false);
    }
  }

  private interaction(n: number, d: DecisionRecord): boolean {
    if (!this.interactionsWork) return false;
    const at = `cmi.interactions.${n}.`;
    this.interactionsWork =
      this.set(`${at}id`, d.id) &&
      this.set(`${at}type`, 'choice') &&
      this.set(`${at}student_response`, d.response) &&
      this.set(`${at}result`, 'neutral') &&
      this.set(`${at}time`, this.opts.clock());
    return this.interactionsWork;
  }

  private get(element: string): string {
    try {
      const v = this.api.LMSGetValue(element);
      return typeof v === 'string' ? v : '';
    } catch {
      return '';
    }
  }

  /** Sets one element; a refusal of something that matters is told to the student (once). */
  private set(element: string, value: string, matters = false): boolean {
    return this.call(() => this.api.LMSSetValue(element, value), matters);
  }

  private call(f: () => unknown, matters: boolean): boolean {
    let done = false;
    try {
      done = ok(f());
    } catch {
      done = false;
    }
    if (!done && matters && !this.told) {
      this.told = true;
      this.opts.tell(NOT_REPORTED);
    }
    return done;
  }
}
