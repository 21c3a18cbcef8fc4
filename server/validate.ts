/**
 * The gate for every incoming message: bounded in size, parsed with the shared schema, and any
 * failure turned into an `error` answer in Dutch. Never throws, whatever arrives.
 */
import { ClientMessage, ERROR_TEXT, MAX_MESSAGE_BYTES, type ServerMessage } from '../src/live/protocol';

export type Parsed = { ok: true; msg: ClientMessage } | { ok: false; reply: Extract<ServerMessage, { type: 'error' }> };

/** The request id of a message that did not parse, when it has a usable one: the answer can still be matched. */
export function ridOf(data: unknown): { rid?: string } {
  const rid = typeof data === 'object' && data !== null ? (data as { rid?: unknown }).rid : undefined;
  return typeof rid === 'string' && rid.length <= 32 ? { rid } : {};
}

/** Bytes of `data` as JSON; Infinity for what cannot be JSON (cycles, BigInt). */
function jsonBytes(data: unknown): number {
  try {
    const text = JSON.stringify(data);
    return text === undefined ? 0 : Buffer.byteLength(text);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

export function parseIncoming(data: unknown): Parsed {
  if (jsonBytes(data) > MAX_MESSAGE_BYTES)
    return { ok: false, reply: { type: 'error', ...ridOf(data), code: 'too-large', message: ERROR_TEXT['too-large'] } };
  const r = ClientMessage.safeParse(data);
  if (r.success) return { ok: true, msg: r.data };
  // A name's own rules have a message for the person typing it; anything else is a client's mistake.
  const named = r.error.issues.find((i) => i.path[0] === 'name');
  const message = named ? named.message : ERROR_TEXT.invalid;
  return { ok: false, reply: { type: 'error', ...ridOf(data), code: 'invalid', message } };
}
