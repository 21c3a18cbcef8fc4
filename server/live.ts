/**
 * The live server on a Socket.IO server: every message goes through the gate (validate.ts) and
 * the rate limits, then through the session's rules (decide.ts) against the session as its log
 * says now (read from the store, so another process's writes count), is written to the log, and
 * only then answered and fanned out. Messages for one session are handled one at a time per
 * process; between processes the store's append-at-position settles who came first (store.ts).
 */
import type { Server, Socket } from 'socket.io';
import { type ClientMessage, ERROR_TEXT, LIVE_EVENT, type ServerMessage } from '../src/live/protocol';
import { type Deps, decide, decideCreate, seatOf } from './decide';
import { isExpired } from './expiry';
import { type Audience, facilitatorWelcome, fanout, seatWelcome } from './fanout';
import { LIMITS, Limiter } from './rate';
import { apply, type Room } from './room';
import type { SessionStore } from './store';
import { parseIncoming, ridOf as rid } from './validate';

type Verdict = ReturnType<Deps['verify']>;

export interface LiveOptions {
  store: SessionStore;
  ttl: number;
  deps: Omit<Deps, 'now' | 'verify'>;
  /** Replays a result code; a promise when it runs off the event loop (verify-pool.ts). */
  verify(resultCode: string, session: { seed: number; length: string }): Verdict | Promise<Verdict>;
  newCode(): string;
  now?: () => number;
  /** Called when a message has been answered (for the load figures). */
  onHandled?: () => void;
}

/**
 * Tries before giving up when other processes keep writing first; each try reads their writes.
 * Between tries a short random pause, growing with each try, lets the racing processes spread out
 * (at 8 tries without a pause, 9 of 27,000 messages in the load run gave up on a busy machine).
 */
const MAX_TRIES = 20;
const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));

const rooms = {
  all: (code: string) => `s:${code}`,
  facilitators: (code: string) => `f:${code}`,
  seat: (code: string, seat: number) => `p:${code}:${seat}`,
};

export interface Live {
  /** Sessions cached by this process, for the memory figures. */
  readonly cached: ReadonlyMap<string, Room>;
  /** Drops expired sessions and idle rate-limit entries. */
  sweep(): void;
}

export function attachLive(io: Server, opts: LiveOptions): Live {
  const now = opts.now ?? Date.now;
  const cache = new Map<string, Room>();
  const queues = new Map<string, Promise<unknown>>();
  const limit = {
    message: new Limiter(LIMITS.message),
    joinSocket: new Limiter(LIMITS.joinPerSocket),
    joinAddress: new Limiter(LIMITS.joinPerAddress),
    vote: new Limiter(LIMITS.vote),
    create: new Limiter(LIMITS.create),
  };

  /** Runs `task` after every earlier task for the same session in this process. */
  function serial<T>(code: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(code) ?? Promise.resolve()).then(task, task);
    const tail = run.catch(() => undefined);
    queues.set(code, tail);
    void tail.then(() => {
      if (queues.get(code) === tail) queues.delete(code);
    });
    return run;
  }

  /** The session as its log says now: the cached fold plus whatever was written since. */
  async function load(code: string): Promise<Room | undefined> {
    let room = cache.get(code);
    for (const e of await opts.store.read(code, room?.rev ?? 0)) room = apply(room, e, code);
    if (room && isExpired(room.lastAt, now(), opts.ttl)) {
      cache.delete(code);
      return undefined;
    }
    if (room) cache.set(code, room);
    return room;
  }

  function send(code: string, audience: Audience, msg: ServerMessage) {
    const to =
      audience.to === 'all'
        ? rooms.all(code)
        : audience.to === 'facilitators'
          ? rooms.facilitators(code)
          : rooms.seat(code, audience.seat);
    io.to(to).emit(LIVE_EVENT, msg);
  }

  async function create(socket: Socket, msg: Extract<ClientMessage, { type: 'create' }>): Promise<ServerMessage> {
    for (let i = 0; i < MAX_TRIES; i++) {
      const code = opts.newCode();
      const d = decideCreate(msg, code, { ...opts.deps, now: now() });
      if (!d.ok) return { type: 'error', ...rid(msg), code: d.code, message: d.message };
      const [event] = d.events;
      // A code already in use is taken at position 0: draw another.
      if (!event || !(await opts.store.append(code, 0, event))) continue;
      const room = apply(undefined, event, code) as Room;
      cache.set(code, room);
      await socket.join([rooms.all(code), rooms.facilitators(code)]);
      for (const m of facilitatorWelcome(room)) socket.emit(LIVE_EVENT, m);
      return d.reply;
    }
    return { type: 'error', ...rid(msg), code: 'server', message: ERROR_TEXT.server };
  }

  async function handle(socket: Socket, msg: Exclude<ClientMessage, { type: 'create' }>): Promise<ServerMessage> {
    // Replayed before the session's turn and once: a replay takes long enough for other messages
    // to go first, and for another process to write meanwhile (a retry must not replay again).
    const verdict = msg.type === 'result' ? await preverify(msg) : undefined;
    const verify: Deps['verify'] = () =>
      verdict ?? { ok: false, message: 'De sessie veranderde tijdens de controle; stuur het resultaat opnieuw.' };
    return serial(msg.code, async () => {
      for (let i = 0; i < MAX_TRIES; i++) {
        const room = await load(msg.code);
        if (!room)
          return { type: 'error', ...rid(msg), code: 'unknown-session', message: ERROR_TEXT['unknown-session'] };
        const d = decide(room, msg, { ...opts.deps, verify, now: now() });
        if (!d.ok) return { type: 'error', ...rid(msg), code: d.code, message: d.message };
        let after = room;
        const [event] = d.events;
        if (event) {
          if (!(await opts.store.append(msg.code, room.rev, event))) {
            await pause(i + 1);
            continue;
          }
          after = apply(room, event, msg.code) as Room;
          cache.set(msg.code, after);
          for (const o of fanout(after, event)) send(msg.code, o.audience, o.msg);
        }
        await welcome(socket, after, msg, d.reply);
        return d.reply;
      }
      return { type: 'error', ...rid(msg), code: 'server', message: ERROR_TEXT.server };
    });
  }

  /** The replay of a new result code of a team in a team session; nothing when decide will not need one. */
  async function preverify(msg: Extract<ClientMessage, { type: 'result' }>): Promise<Verdict | undefined> {
    const room = await load(msg.code);
    if (!room || room.seed === undefined || room.length === undefined) return undefined;
    const team = room.teams[seatOf(room, msg.token, opts.deps)];
    if (!team || team.result?.resultCode === msg.resultCode) return undefined;
    return opts.verify(msg.resultCode, { seed: room.seed, length: room.length });
  }

  /** A facilitator or participant that (re)claimed its place joins the session's rooms and is brought up to date. */
  async function welcome(socket: Socket, room: Room, msg: ClientMessage, reply: ServerMessage) {
    if (msg.type === 'facilitate') {
      await socket.join([rooms.all(room.code), rooms.facilitators(room.code)]);
      for (const m of facilitatorWelcome(room)) socket.emit(LIVE_EVENT, m);
    } else if (reply.type === 'seat') {
      await socket.join([rooms.all(room.code), rooms.seat(room.code, reply.seat)]);
      for (const m of seatWelcome(room, reply.seat)) socket.emit(LIVE_EVENT, m);
    }
  }

  /** The rate limits that apply to `msg`; the refusal to send, or nothing. */
  function limited(socket: Socket, msg: ClientMessage, t: number): boolean {
    const address = socket.handshake.address;
    if (msg.type === 'create') return !limit.create.allow(address, t);
    if (msg.type === 'join') return !limit.joinSocket.allow(socket.id, t) || !limit.joinAddress.allow(address, t);
    if (msg.type === 'vote') return !limit.vote.allow(socket.id, t);
    return false;
  }

  async function onMessage(socket: Socket, data: unknown): Promise<ServerMessage> {
    const t = now();
    if (!limit.message.allow(socket.id, t))
      return { type: 'error', ...rid(data), code: 'rate-limited', message: ERROR_TEXT['rate-limited'] };
    const parsed = parseIncoming(data);
    if (!parsed.ok) return parsed.reply;
    const msg = parsed.msg;
    if (limited(socket, msg, t))
      return { type: 'error', ...rid(msg), code: 'rate-limited', message: ERROR_TEXT['rate-limited'] };
    return msg.type === 'create' ? create(socket, msg) : handle(socket, msg);
  }

  io.on('connection', (socket) => {
    socket.on(LIVE_EVENT, (data: unknown, ack?: unknown) => {
      onMessage(socket, data)
        .catch((e: unknown) => {
          console.error('live: bericht niet verwerkt', e);
          return { type: 'error', ...rid(data), code: 'server', message: ERROR_TEXT.server } satisfies ServerMessage;
        })
        .then((reply) => {
          // A client that asked for an acknowledgement gets the answer there; otherwise as a message.
          if (typeof ack === 'function') ack(reply);
          else socket.emit(LIVE_EVENT, reply);
          opts.onHandled?.();
        });
    });
  });

  return {
    cached: cache,
    sweep() {
      const t = now();
      opts.store.sweep(t);
      for (const [code, room] of cache) if (isExpired(room.lastAt, t, opts.ttl)) cache.delete(code);
      for (const l of Object.values(limit)) l.sweep(t);
    },
  };
}
