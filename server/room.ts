/**
 * A live session's state as a fold over its own event log. The log is the truth (kept in memory,
 * or in a Redis stream shared by every server process); any process rebuilds a session by reading
 * its events and applying them in order. Events are written only after decide.ts has checked them,
 * but `apply` still ignores an event that does not fit, so two processes that raced can never
 * make a session that cannot be read back.
 */
import type { ControlAction, OpenQuestion, SessionState, TeamProgress, TeamRow, VoteStage } from '../src/live/protocol';

/** Facilitator secrets and seat tokens are kept as hashes: the log never holds what grants access. */
export type RoomEvent =
  | { t: 'created'; at: number; kind: 'team'; length: string; seed: number; secret: string }
  | { t: 'created'; at: number; kind: 'dilemma'; setId?: string; dilemmas: string[]; secret: string }
  | { t: 'joined'; at: number; name: string; token: string }
  | { t: 'progress'; at: number; seat: number; progress: TeamProgress }
  | { t: 'result'; at: number; seat: number; resultCode: string; events: number; final: boolean }
  | { t: 'vote'; at: number; seat: number; question: string; stage: VoteStage; option: number }
  | { t: 'control'; at: number; control: ControlAction };

export interface Team {
  name: string;
  token: string;
  progress: TeamProgress | null;
  result: { resultCode: string; events: number; final: boolean } | null;
}

export interface Room {
  code: string;
  kind: 'team' | 'dilemma';
  length?: string;
  seed?: number;
  setId?: string;
  dilemmas?: string[];
  secret: string;
  createdAt: number;
  /** When the last event was written: a session expires some hours after it (expiry.ts). */
  lastAt: number;
  /** How many events the log holds. */
  rev: number;
  hold: { quarter: number } | null;
  question: OpenQuestion | null;
  arguments: Record<string, string>;
  /** A team's seat is its position here. */
  teams: Team[];
  /** Per `question/stage`: each seat's option. */
  votes: Record<string, Record<number, number>>;
  ended: boolean;
}

export const voteKey = (question: string, stage: VoteStage) => `${question}/${stage}`;

/** The session a `created` event starts. */
function start(code: string, e: Extract<RoomEvent, { t: 'created' }>): Room {
  const common = {
    code,
    secret: e.secret,
    createdAt: e.at,
    lastAt: e.at,
    rev: 1,
    hold: null,
    question: null,
    arguments: {},
    teams: [],
    votes: {},
    ended: false,
  };
  return e.kind === 'team'
    ? { ...common, kind: 'team', length: e.length, seed: e.seed }
    : { ...common, kind: 'dilemma', dilemmas: e.dilemmas, ...(e.setId ? { setId: e.setId } : {}) };
}

function withTeam(room: Room, seat: number, change: Partial<Team>): Room {
  const team = room.teams[seat];
  if (!team) return room;
  const teams = room.teams.slice();
  teams[seat] = { ...team, ...change };
  return { ...room, teams };
}

function control(room: Room, c: ControlAction): Room {
  switch (c.action) {
    case 'hold':
      return { ...room, hold: { quarter: c.quarter } };
    case 'release':
      return { ...room, hold: null };
    case 'next':
      return {
        ...room,
        question: {
          question: c.question,
          options: c.options,
          stages: c.stages,
          stage: c.stages[0] as VoteStage,
          revealed: false,
        },
      };
    case 'stage':
      return room.question ? { ...room, question: { ...room.question, stage: c.stage } } : room;
    case 'reveal':
      return room.question ? { ...room, question: { ...room.question, revealed: true } } : room;
    case 'arguments':
      return { ...room, arguments: { ...room.arguments, [c.question]: c.text } };
    case 'end':
      return { ...room, ended: true, hold: null };
  }
}

/** The session after one more event. The first event must be `created`; `code` names the session. */
export function apply(room: Room | undefined, e: RoomEvent, code: string): Room | undefined {
  if (!room) return e.t === 'created' ? start(code, e) : undefined;
  const next = step(room, e);
  return { ...next, rev: room.rev + 1, lastAt: Math.max(room.lastAt, e.at) };
}

function step(room: Room, e: RoomEvent): Room {
  switch (e.t) {
    case 'created':
      return room;
    case 'joined':
      if (room.teams.some((t) => sameName(t.name, e.name))) return room;
      return { ...room, teams: [...room.teams, { name: e.name, token: e.token, progress: null, result: null }] };
    case 'progress': {
      const had = room.teams[e.seat]?.progress;
      return had && had.events > e.progress.events ? room : withTeam(room, e.seat, { progress: e.progress });
    }
    case 'result': {
      const had = room.teams[e.seat]?.result;
      if (had && had.events > e.events) return room;
      return withTeam(room, e.seat, { result: { resultCode: e.resultCode, events: e.events, final: e.final } });
    }
    case 'vote': {
      const key = voteKey(e.question, e.stage);
      return { ...room, votes: { ...room.votes, [key]: { ...room.votes[key], [e.seat]: e.option } } };
    }
    case 'control':
      return control(room, e.control);
  }
}

/** Names are compared as a room would read them: case and accents aside. */
export const sameName = (a: string, b: string) => a.localeCompare(b, 'nl', { sensitivity: 'base' }) === 0;

/** Folds a whole log. */
export function replayRoom(code: string, events: readonly RoomEvent[]): Room | undefined {
  let room: Room | undefined;
  for (const e of events) room = apply(room, e, code);
  return room;
}

export function teamRow(room: Room, seat: number): TeamRow {
  const t = room.teams[seat] as Team;
  return {
    seat,
    name: t.name,
    progress: t.progress,
    result: t.result ? { events: t.result.events, final: t.result.final } : null,
  };
}

/** The session as every client sees it (no secrets, no result codes, no votes). */
export function sessionState(room: Room): SessionState {
  return {
    code: room.code,
    kind: room.kind,
    ...(room.length !== undefined ? { length: room.length } : {}),
    ...(room.seed !== undefined ? { seed: room.seed } : {}),
    ...(room.setId !== undefined ? { setId: room.setId } : {}),
    ...(room.dilemmas ? { dilemmas: room.dilemmas } : {}),
    rev: room.rev,
    hold: room.hold,
    question: room.question,
    arguments: room.arguments,
    teams: room.teams.map((_, seat) => teamRow(room, seat)),
    ended: room.ended,
  };
}
