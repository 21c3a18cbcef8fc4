/**
 * The one discussion timer of every workshop mode: the pure Timer (view/discussion-timer) ticking in
 * real time. Its owner draws it; it only says when it changed. It never decides for anyone
 * (WCAG 2.2.1): reaching zero just stops it. UI only, never part of a game's log.
 */
import { adjustTimer, newTimer, type Timer, tickTimer } from '../view/discussion-timer';

export class Ticker {
  private t: Timer;
  private handle: number | null = null;
  private last = 0;
  private carry = 0;

  constructor(
    minutes: number,
    /** Called after every change; `ended` when the time has just run out. */
    private readonly changed: (t: Timer, ended: boolean) => void,
  ) {
    this.t = newTimer(minutes);
  }

  get state(): Timer {
    return this.t;
  }

  start(): void {
    if (this.t.left <= 0 || this.t.running) return;
    this.t = { ...this.t, running: true };
    this.last = performance.now();
    this.carry = 0;
    this.handle = window.setInterval(() => this.tick(), 250);
    this.changed(this.t, false);
  }

  pause(): void {
    this.halt();
    this.t = { ...this.t, running: false };
    this.changed(this.t, false);
  }

  /** More or less time; at zero it stops. */
  adjust(seconds: number): void {
    this.t = adjustTimer(this.t, seconds);
    if (this.t.left === 0) {
      this.halt();
      this.t = { ...this.t, running: false };
    }
    this.changed(this.t, false);
  }

  reset(minutes: number): void {
    this.halt();
    this.t = newTimer(minutes);
    this.changed(this.t, false);
  }

  /** Stops ticking for good (the screen it belonged to is gone). */
  dispose(): void {
    this.halt();
  }

  private halt(): void {
    if (this.handle !== null) window.clearInterval(this.handle);
    this.handle = null;
  }

  private tick(): void {
    const now = performance.now();
    this.carry += now - this.last;
    this.last = now;
    const secs = Math.floor(this.carry / 1000);
    if (!secs) return;
    this.carry -= secs * 1000;
    this.t = tickTimer(this.t, secs);
    if (!this.t.running) this.halt();
    this.changed(this.t, !this.t.running);
  }
}
