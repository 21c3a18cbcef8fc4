/**
 * One live-server process: HTTP (the built game, when a folder is given) and Socket.IO on one port.
 * Without a Redis URL, sessions live in this process's memory; with one, Socket.IO's Redis Streams
 * adapter carries messages between processes and sessions' logs live in Redis Streams.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';
import { LIVE_PATH, MAX_MESSAGE_BYTES } from '../src/live/protocol';
import { hashSecret, joinCode, newSecret, randomSeed } from './codes';
import { attachLive, type Live } from './live';
import { serveStatic } from './static';
import { MemoryStore, RedisStore } from './store';
import { startVerifyPool } from './verify-pool';

export interface ServerConfig {
  port: number;
  host?: string;
  redisUrl?: string;
  /** The built game to serve; absent: only the live server (tests, a separate web server). */
  staticDir?: string;
  ttl: number;
  scenario?: string;
  /** Serve GET /live/stats (rooms, memory, verifications) for the load script; off in production. */
  stats?: boolean;
}

export interface Running {
  port: number;
  live: Live;
  io: Server;
  close(): Promise<void>;
}

/** How long a dropped client's rooms and missed messages are kept for it (Socket.IO's recovery). */
const RECOVERY_MS = 2 * 60_000;
const SWEEP_MS = 60_000;

export async function startServer(config: ServerConfig): Promise<Running> {
  const scenario = config.scenario ?? 'het-baken';
  const redis = config.redisUrl ? createClient({ url: config.redisUrl }) : undefined;
  if (redis) {
    redis.on('error', (e: unknown) => console.error('live: redis', e));
    await redis.connect();
  }
  const pool = await startVerifyPool(scenario);
  const counts = { handled: 0 };
  const files = config.staticDir ? serveStatic(config.staticDir) : undefined;
  const http = createServer((req, res) => {
    if (config.stats && req.url === '/live/stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats()));
      return;
    }
    if (files) files(req, res);
    else res.writeHead(404).end();
  });
  const io = new Server(http, {
    path: LIVE_PATH,
    // WebSocket only: no long-polling, so a load balancer needs no sticky sessions.
    transports: ['websocket'],
    // A little oversized gets a Dutch refusal from the gate; far oversized closes the connection.
    maxHttpBufferSize: 4 * MAX_MESSAGE_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_MS, skipMiddlewares: true },
    // The adapter's shared stream must hold what a busy process has not read yet: at its default
    // (10,000 entries, 100 per read) a process that replayed results for a while missed broadcasts.
    ...(redis ? { adapter: createAdapter(redis, { maxLen: 200_000, readCount: 1000 }) } : {}),
  });
  const store = redis ? new RedisStore(redis, config.ttl) : new MemoryStore(config.ttl);
  const live = attachLive(io, {
    store,
    ttl: config.ttl,
    newCode: () => joinCode(),
    verify: pool.verify,
    deps: { newSecret, hash: hashSecret, scenario: pool.scenario, randomSeed },
    onHandled: () => {
      counts.handled++;
    },
  });
  /** After a full collection when the process runs with --expose-gc, so heap figures are what is kept. */
  const stats = () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return { rooms: live.cached.size, heapUsed: m.heapUsed, rss: m.rss, ...counts, ...pool.counts };
  };
  const sweeper = setInterval(() => live.sweep(), SWEEP_MS);
  sweeper.unref();
  await new Promise<void>((resolve) => http.listen(config.port, config.host ?? '0.0.0.0', resolve));
  return {
    port: (http.address() as AddressInfo).port,
    live,
    io,
    async close() {
      clearInterval(sweeper);
      await io.close();
      await pool.close();
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
