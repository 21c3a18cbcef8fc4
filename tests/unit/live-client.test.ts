import { describe, expect, it } from 'vitest';
import type { LiveClient, LiveStatus, Reply } from '../../src/live/client';
import { host } from '../../src/live/host';
import { participant } from '../../src/live/participant';
import type { ServerMessage, SessionState } from '../../src/live/protocol';
import { seatStore } from '../../src/live/seat-store';
import { memoryStorage } from './memory-storage';

const TOKEN = 'tok_abcdefghijklmnop';
const SECRET = 'sec_abcdefghijklmnop';
const CODE = 'ACE347';

/** A server stand-in: records what is sent, answers requests with `answer`, pushes messages. */
function fakeClient(answer: (m: { type: string }) => Reply) {
  const sent: { type: string; [k: string]: unknown }[] = [];
  const messages = new Set<(m: ServerMessage) => void>();
  const connects = new Set<(recovered: boolean) => void>();
  const client: LiveClient = {
    status: 'verbinden' as LiveStatus,
    request: async (m) => {
      sent.push(m as never);
      return answer(m);
    },
    send: (m) => void sent.push(m as never),
    onMessage: (l) => {
      messages.add(l);
      return () => void messages.delete(l);
    },
    onStatus: () => () => {},
    onConnect: (l) => {
      connects.add(l);
      return () => void connects.delete(l);
    },
    close: () => {},
  };
  return {
    client,
    sent,
    push: (m: ServerMessage) => {
      for (const l of messages) l(m);
    },
    connect: async (recovered = false) => {
      for (const l of connects) l(recovered);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
}

const memory = memoryStorage;

const session = (over: Partial<SessionState> = {}): SessionState => ({
  code: CODE,
  kind: 'team',
  length: 'masterclass',
  seed: 482913,
  rev: 1,
  hold: null,
  question: null,
  arguments: {},
  teams: [],
  ended: false,
  ...over,
});

const seatReply: Reply = { type: 'seat', code: CODE, seat: 0, name: 'Team Rood', token: TOKEN };
const progress = {
  events: 12,
  phase: 'quarter',
  quarter: 2,
  triad: { client: 50, medewerker: 40, organisatie: 60 },
  indicators: [{ id: 'verzuim', value: 7.1 }],
};

describe('a participant in a live session', () => {
  it('keeps its seat token, and after a reconnect reclaims the seat and re-sends its progress and result', async () => {
    const kv = memory();
    const s = fakeClient((m) => (m.type === 'join' || m.type === 'rejoin' ? seatReply : { type: 'ok' }));
    const p = participant(s.client, seatStore(kv));
    expect(await p.join('ace 347', 'Team Rood')).toBeNull();
    expect(seatStore(kv).seat()).toEqual({ code: CODE, token: TOKEN, name: 'Team Rood' });

    p.progress(progress);
    p.result('KOERS1-abc', false);
    s.sent.length = 0;
    await s.connect(false);
    expect(s.sent.map((m) => m.type)).toEqual(['rejoin', 'progress', 'result']);
    expect(s.sent[0]).toMatchObject({ code: CODE, token: TOKEN });
    expect(s.sent[1]).toMatchObject({ code: CODE, token: TOKEN, events: 12, quarter: 2 });
    expect(s.sent[2]).toMatchObject({ resultCode: 'KOERS1-abc', final: false });
  });

  it('a reloaded page finds its seat in storage and rejoins it on connect', async () => {
    const kv = memory();
    seatStore(kv).setSeat({ code: CODE, token: TOKEN, name: 'Team Rood' });
    const s = fakeClient(() => seatReply);
    const p = participant(s.client, seatStore(kv));
    expect(p.state.seat?.name).toBe('Team Rood');
    await s.connect(false);
    expect(s.sent[0]).toMatchObject({ type: 'rejoin', code: CODE, token: TOKEN });
  });

  it('says a session the server no longer knows is gone, and keeps the game (no throw, nothing sent after)', async () => {
    const kv = memory();
    seatStore(kv).setSeat({ code: CODE, token: TOKEN, name: 'Team Rood' });
    const s = fakeClient(() => ({ type: 'error', code: 'unknown-session', message: 'weg' }));
    const p = participant(s.client, seatStore(kv));
    await s.connect(false);
    expect(p.state.gone).toBe(true);
  });

  it('gives the server’s Dutch message when a join is refused, and stores nothing', async () => {
    const kv = memory();
    const s = fakeClient(() => ({ type: 'error', code: 'name-taken', message: 'Deze naam is al in gebruik.' }));
    const p = participant(s.client, seatStore(kv));
    expect(await p.join(CODE, 'Team Rood')).toBe('Deze naam is al in gebruik.');
    expect(seatStore(kv).seat()).toBeNull();
  });

  it('is held only at or after the quarter the facilitator holds at', async () => {
    const s = fakeClient(() => seatReply);
    const p = participant(s.client, seatStore(memory()));
    await p.join(CODE, 'Team Rood');
    s.push({ type: 'session', session: session({ hold: { quarter: 2 } }) });
    expect([p.heldAt(1), p.heldAt(2), p.heldAt(3)]).toEqual([false, true, true]);
    s.push({ type: 'session', session: session({ hold: null }) });
    expect(p.heldAt(3)).toBe(false);
  });

  it('re-sends an open vote after a reconnect, but not once the question is revealed', async () => {
    const s = fakeClient(() => seatReply);
    const p = participant(s.client, seatStore(memory()));
    await p.join(CODE, 'Anna');
    const open = { question: 'd1', options: 3, stages: ['team' as const], stage: 'team' as const, revealed: false };
    s.push({ type: 'session', session: session({ kind: 'dilemma', question: open }) });
    p.vote('d1', 2, 'team');
    expect(p.state.voted['d1:team']).toBe(2);
    s.sent.length = 0;
    await s.connect(false);
    expect(s.sent.map((m) => m.type)).toEqual(['rejoin', 'vote']);
    s.push({ type: 'session', session: session({ kind: 'dilemma', question: { ...open, revealed: true } }) });
    s.sent.length = 0;
    await s.connect(false);
    expect(s.sent.map((m) => m.type)).toEqual(['rejoin']);
  });

  it('takes the session the server sends just before the seat (its welcome comes first)', async () => {
    let push: (m: ServerMessage) => void = () => {};
    const s = fakeClient((m) => {
      if (m.type === 'join') push({ type: 'session', session: session({ kind: 'dilemma' }) });
      return seatReply;
    });
    push = s.push;
    const p = participant(s.client, seatStore(memory()));
    await p.join(CODE, 'Anna');
    expect(p.state.session?.kind).toBe('dilemma');
  });

  it('after a reveal shows the tally of the last stage, whichever order the tallies come in', async () => {
    const s = fakeClient(() => seatReply);
    const p = participant(s.client, seatStore(memory()));
    await p.join(CODE, 'Anna');
    const q = { question: 'd1', options: 2, stages: ['individual' as const, 'team' as const], stage: 'team' as const };
    s.push({ type: 'session', session: session({ kind: 'dilemma', question: { ...q, revealed: true } }) });
    const tally = (stage: 'individual' | 'team', counts: number[]) => ({
      type: 'tally' as const,
      code: CODE,
      tally: { question: 'd1', stage, counts, votes: 3, revealed: true },
    });
    s.push(tally('team', [3, 0]));
    s.push(tally('individual', [1, 2]));
    expect(p.state.revealed?.stage).toBe('team');
  });

  it('ignores messages for another session', async () => {
    const s = fakeClient(() => seatReply);
    const p = participant(s.client, seatStore(memory()));
    await p.join(CODE, 'Anna');
    s.push({ type: 'session', session: session({ code: 'HHHHHH' }) });
    expect(p.state.session).toBeNull();
  });

  it('reads a damaged stored seat as no seat', () => {
    const kv = memory();
    kv.setItem('koers.live.seat', '{"code":"<b>","token":1}');
    expect(seatStore(kv).seat()).toBeNull();
    kv.setItem('koers.live.seat', 'not json');
    expect(seatStore(kv).seat()).toBeNull();
  });
});

describe('a facilitator’s live session', () => {
  it('keeps the secret on create and reclaims the session after a reload', async () => {
    const kv = memory();
    const s = fakeClient((m) =>
      m.type === 'create' ? { type: 'created', code: CODE, secret: SECRET } : { type: 'ok' },
    );
    const h = host(s.client, seatStore(kv));
    expect(await h.create({ kind: 'team', length: 'masterclass' })).toBeNull();
    expect(seatStore(kv).host()).toEqual({ code: CODE, secret: SECRET });
    expect(s.sent.map((m) => m.type)).toEqual(['create', 'facilitate']);

    // A reload: a new host on the same storage claims the session on connect.
    const s2 = fakeClient(() => ({ type: 'ok' }));
    const again = host(s2.client, seatStore(kv));
    await s2.connect(false);
    expect(s2.sent[0]).toMatchObject({ type: 'facilitate', code: CODE, secret: SECRET });
    s2.push({ type: 'session', session: session() });
    expect(again.state.session?.seed).toBe(482913);
  });

  it('updates one team’s row in place, drops stale rows, and keeps the latest result per seat', async () => {
    const kv = memory();
    seatStore(kv).setHost({ code: CODE, secret: SECRET });
    const s = fakeClient(() => ({ type: 'ok' }));
    const h = host(s.client, seatStore(kv));
    const row = (seat: number, events: number) => ({
      seat,
      name: `Team ${seat}`,
      progress: { ...progress, events },
      result: null,
    });
    s.push({ type: 'session', session: session({ rev: 5, teams: [row(0, 1), row(1, 1)] }) });
    s.push({ type: 'team', code: CODE, rev: 6, team: row(1, 9) });
    s.push({ type: 'team', code: CODE, rev: 4, team: row(0, 99) });
    expect(h.state.session?.teams.map((t) => t.progress?.events)).toEqual([1, 9]);

    s.push({ type: 'result', code: CODE, seat: 1, name: 'Team 1', resultCode: 'KOERS1-a', final: false });
    s.push({ type: 'result', code: CODE, seat: 1, name: 'Team 1', resultCode: 'KOERS1-b', final: true });
    expect(Object.values(h.state.results)).toEqual([{ seat: 1, name: 'Team 1', resultCode: 'KOERS1-b', final: true }]);
  });

  it('reports a refused control action in Dutch', async () => {
    const kv = memory();
    seatStore(kv).setHost({ code: CODE, secret: SECRET });
    const s = fakeClient(() => ({ type: 'error', code: 'not-allowed', message: 'Dit mag alleen de begeleider.' }));
    const h = host(s.client, seatStore(kv));
    expect(await h.control({ action: 'release' })).toBe('Dit mag alleen de begeleider.');
  });
});
