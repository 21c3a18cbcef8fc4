import { describe, expect, it } from 'vitest';
import { type Decision, type Deps, decide, decideCreate } from '../../server/decide';
import { facilitatorWelcome, fanout, seatWelcome } from '../../server/fanout';
import { apply, type Room, type RoomEvent, replayRoom } from '../../server/room';
import { type ClientMessage, ClientMessage as Schema } from '../../src/live/protocol';
import { fakeDeps } from './deps';

const CODE = 'ACEFHJ';
const parse = (m: unknown) => Schema.parse(m) as Exclude<ClientMessage, { type: 'create' }>;

/** A session driven through the pure rules, keeping its log as the server would. */
function session(kind: 'team' | 'dilemma', d: Deps = fakeDeps()) {
  const create =
    kind === 'team'
      ? { type: 'create', kind, length: 'masterclass', seed: 482913 }
      : { type: 'create', kind, setId: 'set1' };
  const made = decideCreate(Schema.parse(create) as Extract<ClientMessage, { type: 'create' }>, CODE, d);
  if (!made.ok || made.reply.type !== 'created') throw new Error('create refused');
  const log: RoomEvent[] = [...made.events];
  let room = replayRoom(CODE, log) as Room;
  const secret = made.reply.secret;
  const send = (m: Record<string, unknown>): Decision => {
    const r = decide(room, parse({ code: CODE, ...m }), d);
    if (r.ok)
      for (const e of r.events) {
        log.push(e);
        room = apply(room, e, CODE) as Room;
      }
    return r;
  };
  const join = (name: string) => {
    const r = send({ type: 'join', name });
    if (!r.ok || r.reply.type !== 'seat') throw new Error(`join refused: ${name}`);
    return r.reply.token;
  };
  const control = (c: Record<string, unknown>) => send({ type: 'control', secret, control: c });
  return { send, join, control, secret, log, room: () => room };
}

const refused = (r: Decision) => (r.ok ? 'ok' : r.code);

describe('creating a session', () => {
  it('checks the length, the set and hand-picked dilemmas against the scenario', () => {
    const d = fakeDeps();
    const create = (m: Record<string, unknown>) =>
      decideCreate(Schema.parse({ type: 'create', ...m }) as Extract<ClientMessage, { type: 'create' }>, CODE, d);
    expect(refused(create({ kind: 'team', length: 'eeuwig' }))).toBe('invalid');
    expect(refused(create({ kind: 'dilemma', setId: 'geen_set' }))).toBe('invalid');
    expect(refused(create({ kind: 'dilemma', dilemmas: ['a', 'b', 'x'] }))).toBe('invalid');
    expect(refused(create({ kind: 'dilemma', dilemmas: ['a', 'b', 'a'] }))).toBe('invalid');
    expect(refused(create({ kind: 'dilemma' }))).toBe('invalid');
    const team = create({ kind: 'team', length: 'masterclass' });
    expect(team.ok && team.events[0]).toMatchObject({ seed: 424242, length: 'masterclass' });
  });

  it('keeps only a hash of the facilitator secret in the log', () => {
    const s = session('team');
    expect(JSON.stringify(s.log)).not.toContain(s.secret);
    expect(s.room().secret).toBe(fakeDeps().hash(s.secret));
  });
});

describe('seats', () => {
  it('a name is taken once per session, whatever its case or accents', () => {
    const s = session('team');
    s.join('Team Rood');
    expect(refused(s.send({ type: 'join', name: 'team rood' }))).toBe('name-taken');
    expect(refused(s.send({ type: 'join', name: 'Téam Rood' }))).toBe('name-taken');
    expect(s.room().teams).toHaveLength(1);
  });

  it('a token rejoins its own seat; a wrong token opens nothing', () => {
    const s = session('team');
    s.join('Rood');
    const blue = s.join('Blauw');
    expect(s.send({ type: 'rejoin', token: blue })).toMatchObject({
      ok: true,
      events: [],
      reply: { seat: 1, name: 'Blauw' },
    });
    expect(refused(s.send({ type: 'rejoin', token: 'x'.repeat(32) }))).toBe('not-allowed');
  });

  it('the log never holds a seat token, and a replayed log gives the same session', () => {
    const s = session('team');
    const token = s.join('Rood');
    expect(JSON.stringify(s.log)).not.toContain(token);
    expect(replayRoom(CODE, s.log)).toEqual(s.room());
  });

  it('the fold ignores a second seat with a taken name (two processes that raced)', () => {
    const s = session('team');
    s.join('Rood');
    const twin = apply(s.room(), { t: 'joined', at: 2, name: 'ROOD', token: 'h(x)' }, CODE) as Room;
    expect(twin.teams).toHaveLength(1);
    expect(twin.rev).toBe(s.room().rev + 1);
  });

  it('an ended session takes no new seats; a full one neither', () => {
    const s = session('dilemma');
    for (let i = 0; i < 60; i++) s.join(`Deelnemer ${i}`);
    expect(refused(s.send({ type: 'join', name: 'Nog een' }))).toBe('full');
    const t = session('dilemma');
    t.control({ action: 'end' });
    expect(refused(t.send({ type: 'join', name: 'Laat' }))).toBe('closed');
  });
});

describe('the facilitator secret', () => {
  it('is needed for every control action and to reclaim the session', () => {
    const s = session('team');
    const wrong = 'y'.repeat(32);
    expect(refused(s.send({ type: 'control', secret: wrong, control: { action: 'hold', quarter: 2 } }))).toBe(
      'not-allowed',
    );
    expect(refused(s.send({ type: 'facilitate', secret: wrong }))).toBe('not-allowed');
    expect(refused(s.send({ type: 'facilitate', secret: s.secret }))).toBe('ok');
    expect(s.room().hold).toBeNull();
  });
});

describe('team game', () => {
  it('hold and release: a repeat changes nothing and writes nothing', () => {
    const s = session('team');
    expect(s.control({ action: 'hold', quarter: 2 })).toMatchObject({ ok: true, events: [expect.anything()] });
    expect(s.control({ action: 'hold', quarter: 2 })).toMatchObject({ ok: true, events: [] });
    expect(s.room().hold).toEqual({ quarter: 2 });
    s.control({ action: 'release' });
    expect(s.control({ action: 'release' })).toMatchObject({ ok: true, events: [] });
    expect(s.room().hold).toBeNull();
  });

  const progress = (token: string, events: number) => ({
    type: 'progress',
    token,
    events,
    phase: 'quarter',
    quarter: 2,
    triad: { client: 1, medewerker: 2, organisatie: 3 },
    indicators: [{ id: 'verzuim', value: 7.5 }],
  });

  it('progress older than what the session holds is refused as stale (a replayed message)', () => {
    const s = session('team');
    const t = s.join('Rood');
    expect(refused(s.send(progress(t, 10)))).toBe('ok');
    expect(refused(s.send(progress(t, 10)))).toBe('stale');
    expect(refused(s.send(progress(t, 4)))).toBe('stale');
    expect(s.room().teams[0]?.progress?.events).toBe(10);
  });

  it('progress goes to the facilitator only, as one team row', () => {
    const s = session('team');
    const t = s.join('Rood');
    const r = s.send(progress(t, 3));
    if (!r.ok) throw new Error('refused');
    const out = fanout(s.room(), r.events[0] as RoomEvent);
    expect(out).toEqual([{ audience: { to: 'facilitators' }, msg: expect.objectContaining({ type: 'team' }) }]);
  });

  it('a result counts only as the replay says: refused when it does not verify, stale when older', () => {
    const s = session('team');
    const t = s.join('Rood');
    const result = (resultCode: string, final = false) => s.send({ type: 'result', token: t, resultCode, final });
    expect(refused(result('kapot'))).toBe('rejected-result');
    expect(refused(result('40:interim'))).toBe('ok');
    expect(refused(result('40:interim'))).toBe('ok');
    expect(s.log.filter((e) => e.t === 'result')).toHaveLength(1);
    expect(refused(result('30:interim'))).toBe('stale');
    // A claim of "final" does not make a game finished: the replay decides.
    expect(refused(result('50:interim', true))).toBe('ok');
    expect(s.room().teams[0]?.result).toMatchObject({ events: 50, final: false });
    expect(refused(result('90:final', true))).toBe('ok');
    expect(s.room().teams[0]?.result).toMatchObject({ events: 90, final: true });
    expect(facilitatorWelcome(s.room())).toContainEqual(
      expect.objectContaining({ type: 'result', resultCode: '90:final' }),
    );
  });

  it('the result is checked against the session seed and length', () => {
    const calls: unknown[] = [];
    const s = session(
      'team',
      fakeDeps({
        verify: (_c, session) => {
          calls.push(session);
          return { ok: false, message: 'x' };
        },
      }),
    );
    const t = s.join('Rood');
    s.send({ type: 'result', token: t, resultCode: 'KOERS1-abc', final: false });
    expect(calls).toEqual([{ seed: 482913, length: 'masterclass' }]);
  });
});

describe('dilemma session', () => {
  function voting() {
    const s = session('dilemma');
    const a = s.join('Ans');
    const b = s.join('Bert');
    s.control({ action: 'next', question: 'a', options: 3, stages: ['individual', 'team'] });
    const vote = (token: string, option: number, stage = 'individual', question = 'a') =>
      s.send({ type: 'vote', token, question, option, stage });
    return { ...s, a, b, vote };
  }

  it('votes count per stage; changing one’s mind replaces the vote; a replay writes nothing', () => {
    const s = voting();
    s.vote(s.a, 0);
    s.vote(s.b, 2);
    s.vote(s.b, 1);
    expect(s.vote(s.b, 1)).toMatchObject({ ok: true, events: [] });
    const tally = facilitatorWelcome(s.room()).find((m) => m.type === 'tally');
    expect(tally).toMatchObject({ tally: { stage: 'individual', counts: [1, 1, 0], votes: 2, revealed: false } });
  });

  it('refuses votes for another question, another stage, a missing option, or after the reveal', () => {
    const s = voting();
    expect(refused(s.vote(s.a, 0, 'team'))).toBe('closed');
    expect(refused(s.vote(s.a, 0, 'individual', 'b'))).toBe('closed');
    expect(refused(s.vote(s.a, 3))).toBe('closed');
    s.control({ action: 'stage', stage: 'team' });
    expect(refused(s.vote(s.a, 0))).toBe('closed');
    expect(refused(s.vote(s.a, 0, 'team'))).toBe('ok');
    s.control({ action: 'reveal' });
    expect(refused(s.vote(s.b, 0, 'team'))).toBe('closed');
    expect(refused(s.control({ action: 'stage', stage: 'individual' }))).toBe('closed');
  });

  it('participants see the tally only once it is revealed; the facilitator all along', () => {
    const s = voting();
    const r = s.vote(s.a, 2);
    if (!r.ok) throw new Error('refused');
    const out = fanout(s.room(), r.events[0] as RoomEvent);
    expect(out.filter((o) => o.msg.type === 'tally').map((o) => o.audience)).toEqual([{ to: 'facilitators' }]);
    expect(out.find((o) => o.msg.type === 'voted')?.audience).toEqual({ to: 'seat', seat: 0 });
    expect(seatWelcome(s.room(), 0).map((m) => m.type)).toEqual(['session', 'voted']);
    const reveal = s.control({ action: 'reveal' });
    if (!reveal.ok) throw new Error('refused');
    const shown = fanout(s.room(), reveal.events[0] as RoomEvent).filter((o) => o.msg.type === 'tally');
    expect(shown.map((o) => o.audience)).toEqual([{ to: 'all' }, { to: 'all' }]);
    expect(seatWelcome(s.room(), 1).map((m) => m.type)).toEqual(['session', 'tally', 'tally']);
  });

  it('keeps the room’s arguments per dilemma, only for the session’s dilemmas', () => {
    const s = voting();
    s.control({ action: 'arguments', question: 'a', text: 'Openheid wint vertrouwen.' });
    expect(refused(s.control({ action: 'arguments', question: 'd', text: 'x' }))).toBe('invalid');
    expect(refused(s.control({ action: 'next', question: 'd', options: 2, stages: ['team'] }))).toBe('invalid');
    expect(s.room().arguments).toEqual({ a: 'Openheid wint vertrouwen.' });
  });

  it('team-game messages are refused in a dilemma session', () => {
    const s = voting();
    expect(refused(s.control({ action: 'hold', quarter: 1 }))).toBe('invalid');
    expect(refused(s.send({ type: 'result', token: s.a, resultCode: '1:x', final: false }))).toBe('invalid');
  });
});
