/**
 * What the learning platform hears about a game, from the game itself: after every decision the
 * suspend data (result code + reflection answers), one interaction per new decision, completion
 * when the Terugblik is reached (with the value triad), over SCORM 1.2 and/or xAPI, whichever the
 * launch provides. Only the game handed in is reported, never a "wat als" branch.
 */
import type { Game } from '../game/game';
import { toResultCode } from '../game/result-code';
import { triad } from '../sim/rules';
import { decisionRecord } from './decision-ids';
import type { ScormLink } from './scorm';
import { packSuspend, type Suspended, unpackSuspend } from './suspend';
import type { XapiClient } from './xapi-client';
import { completed, decided, reflected, type Stamp, started, type XapiContext } from './xapi-statements';

export interface ReporterDeps {
  scorm: ScormLink | null;
  xapi: { client: XapiClient; context: Omit<XapiContext, 'sessionCode'> } | null;
  /** Report the mean of the value triad as a score (a package setting, off by default). */
  score: boolean;
  /** A package: the platform keeps the game (not the browser's save slots). */
  keepsGame: boolean;
  /** A fresh statement id and the current time (ISO 8601). */
  stamp(): Stamp;
}

const mean = (t: Record<string, number>) => Object.values(t).reduce((a, v) => a + v, 0) / 3;

export class Reporter {
  private current: Suspended | null;
  private answers: string[];
  private game: Game | null = null;
  private decisionsSent = 0;
  private completionSent = false;

  constructor(private readonly deps: ReporterDeps) {
    this.current = deps.scorm ? unpackSuspend(deps.scorm.resume) : null;
    this.answers = this.current?.answers ?? [];
  }

  /** The game to continue: the one the platform held at launch, then the one last played. */
  get resume(): Suspended | null {
    return this.current;
  }

  /** Whether the platform, not the browser, keeps the game (a SCORM package). */
  get keepsGame(): boolean {
    return this.deps.keepsGame;
  }

  /** The reflection answers kept so far (restored from the platform on resume). */
  get savedAnswers(): readonly string[] {
    return this.answers;
  }

  /** A game starts or resumes; on resume the decisions made before were reported then. */
  started(game: Game, resumed: boolean): void {
    this.game = game;
    if (!resumed) this.answers = [];
    const decisions = game.snapshot().machine.context.sim.decisions.length;
    this.decisionsSent = resumed ? decisions : 0;
    this.deps.scorm?.begin(decisions, resumed);
    this.completionSent = resumed && game.snapshot().machine.hasTag('debrief');
    this.xapi((c, s) => started(c, s, resumed), game);
    this.progress(game);
  }

  /** After every decision (and once at the start): save and report what is new. */
  progress(game: Game): void {
    this.game = game;
    const snap = game.snapshot();
    const sim = snap.machine.context.sim;
    const records = sim.decisions.map(decisionRecord);
    const done = snap.machine.hasTag('debrief');
    const end = triad(game.bundle, sim.values);
    const code = toResultCode(game);
    const packed = packSuspend(code, this.answers);
    this.current = { code, answers: this.answers };
    if (this.deps.scorm && packed)
      this.deps.scorm.save({
        suspend: packed.data,
        decisions: records,
        completed: done,
        score: this.deps.score ? mean(end) : null,
      });
    for (const d of records.slice(this.decisionsSent)) this.xapi((c, s) => decided(c, s, d), game);
    this.decisionsSent = records.length;
    if (done && !this.completionSent) {
      this.completionSent = true;
      this.xapi((c, s) => completed(c, s, end, code, this.deps.score), game);
    }
  }

  /**
   * The student's reflection answers: kept in the suspend data when they fit (false when they do
   * not), and on `submit` sent as xAPI statements, one per answered question.
   */
  reflect(questions: readonly string[], answers: readonly string[], submit: boolean): boolean {
    const game = this.game;
    const packed = game ? packSuspend(toResultCode(game), answers) : null;
    const kept = packed?.answersKept ?? false;
    if (kept) {
      this.answers = [...answers];
      if (game) this.progress(game);
    }
    if (submit && game)
      answers.forEach((a, i) => {
        const q = questions[i];
        if (q !== undefined && a.trim()) this.xapi((c, s) => reflected(c, s, i, q, a), game);
      });
    return kept;
  }

  /** The page is going away (pagehide): commit, and finish when it is really gone. */
  leave(final: boolean): void {
    this.deps.scorm?.leave(final);
    void this.deps.xapi?.client.flush();
  }

  private xapi(make: (c: XapiContext, s: Stamp) => Parameters<XapiClient['send']>[0], game: Game) {
    const x = this.deps.xapi;
    if (x) x.client.send(make({ ...x.context, sessionCode: game.seed }, this.deps.stamp()));
  }
}
