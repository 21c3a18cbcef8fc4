/**
 * The Socket.IO wiring in this process, on the in-memory store with a clock the test moves:
 * expiry, rate limits and the acknowledgement path, without starting server processes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server } from 'socket.io';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashSecret, joinCode, newSecret } from '../../server/codes';
import { attachLive, type Live } from '../../server/live';
import { type Client, connect } from '../../server/load/cluster';
import { fileFor } from '../../server/static';
import { MemoryStore } from '../../server/store';
import { scenarioIds, verifier } from '../../server/verify';
import { LIVE_PATH } from '../../src/live/protocol';
import { bundle } from '../unit/scenario';

const TTL = 60_000;
let clock = 1_000_000;
let io: Server;
let live: Live;
let url: string;
const clients: Client[] = [];

beforeAll(async () => {
  const http = createServer();
  io = new Server(http, { path: LIVE_PATH, transports: ['websocket'] });
  live = attachLive(io, {
    store: new MemoryStore(TTL),
    ttl: TTL,
    now: () => clock,
    newCode: () => joinCode(),
    verify: verifier(bundle),
    deps: { newSecret, hash: hashSecret, scenario: scenarioIds(bundle), randomSeed: () => 123456 },
  });
  await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const c of clients) c.close();
  await io.close();
});

const client = () => {
  const c = connect(url);
  clients.push(c);
  return c;
};

describe('the live server in one process', () => {
  it('a session expires after its time to live without activity, and activity keeps it', async () => {
    const f = client();
    const s = await f.ask({ type: 'create', kind: 'team', length: 'masterclass' });
    if (s.type !== 'created') throw new Error('not created');
    clock += TTL - 1;
    expect(
      await f.ask({ type: 'control', code: s.code, secret: s.secret, control: { action: 'hold', quarter: 1 } }),
    ).toEqual({
      type: 'ok',
    });
    clock += TTL - 1;
    expect(await client().ask({ type: 'join', code: s.code, name: 'Laat' })).toMatchObject({ type: 'seat' });
    clock += TTL;
    expect(await client().ask({ type: 'join', code: s.code, name: 'Te laat' })).toMatchObject({
      code: 'unknown-session',
    });
    live.sweep();
    expect(live.cached.has(s.code)).toBe(false);
  });

  it('limits votes per connection, and answers a flood with "rate-limited", in Dutch', async () => {
    const f = client();
    const s = await f.ask({ type: 'create', kind: 'dilemma', setId: 'toezicht_en_openheid' });
    if (s.type !== 'created') throw new Error('not created');
    const question = { action: 'next', question: 'aankondiging_igj', options: 3, stages: ['team'] };
    await f.ask({ type: 'control', code: s.code, secret: s.secret, control: question });
    const p = client();
    const seat = await p.ask({ type: 'join', code: s.code, name: 'Stemmer' });
    if (seat.type !== 'seat') throw new Error('no seat');
    const vote = (option: number) =>
      p.ask({ type: 'vote', code: s.code, token: seat.token, question: 'aankondiging_igj', option, stage: 'team' });
    const answers = [];
    for (let i = 0; i < 14; i++) answers.push(await vote(i % 3));
    expect(answers.slice(0, 10).every((a) => a.type === 'ok')).toBe(true);
    expect(answers.at(-1)).toMatchObject({
      type: 'error',
      code: 'rate-limited',
      message: /probeer het over een paar seconden/,
    });
    clock += 5_000;
    expect(await vote(1)).toEqual({ type: 'ok' });
  });

  it('refuses the wrong secret and the wrong token, and echoes request ids', async () => {
    const f = client();
    const s = await f.ask({ type: 'create', kind: 'team', length: 'volledig', rid: 'r1' });
    expect(s).toMatchObject({ type: 'created', rid: 'r1' });
    if (s.type !== 'created') return;
    expect(await f.ask({ type: 'facilitate', code: s.code, secret: newSecret(), rid: 'r2' })).toMatchObject({
      code: 'not-allowed',
      rid: 'r2',
    });
    expect(await f.ask({ type: 'rejoin', code: s.code, token: newSecret() })).toMatchObject({ code: 'not-allowed' });
  });
});

describe('serving the built game', () => {
  it('serves only files under its folder', () => {
    const root = join(import.meta.dirname, '..', '..', 'public');
    expect(fileFor(root, '/manifest.webmanifest')).toBe(join(root, 'manifest.webmanifest'));
    for (const bad of ['/../package.json', '/%2e%2e/package.json', '/%E0%A4%A', '/nergens.js', '/icon.svg%00.js'])
      expect(fileFor(root, bad)).toBeUndefined();
  });
});
