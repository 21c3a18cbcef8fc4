/**
 * What a device keeps to find its way back into a live session after a reload, a sleeping phone
 * or a lost Wi-Fi: a participant's seat token, a facilitator's secret. localStorage, because a
 * phone's browser may drop a sleeping tab's sessionStorage; read through a schema, because it is
 * outside input like any other.
 */
import { z } from 'zod';
import { JoinCode, Secret } from './protocol';

const SEAT_KEY = 'koers.live.seat';
const HOST_KEY = 'koers.live.host';
/** The session whose team game this device saved, and in which slot (so a returning team resumes, never restarts). */
const GAME_KEY = 'koers.live.game';

const StoredSeat = z.object({ code: JoinCode, token: Secret, name: z.string().max(80) });
const StoredHost = z.object({ code: JoinCode, secret: Secret });
const StoredGame = z.object({ code: JoinCode, slot: z.number().int().min(1).max(99) });
export type StoredSeat = z.infer<typeof StoredSeat>;
export type StoredHost = z.infer<typeof StoredHost>;

export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function read<T>(kv: KeyValue, key: string, schema: z.ZodType<T>): T | null {
  try {
    const r = schema.safeParse(JSON.parse(kv.getItem(key) ?? 'null'));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
function write(kv: KeyValue, key: string, value: unknown): void {
  try {
    if (value === null) kv.removeItem(key);
    else kv.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or blocked: the session works, only a reload will not find its way back.
  }
}

export function seatStore(kv: KeyValue) {
  return {
    seat: () => read(kv, SEAT_KEY, StoredSeat),
    setSeat: (s: StoredSeat | null) => write(kv, SEAT_KEY, s),
    host: () => read(kv, HOST_KEY, StoredHost),
    setHost: (h: StoredHost | null) => write(kv, HOST_KEY, h),
    game: () => read(kv, GAME_KEY, StoredGame),
    setGame: (g: { code: string; slot: number } | null) => write(kv, GAME_KEY, g),
  };
}
export type SeatStore = ReturnType<typeof seatStore>;
