/**
 * The player-event contract, written once: the zod schemas below are the only definition. The
 * TypeScript types (z.infer), the type list, the save validator (game/save.ts) and the result-code
 * codec (game/result-code.ts) are all derived from them. Internal events (what the game layer
 * feeds back) are derived state, never logged.
 */
import { z } from 'zod';
import type { Command } from '../narrative/tags';

/** An id from the scenario (checked against the scenario by the machine's guards). */
const Id = z.string().max(64);
const Ids = (max: number) => z.array(Id).max(max);
/**
 * A team's vote on a form decision (team play): how many were for the answer, how many against.
 * On the wire it follows the event's own fields, flagged in its type byte (see event-codec.ts).
 */
const Support = z.tuple([z.number().int().min(0).max(99), z.number().int().min(0).max(99)]).optional();

/**
 * WIRE FORMAT — APPEND ONLY. A result code writes an event's type as its position in this list
 * (one byte), so reordering, removing or inserting an entry silently changes the meaning of
 * every code already handed out. Add a new event type at the end; a type that is no longer
 * used keeps its place. tests/golden/result-codes.test.ts decodes checked-in codes to catch a
 * change here.
 */
const WIRE = [
  /* 0 */ z.object({
    type: z.literal('dialogue.choose'),
    index: z.number().int().min(0).max(20),
    /** A team's tally per option (team play), recorded so the Terugblik can show the vote. */
    votes: z.array(z.number().int().min(0).max(99)).max(20).optional(),
  }),
  /* 1 */ z.object({ type: z.literal('dialogue.close') }),
  /* 2 */ z.object({
    type: z.literal('intake.submit'),
    commit: z.enum(['sign', 'refuse']),
    leader: Id,
    support: Support,
  }),
  /* 3 */ z.object({ type: z.literal('scan.open'), source: Id }),
  /* 4 */ z.object({ type: z.literal('scan.finish') }),
  /* 5 */ z.object({ type: z.literal('diagnosis.submit'), problems: Ids(10), theme: Id, support: Support }),
  /* 6 */ z.object({
    type: z.literal('plan.submit'),
    goals: z.array(z.object({ id: Id, level: Id })).max(10),
    /** '' when the programme was refused at intake (no programme coach). */
    coach: Id,
    style: Id,
    support: Support,
  }),
  /* 7 */ z.object({ type: z.literal('agenda.open'), item: Id }),
  /* 8 */ z.object({ type: z.literal('agenda.finish') }),
  /* 9 */ z.object({ type: z.literal('budget.submit'), buy: Ids(40), support: Support }),
  /* 10 */ z.object({ type: z.literal('verdict.continue') }),
  /* 11 */ z.object({ type: z.literal('report.continue') }),
  /* 12 */ z.object({ type: z.literal('interim.submit'), lower: Ids(10), support: Support }),
  /* 13 */ z.object({ type: z.literal('borging.submit'), measures: Ids(10), support: Support }),
  /* 14 */ z.object({ type: z.literal('final.continue') }),
] as const;

/** Validates one player event from outside (a save file); the bounds keep hostile input small. */
export const PlayerEventSchema = z.discriminatedUnion('type', WIRE);
export type PlayerEvent = z.infer<typeof PlayerEventSchema>;
export type PlayerEventType = PlayerEvent['type'];
/** One player event of a given type. */
export type PlayerEventOf<K extends PlayerEventType> = Extract<PlayerEvent, { type: K }>;

/** A form decision a team can vote on, for or against (the events with a `support` field). */
export type SupportedEvent = Extract<PlayerEvent, { support?: unknown }>;
export const SUPPORTED_TYPES: readonly PlayerEventType[] = WIRE.filter((s) => 'support' in s.shape).map(
  (s) => s.shape.type.value,
);

/** Every player event type, in wire order (see WIRE above). */
export const PLAYER_EVENT_TYPES: readonly PlayerEventType[] = WIRE.map((s) => s.shape.type.value);

/** The answer a player gave in a conversation: its text, the options offered, and a team's votes. */
export interface InkAnswer {
  text: string;
  options: string[];
  index: number;
  votes?: number[];
}

export type InternalEvent =
  /** One step of a conversation: the answer that started it (if any), then what its lines said. */
  | { type: 'ink.step'; commands: readonly Command[]; answer?: InkAnswer }
  | { type: 'conversation.done'; outcome?: string };

export type MachineEvent = PlayerEvent | InternalEvent;
