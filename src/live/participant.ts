/**
 * A participant's side of a live session: join with a code and a name, keep the seat token, and
 * after every reconnection reclaim the seat and re-send what the server may have missed — the
 * game's latest progress and result and the open vote — so a phone that slept, a lost Wi-Fi or a
 * restarted server loses nothing. The team's game itself lives in the browser; this only reports it.
 */
import type { LiveClient, Reply } from './client';
import type { ServerMessage, SessionState, Tally, VoteStage } from './protocol';
import type { SeatStore, StoredSeat } from './seat-store';

export type GameProgress = {
  events: number;
  phase: string;
  quarter: number;
  triad: { client: number; medewerker: number; organisatie: number };
  indicators: { id: string; value: number }[];
};

export interface ParticipantState {
  seat: StoredSeat | null;
  session: SessionState | null;
  /** Votes this seat cast, by `question:stage`. */
  voted: Record<string, number>;
  /** The open question's tally once the facilitator revealed it. */
  revealed: Tally | null;
  /** The server no longer knows this session (ended, expired, or restarted without storage). */
  gone: boolean;
}

/** Messages kept for a seat not yet known (see `early`). */
const EARLY_MAX = 20;

export const voteKey = (question: string, stage: VoteStage) => `${question}:${stage}`;

export function participant(client: LiveClient, store: SeatStore) {
  const listeners = new Set<(s: ParticipantState) => void>();
  let state: ParticipantState = { seat: store.seat(), session: null, voted: {}, revealed: null, gone: false };
  let progress: GameProgress | null = null;
  let result: { resultCode: string; final: boolean } | null = null;
  let vote: { question: string; option: number; stage: VoteStage } | null = null;

  const set = (patch: Partial<ParticipantState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  const ids = () => (state.seat ? { code: state.seat.code, token: state.seat.token } : null);
  const resend = () => {
    const who = ids();
    if (!who) return;
    if (progress) client.send({ type: 'progress', ...who, ...progress });
    if (result) client.send({ type: 'result', ...who, ...result });
    if (vote && state.session?.question?.question === vote.question && !state.session.question.revealed)
      client.send({ type: 'vote', ...who, ...vote });
  };
  const takeSeat = (r: Reply): string | null => {
    if (r.type === 'seat') {
      const seat = { code: r.code, token: r.token, name: r.name };
      store.setSeat(seat);
      // Another session than before: nothing of the old one carries over.
      const same = state.session?.code === seat.code;
      set(same ? { seat, gone: false } : { seat, gone: false, session: null, voted: {}, revealed: null });
      const kept = early.filter((m) => (m.type === 'session' ? m.session.code : 'code' in m && m.code) === seat.code);
      early = [];
      for (const m of kept) apply(m);
      return null;
    }
    return r.type === 'error' ? r.message : null;
  };

  const onConnect = () => {
    const seat = state.seat;
    if (!seat) return;
    void client.request({ type: 'rejoin', code: seat.code, token: seat.token }).then((r) => {
      if (r.type === 'error' && (r.code === 'unknown-session' || r.code === 'not-allowed')) return set({ gone: true });
      if (takeSeat(r) === null) resend();
    });
  };
  client.onConnect(onConnect);
  /**
   * The server brings a seat up to date (session, own votes, a revealed tally) just before it
   * answers with the seat: what arrives for a session this device holds no seat in yet is kept,
   * and applied once the seat is known.
   */
  let early: ServerMessage[] = [];
  const apply = (m: ServerMessage) => {
    const code = state.seat?.code;
    const about = m.type === 'session' ? m.session.code : 'code' in m ? m.code : undefined;
    if (about !== undefined && about !== code) {
      early = [...early.slice(-(EARLY_MAX - 1)), m];
      return;
    }
    if (m.type === 'session') {
      const q = m.session.question;
      const revealed = q && state.revealed?.question === q.question ? state.revealed : null;
      set({ session: m.session, revealed, gone: m.session.ended });
    } else if (m.type === 'tally' && m.tally.revealed) {
      // Both stages are revealed together: the phone shows the last one (the vote after the discussion).
      const stage = state.session?.question?.stage;
      if (!state.revealed || state.revealed.question !== m.tally.question || m.tally.stage === stage)
        set({ revealed: m.tally });
    } else if (m.type === 'voted') set({ voted: { ...state.voted, [voteKey(m.question, m.stage)]: m.option } });
  };
  client.onMessage(apply);

  // Made on a connection that is already up: rejoin now, the connect event has been and gone.
  if (client.status === 'verbonden') onConnect();

  return {
    get state() {
      return state;
    },
    onChange(l: (s: ParticipantState) => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    /** Joins with a code and a name; a Dutch message when it cannot. */
    async join(code: string, name: string): Promise<string | null> {
      return takeSeat(await client.request({ type: 'join', code, name }));
    },
    /** Forgets the seat on this device (the player chose to leave). */
    leave() {
      store.setSeat(null);
      set({ seat: null, session: null, voted: {}, revealed: null, gone: false });
    },
    /** The game moved: the control room hears it now, or after the next reconnection. */
    progress(p: GameProgress) {
      progress = p;
      const who = ids();
      if (who) client.send({ type: 'progress', ...who, ...p });
    },
    result(resultCode: string, final: boolean) {
      result = { resultCode, final };
      const who = ids();
      if (who) client.send({ type: 'result', ...who, resultCode, final });
    },
    vote(question: string, option: number, stage: VoteStage) {
      vote = { question, option, stage };
      set({ voted: { ...state.voted, [voteKey(question, stage)]: option } });
      const who = ids();
      if (who) client.send({ type: 'vote', ...who, question, option, stage });
    },
    /** Whether the facilitator holds the teams at the end of this quarter. */
    heldAt(quarter: number): boolean {
      const hold = state.session?.hold;
      return !!hold && quarter >= hold.quarter;
    },
  };
}
export type Participant = ReturnType<typeof participant>;
