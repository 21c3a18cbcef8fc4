/**
 * A dilemma session as data, without the DOM: composing it (a ready-made set, or 3–8 dilemmas
 * picked by hand, in order), the votes the facilitator enters per option, the room's own option
 * and its notes, and the closing summary with each option's share. Every function returns a new
 * value; the whole session is plain JSON, so it can be kept across a reload (ui/dilemma/keep.ts).
 */
import type { DilemmasData } from '../sim/schema';

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

/** An option the room invents itself, with its votes; empty text means the room has none. */
export interface OwnOption {
  text: string;
  votes: number;
}

export interface Session {
  ids: string[];
  /** Per dilemma, per option: the votes the facilitator entered. */
  votes: number[][];
  /** Per dilemma: the room's own option. */
  own: OwnOption[];
  /** Per dilemma: the room's arguments, as typed. */
  notes: string[];
}

/** Longest own option and notes a session keeps (a projector line; a page of notes). */
export const MAX_OWN = 200;
export const MAX_NOTES = 4000;

export function newSession(ids: readonly string[]): Session {
  return {
    ids: [...ids],
    votes: ids.map(() => []),
    own: ids.map(() => ({ text: '', votes: 0 })),
    notes: ids.map(() => ''),
  };
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

const validCount = (n: number) => Number.isInteger(n) && n >= 0 && n <= 9999;
const inRange = (s: Session, dilemma: number) => dilemma >= 0 && dilemma < s.ids.length;

/** Records the votes for one option of one dilemma (negative or fractional counts are refused). */
export function recordVotes(s: Session, dilemma: number, option: number, count: number): Session {
  if (!inRange(s, dilemma) || option < 0 || !validCount(count)) return s;
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

/** The room's own option for one dilemma: its words (trimmed to MAX_OWN) and/or its votes. */
export function recordOwn(s: Session, dilemma: number, change: Partial<OwnOption>): Session {
  if (!inRange(s, dilemma) || (change.votes !== undefined && !validCount(change.votes))) return s;
  const own = s.own.map((o, i) =>
    i === dilemma
      ? { ...o, ...change, ...(change.text !== undefined ? { text: change.text.slice(0, MAX_OWN) } : {}) }
      : o,
  );
  return { ...s, own };
}

export const ownFor = (s: Session, dilemma: number): OwnOption => s.own[dilemma] ?? { text: '', votes: 0 };

/** The room's notes for one dilemma (at most MAX_NOTES characters). */
export function recordNotes(s: Session, dilemma: number, text: string): Session {
  if (!inRange(s, dilemma)) return s;
  return { ...s, notes: s.notes.map((n, i) => (i === dilemma ? text.slice(0, MAX_NOTES) : n)) };
}

/**
 * The tally the reveal and the summary show: the scenario's options, then the room's own option
 * when it has words. Its votes count in the shares like any other option.
 */
export function tallyFor(s: Session, dilemma: number, options: number): number[] {
  const own = ownFor(s, dilemma);
  const votes = votesFor(s, dilemma, options);
  return own.text.trim() ? [...votes, own.votes] : votes;
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
