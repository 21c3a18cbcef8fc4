/**
 * Real server processes and a real Redis for the scale-out tests (tests/server) and the load script: Redis from
 * REDIS_URL, or a `redis-server` started here on a free port (no disk, gone when stopped), and
 * live-server processes (server/main.ts without the game) that can be killed like a crash.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createClient } from 'redis';
import { io, type Socket } from 'socket.io-client';
import { LIVE_EVENT, LIVE_PATH, type ServerMessage } from '../../src/live/protocol';

const ROOT = join(import.meta.dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Waits until `child` prints a line matching `re`; the match. Fails if it exits first or takes too long. */
function waitForLine(child: ChildProcess, re: RegExp, what: string, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} start niet binnen ${ms} ms:\n${seen}`)), ms);
    const onData = (b: Buffer) => {
      seen += b.toString();
      const m = seen.match(re);
      if (m) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        resolve(m);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => {
      seen += b.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} stopte (${code}):\n${seen}`));
    });
  });
}

export interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}

/** The Redis to use: REDIS_URL's (left as it is: each test session has a fresh random code), or one of our own. */
export async function startRedis(): Promise<RedisHandle> {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, stop: async () => {} };
  const port = await freePort();
  const child = owned(
    spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  await waitForLine(child, /Ready to accept connections/, 'redis-server', 20_000);
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

/** A child started here does not outlive this process, however it ends. */
function owned(child: ChildProcess): ChildProcess {
  const kill = () => child.kill('SIGKILL');
  process.once('exit', kill);
  child.once('exit', () => process.off('exit', kill));
  return child;
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export interface ServerHandle {
  url: string;
  child: ChildProcess;
  /** A crash: SIGKILL, no goodbye. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerHandle> {
  const port = await freePort();
  const child = owned(
    spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(ROOT, 'server', 'main.ts')], {
      cwd: ROOT,
      env: { ...process.env, KOERS_STATIC: '0', HOST: '127.0.0.1', PORT: String(port), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  // Loading the scenario takes a few seconds, much longer on a machine that is busy with other work.
  await waitForLine(child, /Koers live op poort \d+/, 'live-server', 180_000);
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    kill: () => stopChild(child, 'SIGKILL'),
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

/** A Socket.IO client as the browser makes it (WebSocket only), that records what it is sent. */
export interface Client {
  socket: Socket;
  got: ServerMessage[];
  /** Sends a message and waits for its answer. */
  ask(msg: Record<string, unknown>): Promise<ServerMessage>;
  /** Waits for a message that `pred` accepts (also one that already came). */
  waitFor<T extends ServerMessage>(pred: (m: ServerMessage) => m is T, ms?: number): Promise<T>;
  waitFor(pred: (m: ServerMessage) => boolean, ms?: number): Promise<ServerMessage>;
  close(): void;
}

export function connect(url: string, opts: { reconnection?: boolean } = {}): Client {
  const socket = io(url, { path: LIVE_PATH, transports: ['websocket'], reconnection: opts.reconnection ?? true });
  const got: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  socket.on(LIVE_EVENT, (m: ServerMessage) => {
    got.push(m);
    for (const w of waiters) w();
  });
  return {
    socket,
    got,
    ask: (msg) => socket.timeout(20_000).emitWithAck(LIVE_EVENT, msg) as Promise<ServerMessage>,
    waitFor(pred: (m: ServerMessage) => boolean, ms = 20_000) {
      return new Promise<ServerMessage>((resolve, reject) => {
        const check = () => {
          const m = got.find(pred);
          if (!m) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(m);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`bericht niet ontvangen binnen ${ms} ms; wel: ${JSON.stringify(got).slice(-600)}`));
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close: () => socket.close(),
  } as Client;
}

/** Redis's own view, to check that a session's log is there. */
export async function redisClient(url: string) {
  const c = createClient({ url });
  await c.connect();
  return c;
}
