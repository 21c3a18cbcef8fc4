/**
 * A dilemma session as data, without the DOM: composing it (a ready-made set, or 3–8 dilemmas
 * picked by hand, in order), the votes the facilitator enters per option, the discussion timer,
 * and the closing summary with each option's share. Every function returns a new value.
 */
import type { DilemmasData } from '../../view';

export type DilemmaDef = DilemmasData['dilemmas'][number];
export type DilemmaSet = DilemmasData['sets'][number];

export const MIN_DILEMMAS = 3;
export const MAX_DILEMMAS = 8;

export type Composed = { ok: true; ids: string[] } | { ok: false; message: string };

/** The dilemmas of a ready-made set, in the set's order. */
export function composeFromSet(data: DilemmasData, setId: string): Composed {
  const set = data.sets.find((s) => s.id === setId);
  if (!set) return { ok: false, message: 'Deze set bestaat niet (meer). Kies een andere set.' };
  return composeByHand(data, set.dilemmas);
}

/** Dilemmas picked by hand, in the order given; a Dutch message when the pick cannot run. */
export function composeByHand(data: DilemmasData, ids: readonly string[]): Composed {
  const unknown = ids.filter((id) => !data.dilemmas.some((d) => d.id === id));
  if (unknown.length) return { ok: false, message: `Onbekend dilemma: ${unknown.join(', ')}.` };
  if (new Set(ids).size !== ids.length) return { ok: false, message: 'Elk dilemma kan maar één keer in de sessie.' };
  if (ids.length < MIN_DILEMMAS) {
    const more = MIN_DILEMMAS - ids.length;
    return {
      ok: false,
      message: `Kies minstens ${MIN_DILEMMAS} dilemma's; u heeft er ${ids.length} gekozen. Kies er nog ${more} bij.`,
    };
  }
  if (ids.length > MAX_DILEMMAS) {
    const fewer = ids.length - MAX_DILEMMAS;
    return {
      ok: false,
      message: `Kies hoogstens ${MAX_DILEMMAS} dilemma's; u heeft er ${ids.length} gekozen. Haal er ${fewer} weg.`,
    };
  }
  return { ok: true, ids: [...ids] };
}

/** Adds or removes a dilemma from a hand-picked order; a new pick goes at the end. */
export function togglePick(order: readonly string[], id: string, on: boolean): string[] {
  const without = order.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

/** Moves a picked dilemma one place earlier (-1) or later (+1). */
export function movePick(order: readonly string[], id: string, by: -1 | 1): string[] {
  const i = order.indexOf(id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= order.length) return [...order];
  const next = [...order];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

// --------------------------------------------------------------------------------- votes

export interface Session {
  ids: string[];
  /** Per dilemma, per option: the votes the facilitator entered. */
  votes: number[][];
}

export function newSession(ids: readonly string[]): Session {
  return { ids: [...ids], votes: ids.map(() => []) };
}

export type VoteInput = { ok: true; value: number } | { ok: false; message: string };

/** Reads what was typed into a vote box: empty counts as 0; otherwise a whole number 0–9999. */
export function parseVotes(text: string): VoteInput {
  const t = text.trim();
  if (t === '') return { ok: true, value: 0 };
  if (!/^\d+$/.test(t)) return { ok: false, message: 'Vul een heel getal in, 0 of meer.' };
  const value = Number(t);
  if (value > 9999) return { ok: false, message: 'Dat zijn meer stemmen dan er mensen in een zaal passen.' };
  return { ok: true, value };
}

/** Records the votes for one option of one dilemma (negative or fractional counts are refused). */
export function recordVotes(s: Session, dilemma: number, option: number, count: number): Session {
  if (dilemma < 0 || dilemma >= s.ids.length || option < 0) return s;
  if (!Number.isInteger(count) || count < 0) return s;
  const votes = s.votes.map((row, i) => {
    if (i !== dilemma) return row;
    const next = [...row];
    while (next.length <= option) next.push(0);
    next[option] = count;
    return next;
  });
  return { ...s, votes };
}

export function votesFor(s: Session, dilemma: number, options: number): number[] {
  const row = s.votes[dilemma] ?? [];
  return Array.from({ length: options }, (_, i) => row[i] ?? 0);
}

/**
 * Whole percentages that add up to 100 (largest remainder), so a printed summary never shows
 * 99 % or 101 %. All zero when nobody voted.
 */
export function shares(votes: readonly number[]): number[] {
  const total = votes.reduce((a, b) => a + b, 0);
  if (total <= 0) return votes.map(() => 0);
  const exact = votes.map((v) => (v * 100) / total);
  const out = exact.map(Math.floor);
  let left = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i]! += 1;
    left--;
  }
  return out;
}

export interface SummaryOption {
  text: string;
  votes: number;
  /** Whole percent of the votes cast for this dilemma. */
  share: number;
  /** Among the options with the most votes (and at least one). */
  top: boolean;
}
export interface SummaryRow {
  id: string;
  title: string;
  total: number;
  options: SummaryOption[];
}

/** The closing summary: per dilemma its options, votes and share. */
export function summarize(
  s: Session,
  data: DilemmasData,
  optionsOf: (id: string) => readonly string[],
  upTo = s.ids.length,
): SummaryRow[] {
  return s.ids.slice(0, upTo).map((id, i) => {
    const texts = optionsOf(id);
    const votes = votesFor(s, i, texts.length);
    const pct = shares(votes);
    const most = Math.max(0, ...votes);
    return {
      id,
      title: data.dilemmas.find((d) => d.id === id)?.title ?? id,
      total: votes.reduce((a, b) => a + b, 0),
      options: texts.map((text, j) => ({ text, votes: votes[j]!, share: pct[j]!, top: most > 0 && votes[j] === most })),
    };
  });
}

// --------------------------------------------------------------------------------- timer

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
