/**
 * A discussion timer as data: visible, pausable and adjustable; reaching zero never moves anyone
 * on. The UI's Ticker (ui/timer.ts) runs it in real time for the team, dilemma and live modes.
 */
/** A discussion timer: visible, pausable and adjustable; reaching zero never moves the session on. */
export interface Timer {
  /** Seconds left. */
  left: number;
  running: boolean;
}

export const newTimer = (minutes: number): Timer => ({ left: Math.max(0, Math.round(minutes * 60)), running: false });

export function adjustTimer(t: Timer, seconds: number): Timer {
  return { ...t, left: Math.max(0, Math.min(99 * 60, t.left + seconds)) };
}

/** Counts down by whole seconds; stops at zero. */
export function tickTimer(t: Timer, seconds: number): Timer {
  if (!t.running) return t;
  const left = Math.max(0, t.left - seconds);
  return { left, running: left > 0 };
}

export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

/** "4 minuten en 30 seconden" — for screen readers and for the room. */
export function clockWords(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const mm = m === 1 ? '1 minuut' : `${m} minuten`;
  const ss = s === 1 ? '1 seconde' : `${s} seconden`;
  if (m && s) return `${mm} en ${ss}`;
  return m ? mm : ss;
}
