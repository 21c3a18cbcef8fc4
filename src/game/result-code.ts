/**
 * The result code: a game's event log, packed small enough for a QR code. Ids become their
 * position in the scenario's lists, the bytes are zlib-compressed (with its checksum) and written
 * as base64url behind a prefix. Importing replays the log, so the results a facilitator sees are
 * recomputed by the model, never taken from the code.
 */
import { unzlibSync, zlibSync } from 'fflate';
import type { PlayerEvent, PlayerEventType } from '../machines/events';
import { PLAYER_EVENT_TYPES } from '../machines/events';
import type { ScenarioBundle } from '../sim/schema';
import { decode, encode } from './base64url';
import type { Game } from './game';
import { replay } from './save';

export const CODE_PREFIX = 'KOERS1-';
const MAX_CODE_CHARS = 8000;
const MAX_EVENTS = 4000;

/** The id lists an event's arguments index into. */
function lists(b: ScenarioBundle) {
  const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);
  return {
    leaders: ids(b.plan.leaders),
    sources: ids(b.scan.sources),
    problems: ids(b.scan.problems),
    themes: ids(b.scan.themes),
    goals: ids(b.plan.goals),
    coaches: ['', ...ids(b.plan.coaches)],
    styles: ids(b.plan.reporting),
    agenda: ids(b.agenda.items),
    interventions: ids(b.interventions.interventions),
    borging: ids(b.plan.borging),
  };
}

/** A short, stable fingerprint of the scenario's ids, so a code from another scenario is refused. */
function fingerprint(b: ScenarioBundle): number {
  let h = 2166136261;
  for (const c of `${b.scenario.id}|${JSON.stringify(lists(b))}`) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** CRC-32 of the packed log: fflate does not check zlib's own checksum, and a typo must not pass. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

class Bytes {
  out: number[] = [];
  u8(n: number) {
    if (!Number.isInteger(n) || n < 0 || n > 255) throw new Error('waarde past niet in de code');
    this.out.push(n);
  }
  u32(n: number) {
    for (let k = 3; k >= 0; k--) this.out.push((n >>> (8 * k)) & 255);
  }
}

export function toResultCode(game: Game): string {
  const b = game.bundle;
  const L = lists(b);
  const w = new Bytes();
  const idx = (list: readonly string[], id: string) => list.indexOf(id);
  const many = (list: readonly string[], ids: readonly string[]) => {
    w.u8(ids.length);
    for (const id of ids) w.u8(idx(list, id));
  };
  w.u32(fingerprint(b));
  w.u8(b.scenario.contentVersion);
  w.u32(game.seed);
  w.u8(game.log.length >> 8);
  w.u8(game.log.length & 255);
  for (const e of game.log) {
    w.u8(PLAYER_EVENT_TYPES.indexOf(e.type));
    switch (e.type) {
      case 'dialogue.choose':
        w.u8(e.index);
        // A team's votes ride along: their count, then one byte per option.
        w.u8(e.votes?.length ?? 0);
        for (const v of e.votes ?? []) w.u8(v);
        break;
      case 'intake.submit':
        w.u8(e.commit === 'sign' ? 1 : 0);
        w.u8(idx(L.leaders, e.leader));
        break;
      case 'scan.open':
        w.u8(idx(L.sources, e.source));
        break;
      case 'diagnosis.submit':
        many(L.problems, e.problems);
        w.u8(idx(L.themes, e.theme));
        break;
      case 'plan.submit':
        w.u8(e.goals.length);
        for (const g of e.goals) {
          const gi = idx(L.goals, g.id);
          w.u8(gi);
          w.u8(b.plan.goals[gi]!.levels.findIndex((l) => l.id === g.level));
        }
        w.u8(idx(L.coaches, e.coach));
        w.u8(idx(L.styles, e.style));
        break;
      case 'agenda.open':
        w.u8(idx(L.agenda, e.item));
        break;
      case 'budget.submit':
        many(L.interventions, e.buy);
        break;
      case 'interim.submit':
        many(L.goals, e.lower);
        break;
      case 'borging.submit':
        many(L.borging, e.measures);
        break;
      default:
        break;
    }
  }
  const body = Uint8Array.from(w.out);
  const sum = new Bytes();
  sum.u32(crc32(body));
  return CODE_PREFIX + encode(zlibSync(Uint8Array.from([...sum.out, ...body]), { level: 9 }));
}

export type CodeOutcome = { ok: true; game: Game } | { ok: false; message: string };

/** Never throws: a code gives a replayed game, or a Dutch message saying what is wrong. */
export function fromResultCode(text: unknown, b: ScenarioBundle): CodeOutcome {
  const fail = (message: string): CodeOutcome => ({ ok: false, message });
  try {
    if (typeof text !== 'string') return fail('Dit is geen resultaatcode.');
    const code = text.trim().replace(/\s+/g, '');
    if (!code.startsWith(CODE_PREFIX)) return fail('Dit is geen resultaatcode van Koers (die beginnen met KOERS1-).');
    if (code.length > MAX_CODE_CHARS) return fail('Deze resultaatcode is te lang om echt te zijn.');
    const packed = decode(code.slice(CODE_PREFIX.length));
    if (!packed) return fail('De resultaatcode bevat tekens die er niet in horen; is hij goed overgenomen?');
    let bytes: Uint8Array;
    try {
      const all = unzlibSync(packed);
      bytes = all.subarray(4);
      const sum = ((all[0]! << 24) | (all[1]! << 16) | (all[2]! << 8) | all[3]!) >>> 0;
      if (all.length < 4 || sum !== crc32(bytes))
        return fail('De resultaatcode is beschadigd: de controlesom klopt niet.');
    } catch {
      return fail('De resultaatcode is beschadigd of onvolledig overgenomen.');
    }
    let i = 0;
    const u8 = () => {
      if (i >= bytes.length) throw new RangeError();
      return bytes[i++]!;
    };
    const u32 = () => ((u8() << 24) | (u8() << 16) | (u8() << 8) | u8()) >>> 0;
    if (u32() !== fingerprint(b)) return fail(`Deze code hoort bij een ander scenario dan ${b.scenario.title}.`);
    if (u8() !== b.scenario.contentVersion) return fail('Deze code hoort bij een andere versie van het scenario.');
    const seed = u32();
    const count = (u8() << 8) | u8();
    if (count > MAX_EVENTS) return fail('De resultaatcode is beschadigd (te veel stappen).');
    const L = lists(b);
    const pick = (list: readonly string[]) => {
      const id = list[u8()];
      if (id === undefined) throw new RangeError();
      return id;
    };
    const many = (list: readonly string[]) => Array.from({ length: u8() }, () => pick(list));
    const events: PlayerEvent[] = [];
    for (let n = 0; n < count; n++) {
      const type: PlayerEventType | undefined = PLAYER_EVENT_TYPES[u8()];
      if (!type) throw new RangeError();
      switch (type) {
        case 'dialogue.choose': {
          const index = u8();
          const votes = Array.from({ length: u8() }, () => u8());
          events.push(votes.length ? { type, index, votes } : { type, index });
          break;
        }
        case 'intake.submit':
          events.push({ type, commit: u8() ? 'sign' : 'refuse', leader: pick(L.leaders) });
          break;
        case 'scan.open':
          events.push({ type, source: pick(L.sources) });
          break;
        case 'diagnosis.submit':
          events.push({ type, problems: many(L.problems), theme: pick(L.themes) });
          break;
        case 'plan.submit': {
          const goals = Array.from({ length: u8() }, () => {
            const id = pick(L.goals);
            const level = b.plan.goals.find((g) => g.id === id)!.levels[u8()]?.id;
            if (!level) throw new RangeError();
            return { id, level };
          });
          events.push({ type, goals, coach: pick(L.coaches), style: pick(L.styles) });
          break;
        }
        case 'agenda.open':
          events.push({ type, item: pick(L.agenda) });
          break;
        case 'budget.submit':
          events.push({ type, buy: many(L.interventions) });
          break;
        case 'interim.submit':
          events.push({ type, lower: many(L.goals) });
          break;
        case 'borging.submit':
          events.push({ type, measures: many(L.borging) });
          break;
        default:
          events.push({ type } as PlayerEvent);
      }
    }
    if (i !== bytes.length) return fail('De resultaatcode is beschadigd (er staat meer in dan verwacht).');
    const game = replay(b, seed, events);
    if (!game) return fail('De resultaatcode klopt niet: de beslissingen erin passen niet bij dit spel.');
    // The packing is deterministic: anything added to or changed in a valid code shows here.
    if (toResultCode(game) !== code) return fail('De resultaatcode is beschadigd (er staat meer in dan verwacht).');
    return { ok: true, game };
  } catch {
    return fail('De resultaatcode is beschadigd of onvolledig overgenomen.');
  }
}
