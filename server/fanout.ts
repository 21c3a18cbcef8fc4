/**
 * Who hears about a change, and what a client is sent when it (re)claims its place: the
 * facilitator gets every team's row, every verified result and the running tally; participants get
 * the session's shape, their own vote, and a tally only once the facilitator reveals it.
 */
import type { ServerMessage, Tally, VoteStage } from '../src/live/protocol';
import { type Room, type RoomEvent, sessionState, teamRow, voteKey } from './room';

export type Audience = { to: 'all' } | { to: 'facilitators' } | { to: 'seat'; seat: number };
export interface Outgoing {
  audience: Audience;
  msg: ServerMessage;
}

const ALL: Audience = { to: 'all' };
const FACILITATORS: Audience = { to: 'facilitators' };

export function tally(room: Room, question: string, stage: VoteStage, options: number): Tally {
  const counts = Array<number>(options).fill(0);
  const votes = Object.values(room.votes[voteKey(question, stage)] ?? {});
  for (const v of votes) if (v < options) counts[v] = (counts[v] ?? 0) + 1;
  const revealed = room.question?.question === question ? room.question.revealed : true;
  return { question, stage, counts, votes: votes.length, revealed };
}

function openTallies(room: Room): Tally[] {
  const q = room.question;
  if (!q) return [];
  return q.stages.map((stage) => tally(room, q.question, stage, q.options));
}

function resultMessage(room: Room, seat: number): ServerMessage | undefined {
  const t = room.teams[seat];
  if (!t?.result) return undefined;
  return {
    type: 'result',
    code: room.code,
    seat,
    name: t.name,
    resultCode: t.result.resultCode,
    final: t.result.final,
  };
}

/** What the session's clients hear after `event` was applied, giving `room`. */
export function fanout(room: Room, event: RoomEvent): Outgoing[] {
  const session: Outgoing = { audience: ALL, msg: { type: 'session', session: sessionState(room) } };
  switch (event.t) {
    case 'created':
      return [];
    case 'joined':
      return [session];
    case 'progress':
      return [
        {
          audience: FACILITATORS,
          msg: { type: 'team', code: room.code, rev: room.rev, team: teamRow(room, event.seat) },
        },
      ];
    case 'result': {
      const row: Outgoing = {
        audience: FACILITATORS,
        msg: { type: 'team', code: room.code, rev: room.rev, team: teamRow(room, event.seat) },
      };
      const result = resultMessage(room, event.seat);
      return result ? [row, { audience: FACILITATORS, msg: result }] : [row];
    }
    case 'vote': {
      const options = room.question?.options ?? event.option + 1;
      return [
        {
          audience: FACILITATORS,
          msg: { type: 'tally', code: room.code, tally: tally(room, event.question, event.stage, options) },
        },
        {
          audience: { to: 'seat', seat: event.seat },
          msg: { type: 'voted', code: room.code, question: event.question, stage: event.stage, option: event.option },
        },
      ];
    }
    case 'control': {
      const out = [session];
      if (event.control.action === 'reveal')
        for (const t of openTallies(room))
          out.push({ audience: ALL, msg: { type: 'tally', code: room.code, tally: t } });
      return out;
    }
  }
}

/** Everything a facilitator's screen needs after (re)claiming the session. */
export function facilitatorWelcome(room: Room): ServerMessage[] {
  const out: ServerMessage[] = [{ type: 'session', session: sessionState(room) }];
  for (let seat = 0; seat < room.teams.length; seat++) {
    const r = resultMessage(room, seat);
    if (r) out.push(r);
  }
  for (const t of openTallies(room)) out.push({ type: 'tally', code: room.code, tally: t });
  return out;
}

/** Everything a participant's device needs after joining or rejoining its seat. */
export function seatWelcome(room: Room, seat: number): ServerMessage[] {
  const out: ServerMessage[] = [{ type: 'session', session: sessionState(room) }];
  const q = room.question;
  if (!q) return out;
  for (const stage of q.stages) {
    const option = room.votes[voteKey(q.question, stage)]?.[seat];
    if (option !== undefined) out.push({ type: 'voted', code: room.code, question: q.question, stage, option });
  }
  if (q.revealed) for (const t of openTallies(room)) out.push({ type: 'tally', code: room.code, tally: t });
  return out;
}
