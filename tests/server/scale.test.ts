/**
 * Two live-server processes sharing one Redis, driven by real Socket.IO clients: what one process
 * hears reaches clients of the other, a dropped participant gets what it missed, and a process
 * that dies loses nothing it had answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Client,
  connect,
  type RedisHandle,
  redisClient,
  type ServerHandle,
  startRedis,
  startServer,
} from '../../server/load/cluster';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { RANDOM, rand } from '../../src/game/strategies';
import type { ServerMessage } from '../../src/live/protocol';
import { bundle } from '../unit/scenario';

let redis: RedisHandle;
let a: ServerHandle;
let b: ServerHandle;
/** The process the kill test crashes. */
let c: ServerHandle;
const clients: Client[] = [];
const client = (url: string, opts?: { reconnection?: boolean }) => {
  const c = connect(url, opts);
  clients.push(c);
  return c;
};

beforeAll(async () => {
  redis = await startRedis();
  // Started together: each spends a few seconds loading the scenario it verifies results with.
  const env = { REDIS_URL: redis.url };
  [a, b, c] = await Promise.all([startServer(env), startServer(env), startServer(env)]);
}, 240_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
  await redis?.stop();
});

const is =
  <T extends ServerMessage['type']>(type: T, where: (m: Extract<ServerMessage, { type: T }>) => boolean = () => true) =>
  (m: ServerMessage): m is Extract<ServerMessage, { type: T }> =>
    m.type === type && where(m as Extract<ServerMessage, { type: T }>);

async function created(f: Client, msg: Record<string, unknown>) {
  const r = await f.ask({ type: 'create', ...msg });
  if (r.type !== 'created') throw new Error(JSON.stringify(r));
  return r;
}
async function joined(p: Client, code: string, name: string) {
  const r = await p.ask({ type: 'join', code, name });
  if (r.type !== 'seat') throw new Error(JSON.stringify(r));
  return r;
}

/** A real result code: a team's game on the session's seed and length, `steps` moves in. */
function makeResult(seed: number, steps: number) {
  const game = createGame({ bundle, seed, length: 'masterclass' });
  const r = rand(seed);
  while (game.log.length < steps) if (!game.send(RANDOM(game, r))) throw new Error('zet geweigerd');
  return toResultCode(game);
}

describe('two processes and Redis', () => {
  it('a vote sent through one process reaches the facilitator on the other', async () => {
    const f = client(b.url);
    const s = await created(f, { kind: 'dilemma', setId: 'toezicht_en_openheid' });
    const p = client(a.url);
    const seat = await joined(p, s.code, 'Team Rood');
    await f.waitFor(is('session', (m) => m.session.teams.length === 1));
    await f.ask({
      type: 'control',
      code: s.code,
      secret: s.secret,
      control: { action: 'next', question: 'aankondiging_igj', options: 3, stages: ['team'] },
    });
    await p.waitFor(is('session', (m) => m.session.question?.question === 'aankondiging_igj'));
    const vote = {
      type: 'vote',
      code: s.code,
      token: seat.token,
      question: 'aankondiging_igj',
      option: 2,
      stage: 'team',
    };
    expect(await p.ask(vote)).toEqual({ type: 'ok' });
    const tally = await f.waitFor(is('tally', (m) => m.tally.votes === 1));
    expect(tally.tally.counts).toEqual([0, 0, 1]);
    // Participants do not see the tally before the reveal.
    expect(p.got.some((m) => m.type === 'tally')).toBe(false);
  });

  it('a dropped participant gets what it missed: recovered on its own process, or rejoined on the other', async () => {
    const f = client(a.url);
    const s = await created(f, { kind: 'team', length: 'masterclass', seed: 482913 });
    const p = client(b.url);
    const seat = await joined(p, s.code, 'Team Blauw');
    await p.waitFor(is('session'));
    // A short drop (Wi-Fi hiccup): the client reconnects by itself and Socket.IO recovers its state.
    p.socket.io.engine.close();
    await f.ask({ type: 'control', code: s.code, secret: s.secret, control: { action: 'hold', quarter: 2 } });
    await p.waitFor(is('session', (m) => m.session.hold?.quarter === 2));
    expect(p.socket.recovered).toBe(true);
    // A long sleep: the device comes back through the other process and rejoins its seat by token.
    p.close();
    await f.ask({ type: 'control', code: s.code, secret: s.secret, control: { action: 'release' } });
    await f.ask({ type: 'control', code: s.code, secret: s.secret, control: { action: 'hold', quarter: 3 } });
    const back = client(a.url);
    expect(await back.ask({ type: 'rejoin', code: s.code, token: seat.token })).toMatchObject({
      type: 'seat',
      seat: 0,
    });
    const now = await back.waitFor(is('session'));
    expect(now.session).toMatchObject({ hold: { quarter: 3 }, teams: [{ name: 'Team Blauw' }] });
  });

  it('killing a process mid-session loses no vote and no result', async () => {
    const f = client(b.url);
    const game = await created(f, { kind: 'team', length: 'masterclass', seed: 313131 });
    const vote = await created(f, { kind: 'dilemma', setId: 'toezicht_en_openheid' });
    const question = { action: 'next', question: 'aankondiging_igj', options: 3, stages: ['team'] };
    await f.ask({ type: 'control', code: vote.code, secret: vote.secret, control: question });
    // Three teams play and vote through process c, which answers every message…
    const teams = [];
    for (const [i, name] of ['Rood', 'Groen', 'Geel'].entries()) {
      const p = client(c.url, { reconnection: false });
      const seat = await joined(p, game.code, name);
      const voter = await joined(p, vote.code, name);
      const resultCode = makeResult(313131, 10 + 10 * i);
      expect(await p.ask({ type: 'result', code: game.code, token: seat.token, resultCode, final: false })).toEqual({
        type: 'ok',
      });
      const ballot = {
        type: 'vote',
        code: vote.code,
        token: voter.token,
        question: 'aankondiging_igj',
        option: i,
        stage: 'team',
      };
      expect(await p.ask(ballot)).toEqual({ type: 'ok' });
      teams.push({ seat, resultCode });
    }
    // …and then dies.
    await c.kill();
    // The facilitator's screen reloads and reclaims both sessions through a surviving process.
    const again = client(b.url);
    expect(await again.ask({ type: 'facilitate', code: game.code, secret: game.secret })).toEqual({ type: 'ok' });
    expect(await again.ask({ type: 'facilitate', code: vote.code, secret: vote.secret })).toEqual({ type: 'ok' });
    const state = await again.waitFor(
      is('session', (m) => m.session.code === game.code && m.session.teams.length === 3),
    );
    expect(state.session.teams.map((t) => t.result?.events)).toEqual([10, 20, 30]);
    await again.waitFor(is('result', (m) => m.seat === 2));
    const results = again.got.filter(is('result'));
    expect(results.map((r) => r.resultCode).sort()).toEqual(teams.map((t) => t.resultCode).sort());
    const tally = await again.waitFor(is('tally', (m) => m.code === vote.code));
    expect(tally.tally).toMatchObject({ counts: [1, 1, 1], votes: 3 });
    // A team's device comes back through the other survivor and carries on.
    const back = client(a.url);
    const last = teams[2]?.seat as { token: string; seat: number };
    expect(await back.ask({ type: 'rejoin', code: game.code, token: last.token })).toMatchObject({ seat: last.seat });
    const later = makeResult(313131, 40);
    expect(
      await back.ask({ type: 'result', code: game.code, token: last.token, resultCode: later, final: false }),
    ).toEqual({
      type: 'ok',
    });
    await again.waitFor(is('result', (m) => m.resultCode === later));
    // The sessions' logs are in Redis, not in any process.
    const r = await redisClient(redis.url);
    expect(await r.xLen(`koers:live:${game.code}`)).toBe(1 + 3 + 3 + 1);
    expect(await r.xLen(`koers:live:${vote.code}`)).toBe(1 + 1 + 3 + 3);
    await r.quit();
  });

  it('garbage of any size or shape gets an error or a closed connection, never a crash', async () => {
    const g = client(a.url, { reconnection: false });
    for (const junk of [
      null,
      42,
      'DROP TABLE',
      [1, 2],
      { type: 'vote', code: 'ACEFHJ' },
      { type: 'join', name: 'x'.repeat(13_000) },
    ])
      expect(await g.ask(junk as Record<string, unknown>)).toMatchObject({ type: 'error' });
    // Far past the limit: Socket.IO closes the connection before the message is read.
    const closed = new Promise((resolve) => g.socket.once('disconnect', resolve));
    g.socket.emit('live', { blob: 'x'.repeat(200_000) });
    await closed;
    const h = client(a.url);
    expect(await h.ask({ type: 'rejoin', code: 'ACEFHJ', token: 'x'.repeat(32) })).toMatchObject({
      code: 'unknown-session',
    });
  });

  it('a tampered result is refused, whichever process hears it', async () => {
    const f = client(a.url);
    const s = await created(f, { kind: 'team', length: 'masterclass', seed: 777777 });
    const p = client(b.url);
    const seat = await joined(p, s.code, 'Paars');
    const other = makeResult(777778, 15);
    expect(
      await p.ask({ type: 'result', code: s.code, token: seat.token, resultCode: other, final: true }),
    ).toMatchObject({
      type: 'error',
      code: 'rejected-result',
    });
    expect(f.got.some((m) => m.type === 'result')).toBe(false);
  });
});
