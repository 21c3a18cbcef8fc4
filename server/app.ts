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
import { loadScenarioById } from '../src/content/from-disk';
import { LIVE_PATH, MAX_MESSAGE_BYTES } from '../src/live/protocol';
import { hashSecret, joinCode, newSecret, randomSeed } from './codes';
import { attachLive, type Live } from './live';
import { serveStatic } from './static';
import { MemoryStore, RedisStore } from './store';
import { scenarioIds, verifier } from './verify';

export interface ServerConfig {
  port: number;
  host?: string;
  redisUrl?: string;
  /** The built game to serve; absent: only the live server (tests, a separate web server). */
  staticDir?: string;
  ttl: number;
  scenario?: string;
  onHandled?: (ms: number) => void;
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
  const bundle = loadScenarioById(config.scenario ?? 'het-baken');
  const redis = config.redisUrl ? createClient({ url: config.redisUrl }) : undefined;
  if (redis) {
    redis.on('error', (e: unknown) => console.error('live: redis', e));
    await redis.connect();
  }
  const http = createServer(config.staticDir ? serveStatic(config.staticDir) : (_req, res) => res.writeHead(404).end());
  const io = new Server(http, {
    path: LIVE_PATH,
    // WebSocket only: no long-polling, so a load balancer needs no sticky sessions.
    transports: ['websocket'],
    // A little oversized gets a Dutch refusal from the gate; far oversized closes the connection.
    maxHttpBufferSize: 4 * MAX_MESSAGE_BYTES,
    connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_MS, skipMiddlewares: true },
    ...(redis ? { adapter: createAdapter(redis) } : {}),
  });
  const store = redis ? new RedisStore(redis, config.ttl) : new MemoryStore(config.ttl);
  const live = attachLive(io, {
    store,
    ttl: config.ttl,
    newCode: () => joinCode(),
    deps: {
      newSecret,
      hash: hashSecret,
      verify: verifier(bundle),
      scenario: scenarioIds(bundle),
      randomSeed,
    },
    ...(config.onHandled ? { onHandled: config.onHandled } : {}),
  });
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
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
