/**
 * Where sessions' event logs live. In memory for one process (the embedded default), or in Redis
 * Streams, one stream per session, so every process reads and writes the same logs and a process
 * can die without losing anything that it had answered `ok` to.
 *
 * A log is append-only with optimistic concurrency: `append(code, expected, event)` writes only if
 * the log holds exactly `expected` events. In Redis the entry ids are `0-<position>` (1, 2, …), so
 * XADD with the next id fails by itself when another process wrote that position first, and a
 * process catches up with XRANGE from the position it has.
 */
import type { createClient } from 'redis';
import { expiredKeys } from './expiry';
import type { RoomEvent } from './room';

export interface SessionStore {
  /** The session's events from position `from` (0-based) on; none for an unknown session. */
  read(code: string, from: number): Promise<RoomEvent[]>;
  /** Writes `event` as position `expected`; false when the log does not hold exactly `expected` events. */
  append(code: string, expected: number, event: RoomEvent): Promise<boolean>;
  /** Drops sessions idle for `ttl` ms (Redis does this by itself). */
  sweep(now: number): void;
  readonly kind: 'memory' | 'redis';
}

export class MemoryStore implements SessionStore {
  readonly kind = 'memory';
  private readonly logs = new Map<string, { events: RoomEvent[]; lastAt: number }>();
  constructor(private readonly ttl: number) {}

  async read(code: string, from: number): Promise<RoomEvent[]> {
    return this.logs.get(code)?.events.slice(from) ?? [];
  }

  async append(code: string, expected: number, event: RoomEvent): Promise<boolean> {
    const log = this.logs.get(code) ?? { events: [], lastAt: event.at };
    if (log.events.length !== expected) return false;
    log.events.push(event);
    log.lastAt = event.at;
    this.logs.set(code, log);
    return true;
  }

  sweep(now: number): void {
    const idle = expiredKeys(
      [...this.logs].map(([code, log]) => [code, log.lastAt]),
      now,
      this.ttl,
    );
    for (const code of idle) this.logs.delete(code);
  }
}

type Redis = ReturnType<typeof createClient>;

/** XADD at an exact position and refresh the expiry, atomically; 0 when the position is taken. */
const APPEND = `
local added = redis.pcall('XADD', KEYS[1], ARGV[1], 'e', ARGV[2])
if type(added) == 'table' and added.err then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1`;

export class RedisStore implements SessionStore {
  readonly kind = 'redis';
  constructor(
    private readonly redis: Redis,
    private readonly ttl: number,
    private readonly prefix = 'koers:live:',
  ) {}

  async read(code: string, from: number): Promise<RoomEvent[]> {
    const entries = await this.redis.xRange(this.prefix + code, `0-${from + 1}`, '+');
    return entries.map((e) => JSON.parse(e.message.e as string) as RoomEvent);
  }

  async append(code: string, expected: number, event: RoomEvent): Promise<boolean> {
    const done = await this.redis.eval(APPEND, {
      keys: [this.prefix + code],
      arguments: [`0-${expected + 1}`, JSON.stringify(event), String(this.ttl)],
    });
    return done === 1;
  }

  sweep(): void {}
}
