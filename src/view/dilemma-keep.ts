/**
 * A dilemma session kept across a reload, and a facilitator's own sets kept for a next session:
 * both as JSON text (the UI stores it in localStorage). Reading is strict and never throws: text
 * that does not fit, or a session whose dilemmas the scenario no longer has, reads as nothing.
 */
import { z } from 'zod';
import type { DilemmasData } from '../sim/schema';
import { composeByHand, MAX_NOTES, MAX_OWN, type Session } from './dilemma-session';

export type Step = 'situatie' | 'stemmen' | 'onthulling';
export type Place =
  | { kind: 'kiezen' }
  | { kind: 'dilemma'; index: number; step: Step }
  | { kind: 'samenvatting'; upTo: number };

export interface Kept {
  minutes: number;
  /** The hand-picked order on the composing screen. */
  picks: string[];
  session: Session | null;
  place: Place;
}

const Count = z.number().int().min(0).max(9999);
const Ids = z.array(z.string().max(64)).max(20);
const KeptSchema = z.object({
  v: z.literal(1),
  minutes: z.number().int().min(1).max(60),
  picks: Ids,
  session: z
    .object({
      ids: Ids,
      votes: z.array(z.array(Count).max(20)).max(20),
      own: z.array(z.object({ text: z.string().max(MAX_OWN), votes: Count })).max(20),
      notes: z.array(z.string().max(MAX_NOTES)).max(20),
    })
    .nullable(),
  place: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('kiezen') }),
    z.object({
      kind: z.literal('dilemma'),
      index: z.number().int().min(0).max(19),
      step: z.enum(['situatie', 'stemmen', 'onthulling']),
    }),
    z.object({ kind: z.literal('samenvatting'), upTo: z.number().int().min(0).max(20) }),
  ]),
});

export const keptText = (k: Kept): string => JSON.stringify({ v: 1, ...k });

const parse = (text: string | null): unknown => {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
};

/** The kept session, when it still fits the scenario; otherwise null (start afresh). */
export function readKept(text: string | null, data: DilemmasData): Kept | null {
  const r = KeptSchema.safeParse(parse(text));
  if (!r.success) return null;
  const { minutes, session, place } = r.data;
  const known = (id: string) => data.dilemmas.some((d) => d.id === id);
  const picks = r.data.picks.filter(known);
  if (!session) return { minutes, picks, session: null, place: { kind: 'kiezen' } };
  const n = session.ids.length;
  const fits =
    composeByHand(data, session.ids).ok &&
    session.votes.length === n &&
    session.own.length === n &&
    session.notes.length === n &&
    (place.kind !== 'dilemma' || place.index < n) &&
    (place.kind !== 'samenvatting' || place.upTo <= n);
  return fits ? { minutes, picks, session, place } : null;
}

// --------------------------------------------------------------------------------- own sets

/** A set the facilitator composed and saved under a name. */
export interface OwnSet {
  name: string;
  ids: string[];
}
export const MAX_OWN_SETS = 20;
const OwnSetsSchema = z.object({
  v: z.literal(1),
  sets: z.array(z.object({ name: z.string().min(1).max(80), ids: Ids })).max(MAX_OWN_SETS),
});

export const ownSetsText = (sets: readonly OwnSet[]): string => JSON.stringify({ v: 1, sets });

/** The saved sets that still run on this scenario (a set naming a removed dilemma is left out). */
export function readOwnSets(text: string | null, data: DilemmasData): OwnSet[] {
  const r = OwnSetsSchema.safeParse(parse(text));
  if (!r.success) return [];
  return r.data.sets.filter((s) => composeByHand(data, s.ids).ok);
}

export type Saved = { ok: true; sets: OwnSet[] } | { ok: false; message: string };

/** Adds (or, under the same name, replaces) a set; a Dutch message when it cannot be saved. */
export function saveOwnSet(sets: readonly OwnSet[], name: string, ids: readonly string[], data: DilemmasData): Saved {
  const title = name.trim().replace(/\s+/g, ' ');
  if (!title) return { ok: false, message: 'Geef de set een naam, zodat u hem later terugvindt.' };
  if (title.length > 80) return { ok: false, message: 'Die naam is te lang; houd het bij 80 tekens.' };
  const composed = composeByHand(data, ids);
  if (!composed.ok) return composed;
  const others = sets.filter((s) => s.name !== title);
  if (others.length >= MAX_OWN_SETS)
    return { ok: false, message: `Er passen ${MAX_OWN_SETS} eigen sets; verwijder er eerst een.` };
  return { ok: true, sets: [...others, { name: title, ids: composed.ids }] };
}

export const removeOwnSet = (sets: readonly OwnSet[], name: string): OwnSet[] => sets.filter((s) => s.name !== name);
