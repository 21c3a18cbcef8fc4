/**
 * The live session's message contract, shared by the browser and the server: zod schemas with the
 * types derived from them. Every message travels as one Socket.IO event, `LIVE_EVENT`, carrying an
 * object with a `type`. The server parses every incoming message with `ClientMessage` and answers
 * anything that does not parse with an `error` (never a crash); the browser parses what it gets with
 * `ServerMessage`. Changes to this file are additive only: new optional fields, new types.
 *
 * Who may do what travels in the message itself (a seat `token` for a participant, the facilitator
 * `secret` for control), not in the connection: any server process can serve any message, so a
 * participant can reconnect to another process behind a load balancer without sticky sessions.
 *
 * Over 300 lines on purpose: it is one contract that both sides import, and split it would be read
 * in pieces by whoever changes a message.
 */
import { z } from 'zod';

export const PROTOCOL_VERSION = 1;
/** The one Socket.IO event name, both ways. */
export const LIVE_EVENT = 'live';
/** Socket.IO's path on the server (the game is served from the same origin). */
export const LIVE_PATH = '/live/socket.io';

/** The largest message the server accepts, in bytes of JSON: a result code (8,000 chars) and room to spare. */
export const MAX_MESSAGE_BYTES = 12_000;
export const MAX_NAME_CHARS = 40;
export const MAX_RESULT_CODE_CHARS = 8000;
export const MAX_ARGUMENTS_CHARS = 2000;
export const MAX_TEAMS = 60;
export const MAX_INDICATORS = 12;
export const MAX_OPTIONS = 9;

/**
 * Join codes: 6 characters from an alphabet without look-alikes, so a code read aloud or off a
 * projector is typed right: both sides of I/1/L, O/0/Q/D, S/5, Z/2, B/8 and U/V are left out, and
 * G so that 6 reads clearly. 20^6 = 64 million codes.
 */
export const JOIN_CODE_ALPHABET = 'ACEFHJKMNPRTWXY34679';
export const JOIN_CODE_LENGTH = 6;
const JOIN_CODE_RE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);

/** A code as typed: spaces and dashes dropped, upper case; look-alikes are not guessed at. */
export function normalizeJoinCode(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

export const JoinCode = z.string().max(16).transform(normalizeJoinCode).pipe(z.string().regex(JOIN_CODE_RE));
/** Seat tokens and facilitator secrets: server-made random strings (base64url). */
export const Secret = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);
/** Scenario ids: lengths, dilemma sets, dilemmas, indicators, phases. */
export const Id = z.string().regex(/^[a-z0-9_.-]{1,40}$/i);
/** Optional request id: echoed in the answer (`ok` or `error`) so a client can match them. */
const Rid = z.string().max(32).optional();

/**
 * A team name or nickname: control and formatting characters removed, spaces collapsed, at most
 * MAX_NAME_CHARS. Only letters, digits, spaces and a little punctuation: a name is shown on a
 * projector to a room, so nothing that can pass for markup, a link or an invisible trick.
 */
export function cleanName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
const NAME_RE = /^[\p{L}\p{M}\p{N} .,'’&()!?+-]+$/u;
export const Name = z
  .string()
  .max(200)
  .transform(cleanName)
  .pipe(
    z
      .string()
      .min(1, 'Vul een naam in.')
      .max(MAX_NAME_CHARS, `Een naam is hoogstens ${MAX_NAME_CHARS} tekens.`)
      .regex(NAME_RE, "Gebruik in een naam alleen letters, cijfers, spaties en . , ' & ( ) ! ? + -"),
  );

export const Triad = z.object({
  client: z.number().finite(),
  medewerker: z.number().finite(),
  organisatie: z.number().finite(),
});
export const Indicator = z.object({ id: Id, value: z.number().finite() });
export const VoteStage = z.enum(['individual', 'team']);

// ---------------------------------------------------------------------------------------------
// Client → server

export const CreateSession = z.discriminatedUnion('kind', [
  z.object({
    type: z.literal('create'),
    rid: Rid,
    kind: z.literal('team'),
    /** A length id from the scenario's `lengths`. */
    length: Id,
    /** The session seed all teams play; the server draws one when absent. */
    seed: z.number().int().min(0).max(999_999).optional(),
  }),
  z.object({
    type: z.literal('create'),
    rid: Rid,
    kind: z.literal('dilemma'),
    /** A ready-made set, or 3–8 dilemmas picked by hand (in order). */
    setId: Id.optional(),
    dilemmas: z.array(Id).min(3).max(8).optional(),
  }),
]);

/** The facilitator's screen (re)claims its session, e.g. after a reload. */
export const Facilitate = z.object({ type: z.literal('facilitate'), rid: Rid, code: JoinCode, secret: Secret });
export const Join = z.object({ type: z.literal('join'), rid: Rid, code: JoinCode, name: Name });
export const Rejoin = z.object({ type: z.literal('rejoin'), rid: Rid, code: JoinCode, token: Secret });

/** Where a team's game is, for the control room; sent as the game moves (relayed, not verified). */
export const Progress = z.object({
  type: z.literal('progress'),
  rid: Rid,
  code: JoinCode,
  token: Secret,
  /** The game's event-log length: progress with fewer events than the server has seen is stale. */
  events: z.number().int().min(0).max(4000),
  phase: Id,
  quarter: z.number().int().min(0).max(40),
  triad: Triad,
  indicators: z.array(Indicator).max(MAX_INDICATORS),
});

/** A team's result code (interim or final); the server replays it before it counts. */
export const Result = z.object({
  type: z.literal('result'),
  rid: Rid,
  code: JoinCode,
  token: Secret,
  resultCode: z.string().min(1).max(MAX_RESULT_CODE_CHARS),
  final: z.boolean(),
});

export const Vote = z.object({
  type: z.literal('vote'),
  rid: Rid,
  code: JoinCode,
  token: Secret,
  /** The dilemma id the vote is for: a vote for any other than the open question is refused. */
  question: Id,
  option: z
    .number()
    .int()
    .min(0)
    .max(MAX_OPTIONS - 1),
  stage: VoteStage,
});

export const ControlAction = z.discriminatedUnion('action', [
  /** Teams stop at the end of this quarter until released. */
  z.object({ action: z.literal('hold'), quarter: z.number().int().min(1).max(40) }),
  z.object({ action: z.literal('release') }),
  /** Opens a question for voting: its options, and whether an individual vote comes first. */
  z.object({
    action: z.literal('next'),
    question: Id,
    options: z.number().int().min(2).max(MAX_OPTIONS),
    /** The stages in order: ['team'], or ['individual', 'team'] for a private vote before the discussion. */
    stages: z
      .array(VoteStage)
      .min(1)
      .max(2)
      .refine((s) => new Set(s).size === s.length),
  }),
  /** Moves the open question from the individual to the team vote. */
  z.object({ action: z.literal('stage'), stage: VoteStage }),
  /** Shows the open question's tally to everybody and closes its voting. */
  z.object({ action: z.literal('reveal') }),
  /** The room's arguments for a question, as the facilitator types them. */
  z.object({ action: z.literal('arguments'), question: Id, text: z.string().max(MAX_ARGUMENTS_CHARS) }),
  z.object({ action: z.literal('end') }),
]);
export const Control = z.object({
  type: z.literal('control'),
  rid: Rid,
  code: JoinCode,
  secret: Secret,
  control: ControlAction,
});

export const ClientMessage = z.discriminatedUnion('type', [
  CreateSession,
  Facilitate,
  Join,
  Rejoin,
  Progress,
  Result,
  Vote,
  Control,
]);

// ---------------------------------------------------------------------------------------------
// Server → client

export const TeamProgress = Progress.pick({ events: true, phase: true, quarter: true, triad: true, indicators: true });

export const TeamRow = z.object({
  seat: z.number().int().min(0),
  name: z.string(),
  progress: TeamProgress.nullable(),
  /** The last verified result: its event count and whether the game was finished. */
  result: z.object({ events: z.number().int(), final: z.boolean() }).nullable(),
});

export const OpenQuestion = z.object({
  question: Id,
  options: z.number().int(),
  stages: z.array(VoteStage),
  stage: VoteStage,
  revealed: z.boolean(),
});

export const SessionState = z.object({
  code: JoinCode,
  kind: z.enum(['team', 'dilemma']),
  /** Team game: the length and the seed every team plays. */
  length: Id.optional(),
  seed: z.number().int().optional(),
  /** Dilemma session: the dilemmas in order (from a set or picked by hand), and the set. */
  setId: Id.optional(),
  dilemmas: z.array(Id).optional(),
  /** How many events the session's own log holds: grows with every change, so a client sees it is current. */
  rev: z.number().int(),
  hold: z.object({ quarter: z.number().int() }).nullable(),
  question: OpenQuestion.nullable(),
  /** The room's arguments per dilemma id, as typed by the facilitator. */
  arguments: z.record(z.string(), z.string()),
  teams: z.array(TeamRow),
  ended: z.boolean(),
});

/** Votes per option for one question and stage; `votes` counts the seats that voted. */
export const Tally = z.object({
  question: Id,
  stage: VoteStage,
  counts: z.array(z.number().int().min(0)),
  votes: z.number().int().min(0),
  revealed: z.boolean(),
});

export const ErrorCode = z.enum([
  'invalid',
  'too-large',
  'unknown-session',
  'not-allowed',
  'rate-limited',
  'closed',
  'stale',
  'rejected-result',
  'name-taken',
  'full',
  'server',
]);

export const ServerMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ok'), rid: Rid }),
  z.object({ type: z.literal('error'), rid: Rid, code: ErrorCode, message: z.string() }),
  /** To the facilitator who created the session: keep the secret (e.g. in localStorage) to reclaim it. */
  z.object({ type: z.literal('created'), rid: Rid, code: JoinCode, secret: Secret }),
  /** To a participant who joined or rejoined: keep the token to rejoin the same seat. */
  z.object({
    type: z.literal('seat'),
    rid: Rid,
    code: JoinCode,
    seat: z.number().int(),
    name: z.string(),
    token: Secret,
  }),
  /** The whole session as it is now: after (re)joining and after every change of the session's shape. */
  z.object({ type: z.literal('session'), session: SessionState }),
  /** One team's row changed (progress, result): to the facilitator. */
  z.object({ type: z.literal('team'), code: JoinCode, rev: z.number().int(), team: TeamRow }),
  /** A verified result code, for the comparison views: to the facilitator. */
  z.object({
    type: z.literal('result'),
    code: JoinCode,
    seat: z.number().int(),
    name: z.string(),
    resultCode: z.string(),
    final: z.boolean(),
  }),
  /** Votes so far: to the facilitator while voting; to everybody once revealed. */
  z.object({ type: z.literal('tally'), code: JoinCode, tally: Tally }),
  /** What this seat voted for the open question (so a rejoining phone shows its own vote). */
  z.object({ type: z.literal('voted'), code: JoinCode, question: Id, stage: VoteStage, option: z.number().int() }),
]);

export type ClientMessage = z.infer<typeof ClientMessage>;
export type ClientMessageInput = z.input<typeof ClientMessage>;
export type ControlAction = z.infer<typeof ControlAction>;
export type ServerMessage = z.infer<typeof ServerMessage>;
export type SessionState = z.infer<typeof SessionState>;
export type TeamRow = z.infer<typeof TeamRow>;
export type TeamProgress = z.infer<typeof TeamProgress>;
export type Tally = z.infer<typeof Tally>;
export type OpenQuestion = z.infer<typeof OpenQuestion>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type VoteStage = z.infer<typeof VoteStage>;

/** The Dutch message for each refusal; the server may say more in its own message. */
export const ERROR_TEXT: Record<ErrorCode, string> = {
  invalid: 'Dit bericht begrijpt de server niet. Laad de pagina opnieuw als dit blijft gebeuren.',
  'too-large': 'Dit bericht is te groot voor de server.',
  'unknown-session': 'Deze sessiecode bestaat niet (meer). Controleer de code op het grote scherm.',
  'not-allowed': 'Dit mag alleen de begeleider of het team zelf.',
  'rate-limited': 'Even rustig aan: probeer het over een paar seconden opnieuw.',
  closed: 'Deze stemming is gesloten.',
  stale: 'Dit is ouder dan wat de server al heeft; er is niets veranderd.',
  'rejected-result': 'Dit resultaat klopt niet met het spel van deze sessie en telt niet mee.',
  'name-taken': 'Deze naam is al in gebruik in deze sessie. Kies een andere naam.',
  full: 'Deze sessie is vol.',
  server: 'Er ging iets mis op de server. Probeer het opnieuw.',
};

/** Parses a server message; undefined for anything that is not one (the browser ignores it). */
export function parseServerMessage(data: unknown): ServerMessage | undefined {
  const r = ServerMessage.safeParse(data);
  return r.success ? r.data : undefined;
}
