/**
 * The browser's connection to the live server: Socket.IO over WebSocket only (no long-polling,
 * so several server processes need no sticky sessions), reconnecting by itself. Every message
 * from the server is parsed with the protocol's schemas; anything else is dropped. Requests carry
 * a request id and settle on the matching `ok`, `created`, `seat` or `error` — or on a timeout,
 * so a screen never waits forever. What the connection is doing is reported as a status the
 * screens put into words; without a server the game plays on locally.
 */
import { io, type Socket } from 'socket.io-client';
import {
  type ClientMessageInput,
  ERROR_TEXT,
  type ErrorCode,
  LIVE_EVENT,
  LIVE_PATH,
  parseServerMessage,
  type ServerMessage,
} from './protocol';

/** `verbinden`: trying (also after a drop); `onbereikbaar`: the first tries failed, still retrying. */
export type LiveStatus = 'verbinden' | 'verbonden' | 'onbereikbaar';

/** How long a request waits for its answer. */
const REQUEST_MS = 8000;
/** Wait before reconnecting to a server that closed the connection itself. */
const RETRY_MS = 1000;
/** Failed connection attempts before the server counts as unreachable (it keeps retrying). */
const UNREACHABLE_AFTER = 2;

export type Reply =
  | Extract<ServerMessage, { type: 'ok' | 'created' | 'seat' }>
  | { type: 'error'; code: ErrorCode | 'timeout' | 'offline'; message: string };

/** A request without its request id: the client adds one. */
type Request = ClientMessageInput extends infer M ? (M extends unknown ? Omit<M, 'rid'> : never) : never;

export interface LiveClient {
  readonly status: LiveStatus;
  /** Sends and waits for the answer; while not connected it answers `offline` at once. */
  request(message: Request): Promise<Reply>;
  /** Sends without waiting; dropped while not connected (callers re-send on connect). */
  send(message: Request): void;
  /** Every valid message from the server. */
  onMessage(listener: (m: ServerMessage) => void): () => void;
  onStatus(listener: (s: LiveStatus) => void): () => void;
  /**
   * After every (re)connection. `recovered`: the server restored this connection's state and
   * replayed what it missed; otherwise the caller reclaims its seat and re-sends.
   */
  onConnect(listener: (recovered: boolean) => void): () => void;
  close(): void;
}

/** The server serves the game too, so by default it is this page's own origin. */
export function liveServerUrl(): string {
  return location.origin;
}

export function connectLive(url = liveServerUrl()): LiveClient {
  const socket: Socket = io(url, { path: LIVE_PATH, transports: ['websocket'], reconnectionDelayMax: 4000 });
  const messages = new Set<(m: ServerMessage) => void>();
  const statuses = new Set<(s: LiveStatus) => void>();
  const connects = new Set<(recovered: boolean) => void>();
  const pending = new Map<string, (r: Reply) => void>();
  let status: LiveStatus = 'verbinden';
  let failures = 0;
  let nextRid = 0;
  let closed = false;

  const setStatus = (s: LiveStatus) => {
    if (s === status) return;
    status = s;
    for (const l of statuses) l(s);
  };
  const settle = (rid: string | undefined, reply: Reply) => {
    const done = rid === undefined ? undefined : pending.get(rid);
    if (!done) return;
    pending.delete(rid!);
    done(reply);
  };

  socket.on('connect', () => {
    failures = 0;
    setStatus('verbonden');
    for (const l of connects) l(socket.recovered);
  });
  socket.on('disconnect', (reason) => {
    setStatus('verbinden');
    for (const rid of [...pending.keys()]) settle(rid, offline());
    // A server that shuts down cleanly (a restart, a deploy) says goodbye, and Socket.IO then does
    // not reconnect by itself: this client does, as it would after any other drop.
    if (reason === 'io server disconnect' && !closed) setTimeout(() => !closed && socket.connect(), RETRY_MS);
  });
  socket.on('connect_error', () => {
    failures++;
    if (failures >= UNREACHABLE_AFTER) setStatus('onbereikbaar');
  });
  socket.on(LIVE_EVENT, (data: unknown) => {
    const m = parseServerMessage(data);
    if (!m) return;
    if (m.type === 'ok' || m.type === 'created' || m.type === 'seat') settle(m.rid, m);
    else if (m.type === 'error')
      settle(m.rid, { type: 'error', code: m.code, message: m.message || ERROR_TEXT[m.code] });
    for (const l of messages) l(m);
  });

  const subscribe =
    <T>(set: Set<T>) =>
    (l: T) => {
      set.add(l);
      return () => void set.delete(l);
    };

  return {
    get status() {
      return status;
    },
    request(message) {
      if (!socket.connected) return Promise.resolve(offline());
      const rid = `r${++nextRid}`;
      return new Promise<Reply>((resolve) => {
        const timer = setTimeout(
          () =>
            settle(rid, { type: 'error', code: 'timeout', message: 'De server antwoordt niet. Probeer het opnieuw.' }),
          REQUEST_MS,
        );
        pending.set(rid, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
        socket.emit(LIVE_EVENT, { ...message, rid });
      });
    },
    send(message) {
      if (socket.connected) socket.emit(LIVE_EVENT, message);
    },
    onMessage: subscribe(messages),
    onStatus: subscribe(statuses),
    onConnect: subscribe(connects),
    close() {
      closed = true;
      socket.close();
      for (const rid of [...pending.keys()]) settle(rid, offline());
      messages.clear();
      statuses.clear();
      connects.clear();
    },
  };
}

function offline(): Reply {
  return {
    type: 'error',
    code: 'offline',
    message: 'Er is nu geen verbinding met de live server. Het spel probeert het vanzelf opnieuw.',
  };
}
