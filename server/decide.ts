/**
 * What a valid message does to a session: the events to write and the answer to the sender, or a
 * refusal with a Dutch message. Pure: time, randomness, hashing and result verification come in
 * through `Deps`, so every rule is unit-tested without a server. Replayed messages are harmless by
 * construction: a vote or control that changes nothing writes nothing, progress and results older
 * than what the session holds are refused as stale, a name already taken is refused.
 */
import { type ClientMessage, ERROR_TEXT, type ErrorCode, MAX_TEAMS, type ServerMessage } from '../src/live/protocol';
import { type Room, type RoomEvent, sameName, voteKey } from './room';

export interface Verified {
  ok: true;
  events: number;
  final: boolean;
}

export interface Deps {
  now: number;
  /** A fresh random secret or token (base64url). */
  newSecret(): string;
  hash(secret: string): string;
  /** Replays a team's result code against the session's seed and length. */
  verify(resultCode: string, session: { seed: number; length: string }): Verified | { ok: false; message: string };
  /** The scenario's length ids, dilemma ids and sets, to check a new session against. */
  scenario: {
    lengths: readonly string[];
    dilemmas: readonly string[];
    sets: Readonly<Record<string, readonly string[]>>;
  };
  /** The seed for a team session that was created without one. */
  randomSeed(): number;
}

export type Decision =
  | { ok: true; events: RoomEvent[]; reply: ServerMessage }
  | { ok: false; code: ErrorCode; message: string };

const refuse = (code: ErrorCode, message = ERROR_TEXT[code]): Decision => ({ ok: false, code, message });
const ok = (rid: string | undefined, events: RoomEvent[] = []): Decision => ({
  ok: true,
  events,
  reply: { type: 'ok', ...(rid ? { rid } : {}) },
});

/** A new session: `code` is a join code not yet in use (the caller draws it). */
export function decideCreate(
  msg: Extract<ClientMessage, { type: 'create' }>,
  code: string,
  d: Omit<Deps, 'verify'>,
): Decision {
  const secret = d.newSecret();
  const reply: ServerMessage = { type: 'created', code, secret, ...(msg.rid ? { rid: msg.rid } : {}) };
  if (msg.kind === 'team') {
    if (!d.scenario.lengths.includes(msg.length))
      return refuse('invalid', `Deze spelduur kent het scenario niet: ${msg.length}.`);
    const seed = msg.seed ?? d.randomSeed();
    return {
      ok: true,
      events: [{ t: 'created', at: d.now, kind: 'team', length: msg.length, seed, secret: d.hash(secret) }],
      reply,
    };
  }
  const fromSet = msg.setId ? d.scenario.sets[msg.setId] : undefined;
  if (msg.setId && !fromSet) return refuse('invalid', 'Deze dilemmaset bestaat niet (meer). Kies een andere set.');
  const dilemmas = msg.dilemmas ?? fromSet;
  if (!dilemmas) return refuse('invalid', 'Kies een dilemmaset of 3 tot 8 dilemma’s.');
  const unknown = dilemmas.filter((id) => !d.scenario.dilemmas.includes(id));
  if (unknown.length) return refuse('invalid', `Onbekend dilemma: ${unknown.join(', ')}.`);
  if (new Set(dilemmas).size !== dilemmas.length)
    return refuse('invalid', 'Elk dilemma kan maar één keer in de sessie.');
  return {
    ok: true,
    events: [
      {
        t: 'created',
        at: d.now,
        kind: 'dilemma',
        dilemmas: [...dilemmas],
        secret: d.hash(secret),
        ...(msg.setId ? { setId: msg.setId } : {}),
      },
    ],
    reply,
  };
}

type SessionMessage = Exclude<ClientMessage, { type: 'create' }>;

/** Which seat a token opens, if any. */
export function seatOf(room: Room, token: string, d: Pick<Deps, 'hash'>): number {
  const h = d.hash(token);
  return room.teams.findIndex((t) => t.token === h);
}

/** A message about an existing session (the caller has found it; absent or expired is refused before). */
export function decide(room: Room, msg: SessionMessage, d: Deps): Decision {
  const rid = msg.rid;
  switch (msg.type) {
    case 'facilitate':
      return d.hash(msg.secret) === room.secret ? ok(rid) : refuse('not-allowed');
    case 'join': {
      if (room.ended) return refuse('closed', 'Deze sessie is afgelopen.');
      if (room.teams.length >= MAX_TEAMS) return refuse('full');
      if (room.teams.some((t) => sameName(t.name, msg.name))) return refuse('name-taken');
      const token = d.newSecret();
      return {
        ok: true,
        events: [{ t: 'joined', at: d.now, name: msg.name, token: d.hash(token) }],
        reply: {
          type: 'seat',
          code: room.code,
          seat: room.teams.length,
          name: msg.name,
          token,
          ...(rid ? { rid } : {}),
        },
      };
    }
    case 'rejoin': {
      const seat = seatOf(room, msg.token, d);
      const team = room.teams[seat];
      if (!team) return refuse('not-allowed', 'Deze plek hoort niet bij deze sessie. Doe opnieuw mee met de code.');
      return {
        ok: true,
        events: [],
        reply: { type: 'seat', code: room.code, seat, name: team.name, token: msg.token, ...(rid ? { rid } : {}) },
      };
    }
    case 'control':
      if (d.hash(msg.secret) !== room.secret) return refuse('not-allowed');
      return decideControl(room, msg, d);
    default:
      return decideSeat(room, msg, d);
  }
}

function decideControl(room: Room, msg: Extract<ClientMessage, { type: 'control' }>, d: Deps): Decision {
  const c = msg.control;
  const event: RoomEvent[] = [{ t: 'control', at: d.now, control: c }];
  const q = room.question;
  switch (c.action) {
    case 'hold':
    case 'release':
      if (room.kind !== 'team') return refuse('invalid', 'Vasthouden en vrijgeven horen bij een teamspel.');
      if (c.action === 'release' && !room.hold) return ok(msg.rid);
      if (c.action === 'hold' && room.hold?.quarter === c.quarter) return ok(msg.rid);
      return ok(msg.rid, event);
    case 'next':
      if (!room.dilemmas?.includes(c.question)) return refuse('invalid', 'Dit dilemma hoort niet bij deze sessie.');
      if (q?.question === c.question && !q.revealed) return ok(msg.rid);
      return ok(msg.rid, event);
    case 'stage':
      if (!q || q.revealed || !q.stages.includes(c.stage)) return refuse('closed');
      return q.stage === c.stage ? ok(msg.rid) : ok(msg.rid, event);
    case 'reveal':
      if (!q) return refuse('closed', 'Er staat geen dilemma open.');
      return q.revealed ? ok(msg.rid) : ok(msg.rid, event);
    case 'arguments':
      if (!room.dilemmas?.includes(c.question)) return refuse('invalid', 'Dit dilemma hoort niet bij deze sessie.');
      return room.arguments[c.question] === c.text ? ok(msg.rid) : ok(msg.rid, event);
    case 'end':
      return room.ended ? ok(msg.rid) : ok(msg.rid, event);
  }
}

function decideSeat(
  room: Room,
  msg: Extract<SessionMessage, { type: 'vote' | 'progress' | 'result' }>,
  d: Deps,
): Decision {
  const seat = seatOf(room, msg.token, d);
  const team = room.teams[seat];
  if (!team) return refuse('not-allowed');
  switch (msg.type) {
    case 'vote': {
      const q = room.question;
      if (!q || q.question !== msg.question || q.revealed || q.stage !== msg.stage || msg.option >= q.options)
        return refuse('closed');
      if (room.votes[voteKey(msg.question, msg.stage)]?.[seat] === msg.option) return ok(msg.rid);
      const { question, stage, option } = msg;
      return ok(msg.rid, [{ t: 'vote', at: d.now, seat, question, stage, option }]);
    }
    case 'progress': {
      if (room.kind !== 'team') return refuse('invalid', 'Voortgang hoort bij een teamspel.');
      if (team.progress && team.progress.events >= msg.events) return refuse('stale');
      const { events, phase, quarter, triad, indicators } = msg;
      return ok(msg.rid, [{ t: 'progress', at: d.now, seat, progress: { events, phase, quarter, triad, indicators } }]);
    }
    case 'result': {
      if (room.kind !== 'team' || room.seed === undefined || room.length === undefined)
        return refuse('invalid', 'Een resultaat hoort bij een teamspel.');
      if (team.result?.resultCode === msg.resultCode) return ok(msg.rid);
      const v = d.verify(msg.resultCode, { seed: room.seed, length: room.length });
      if (!v.ok) return refuse('rejected-result', `${ERROR_TEXT['rejected-result']} ${v.message}`);
      if (team.result && team.result.events >= v.events) return refuse('stale');
      // Whether the game is finished is the replay's call, not the sender's.
      return ok(msg.rid, [
        { t: 'result', at: d.now, seat, resultCode: msg.resultCode, events: v.events, final: v.final },
      ]);
    }
  }
}
