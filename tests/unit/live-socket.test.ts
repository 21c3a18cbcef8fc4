/**
 * The browser's live client (src/live: connection, facilitator and participant sides) over real
 * Socket.IO against the live server's wiring in this process: a team's progress and verified
 * result reach the facilitator; after the connection drops, the participant rejoins its seat and
 * re-sends what went missing meanwhile; a reloaded facilitator screen reclaims its session.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, joinCode, newSecret } from '../../server/codes';
import { attachLive } from '../../server/live';
import { MemoryStore } from '../../server/store';
import { scenarioIds, verifier } from '../../server/verify';
import { createGame } from '../../src/game/game';
import { toResultCode } from '../../src/game/result-code';
import { playToEnd, RANDOM, rand } from '../../src/game/strategies';
import { connectLive, type LiveClient } from '../../src/live/client';
import { host } from '../../src/live/host';
import { participant } from '../../src/live/participant';
import { LIVE_PATH } from '../../src/live/protocol';
import { type KeyValue, seatStore } from '../../src/live/seat-store';
import { liveReport } from '../../src/view/live-progress';
import { bundle } from './scenario';

const TTL = 3_600_000;
let io: Server;
let url: string;
const clients: LiveClient[] = [];

beforeAll(async () => {
  const http = createServer();
  io = new Server(http, { path: LIVE_PATH, transports: ['websocket'] });
  attachLive(io, {
    store: new MemoryStore(TTL),
    ttl: TTL,
    newCode: () => joinCode(),
    verify: verifier(bundle),
    deps: {
      newSecret,
      hash: hashSecret,
      scenario: scenarioIds(bundle),
      randomSeed: () => 424242,
    },
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const c of clients) c.close();
  await io.close();
});

function memory(): KeyValue {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}
const connected = async () => {
  const c = connectLive(url);
  clients.push(c);
  if (c.status !== 'verbonden')
    await new Promise<void>((resolve) => {
      const off = c.onStatus((s) => s === 'verbonden' && (off(), resolve()));
    });
  return c;
};
/** Waits until `check` holds (the server answers asynchronously). */
async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`niet gebeurd: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('the live client against the live server', () => {
  it('progress and a verified result reach the facilitator; a dropped team re-sends; a reloaded facilitator reclaims', async () => {
    const hostKv = memory();
    const f = host(await connected(), seatStore(hostKv));
    expect(await f.create({ kind: 'team', length: 'masterclass' })).toBeNull();
    await until(() => f.state.session !== null, 'sessie bij de begeleider');
    const { code } = f.state.session!;
    const seed = f.state.session!.seed!;

    const teamClient = await connected();
    const team = participant(teamClient, seatStore(memory()));
    expect(await team.join(code, 'Team Rood')).toBeNull();
    await until(() => team.state.session?.seed === seed, 'sessie bij het team');

    const game = createGame({ bundle, seed, length: 'masterclass' });
    const r = rand(5);
    for (let i = 0; i < 20; i++) game.send(RANDOM(game, r));
    team.progress(liveReport(game.bundle, game.snapshot()).progress);
    await until(() => f.state.session?.teams[0]?.progress?.events === game.log.length, 'voortgang');

    // The server closes every connection (as when it shuts down); the team plays on and finishes meanwhile (nothing can be sent).
    io.disconnectSockets(true);
    await until(() => teamClient.status !== 'verbonden', 'verbinding weg');
    playToEnd(game, RANDOM, r);
    const end = liveReport(game.bundle, game.snapshot());
    team.progress(end.progress);
    team.result(toResultCode(game), true);
    // Back: the seat is reclaimed and both are re-sent; the server verifies the result by replaying it.
    await until(() => Object.values(f.state.results).some((x) => x.final), 'eindresultaat na herverbinden');
    expect(f.state.session?.teams[0]?.progress?.events).toBe(game.log.length);
    expect(f.state.results[0]).toMatchObject({ name: 'Team Rood', final: true, resultCode: toResultCode(game) });

    // A reload of the facilitator's screen: a new connection with the same storage gets it all back.
    const again = host(await connected(), seatStore(hostKv));
    await until(() => again.state.session?.code === code && !!again.state.results[0], 'sessie terug na herladen');
    expect(again.state.session?.teams.map((t) => t.name)).toEqual(['Team Rood']);
  });

  it('a result of another game is refused; only the team’s own game reaches the comparison', async () => {
    const f = host(await connected(), seatStore(memory()));
    await f.create({ kind: 'team', length: 'masterclass' });
    await until(() => f.state.session !== null, 'sessie');
    const team = participant(await connected(), seatStore(memory()));
    await team.join(f.state.session!.code, 'Team Blauw');
    // A game on another seed than the session's: a valid code, but not this session's game.
    const other = playToEnd(createGame({ bundle, seed: 7, length: 'masterclass' }), RANDOM, rand(1));
    team.result(toResultCode(other), true);
    // Then its own game: only that one arrives.
    const own = playToEnd(createGame({ bundle, seed: f.state.session!.seed!, length: 'masterclass' }), RANDOM, rand(1));
    team.result(toResultCode(own), true);
    await until(() => !!f.state.results[0], 'het eigen resultaat');
    expect(f.state.results[0]?.resultCode).toBe(toResultCode(own));
  });
});
