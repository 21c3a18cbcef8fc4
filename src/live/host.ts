/**
 * The facilitator's side of a live session: create it, keep its secret so a reloaded screen
 * reclaims it, send the control actions, and keep what the server reports — the session, each
 * team's row, the tallies and the teams' verified results (the latest per seat, for the comparison).
 */
import type { LiveClient, Reply } from './client';
import type { ControlAction, SessionState, Tally, TeamRow } from './protocol';
import type { SeatStore, StoredHost } from './seat-store';

export interface LiveResult {
  seat: number;
  name: string;
  resultCode: string;
  final: boolean;
}

export interface HostState {
  host: StoredHost | null;
  session: SessionState | null;
  /** Tallies by `question:stage`, as the server last sent them. */
  tallies: Record<string, Tally>;
  /** The latest verified result per seat. */
  results: Record<number, LiveResult>;
  /** The server no longer knows this session. */
  gone: boolean;
}

type CreateRequest =
  | { kind: 'team'; length: string; seed?: number }
  | { kind: 'dilemma'; setId?: string; dilemmas?: string[] };

export function host(client: LiveClient, store: SeatStore) {
  const listeners = new Set<(s: HostState) => void>();
  let state: HostState = { host: store.host(), session: null, tallies: {}, results: {}, gone: false };

  const set = (patch: Partial<HostState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l(state);
  };
  const reclaim = (): Promise<Reply> | null => {
    const h = state.host;
    return h ? client.request({ type: 'facilitate', code: h.code, secret: h.secret }) : null;
  };

  const onConnect = () => {
    void reclaim()?.then((r) => {
      if (r.type === 'error' && (r.code === 'unknown-session' || r.code === 'not-allowed')) set({ gone: true });
    });
  };
  client.onConnect(onConnect);
  // Made on a connection that is already up: claim now, the connect event has been and gone.
  if (client.status === 'verbonden') onConnect();
  client.onMessage((m) => {
    const code = state.host?.code;
    if (m.type === 'session' && m.session.code === code) set({ session: m.session, gone: false });
    else if (m.type === 'team' && m.code === code && state.session) {
      if (m.rev < state.session.rev) return;
      const teams = upsert(state.session.teams, m.team);
      set({ session: { ...state.session, teams } });
    } else if (m.type === 'tally' && m.code === code)
      set({ tallies: { ...state.tallies, [`${m.tally.question}:${m.tally.stage}`]: m.tally } });
    else if (m.type === 'result' && m.code === code) {
      const { seat, name, resultCode, final } = m;
      set({ results: { ...state.results, [seat]: { seat, name, resultCode, final } } });
    }
  });

  return {
    get state() {
      return state;
    },
    onChange(l: (s: HostState) => void) {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
    /** Creates a session and keeps its secret; a Dutch message when it cannot. */
    async create(req: CreateRequest): Promise<string | null> {
      const r = await client.request({ type: 'create', ...req });
      if (r.type === 'error') return r.message;
      if (r.type !== 'created') return 'De server gaf een onverwacht antwoord. Probeer het opnieuw.';
      const h = { code: r.code, secret: r.secret };
      store.setHost(h);
      set({ host: h, session: null, tallies: {}, results: {}, gone: false });
      // The created answer carries no session: claiming it subscribes this screen and sends one.
      await reclaim();
      return null;
    },
    /** Sends a control action; a Dutch message when the server refuses it. */
    async control(control: ControlAction): Promise<string | null> {
      const h = state.host;
      if (!h) return 'Er is geen live sessie.';
      const r = await client.request({ type: 'control', code: h.code, secret: h.secret, control });
      return r.type === 'error' ? r.message : null;
    },
    /** Forgets the session on this device (the facilitator closed it). */
    forget() {
      store.setHost(null);
      set({ host: null, session: null, tallies: {}, results: {}, gone: false });
    },
  };
}
export type Host = ReturnType<typeof host>;

function upsert(teams: readonly TeamRow[], row: TeamRow): TeamRow[] {
  const i = teams.findIndex((t) => t.seat === row.seat);
  if (i < 0) return [...teams, row].sort((a, b) => a.seat - b.seat);
  return teams.map((t, j) => (j === i ? row : t));
}
