/**
 * The result code: a game's event log, packed small enough for a QR code. The body (header and
 * events, see event-codec.ts for the byte layout) is prefixed with its CRC-32, zlib-compressed
 * and written as base64url behind a prefix. Importing replays the log, so the results a
 * facilitator sees are recomputed by the model, never taken from the code. The checksum catches
 * typos and damage; it does not prove who played (anyone can compute it).
 */
import { unzlibSync, zlibSync } from 'fflate';
import type { ScenarioBundle } from '../sim/schema';
import { decode, encode } from './base64url';
import { codeFingerprint } from './content-match';
import { CodeDamage, readBody, readHeader, writeBody } from './event-codec';
import type { Game } from './game';
import { replay } from './save';
import { cleanTeamName } from './team-name';

export const CODE_PREFIX = 'KOERS1-';
const MAX_CODE_CHARS = 8000;

/** CRC-32 of the packed log: fflate does not check zlib's own checksum, and a typo must not pass. */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 255] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Body bytes → a code: checksum in front, compressed, base64url, prefixed. */
export function seal(body: Uint8Array): string {
  const sum = crc32(body);
  const all = Uint8Array.from([sum >>> 24, (sum >>> 16) & 255, (sum >>> 8) & 255, sum & 255, ...body]);
  return CODE_PREFIX + encode(zlibSync(all, { level: 9 }));
}

type Opened = { ok: true; body: Uint8Array; code: string } | { ok: false; message: string };

/** A code → its body bytes, when it is a whole code whose checksum holds. Never throws. */
export function unseal(text: unknown): Opened {
  const fail = (message: string): Opened => ({ ok: false, message });
  if (typeof text !== 'string') return fail('Dit is geen resultaatcode.');
  const code = text.trim().replace(/\s+/g, '');
  if (!code.startsWith(CODE_PREFIX)) return fail('Dit is geen resultaatcode van Koers (die beginnen met KOERS1-).');
  if (code.length > MAX_CODE_CHARS) return fail('Deze resultaatcode is te lang om echt te zijn.');
  const packed = decode(code.slice(CODE_PREFIX.length));
  if (!packed) return fail('De resultaatcode bevat tekens die er niet in horen; is hij goed overgenomen?');
  try {
    const all = unzlibSync(packed);
    const body = all.subarray(4);
    const sum = (((all[0] ?? 0) << 24) | ((all[1] ?? 0) << 16) | ((all[2] ?? 0) << 8) | (all[3] ?? 0)) >>> 0;
    if (all.length < 4 || sum !== crc32(body))
      return fail('De resultaatcode is beschadigd: de controlesom klopt niet.');
    return { ok: true, body, code };
  } catch {
    return fail('De resultaatcode is beschadigd of onvolledig overgenomen.');
  }
}

/** The game's code; `team` is the team's name (game/team-name.ts), carried along when given. */
export function toResultCode(game: Game, team = ''): string {
  const b = game.bundle;
  const name = cleanTeamName(team);
  return seal(
    writeBody(b, {
      fingerprint: codeFingerprint(b),
      contentVersion: b.scenario.contentVersion,
      seed: game.seed,
      events: game.log,
      ...(b.length ? { length: b.length } : {}),
      ...(name ? { team: name } : {}),
    }),
  );
}

/** `team` is the name the code carries; absent in codes made without one (and in all older codes). */
export type CodeOutcome = { ok: true; game: Game; team?: string } | { ok: false; message: string };

/** Never throws: a code gives a replayed game, or a Dutch message saying what is wrong. */
export function fromResultCode(text: unknown, b: ScenarioBundle): CodeOutcome {
  const fail = (message: string): CodeOutcome => ({ ok: false, message });
  try {
    const opened = unseal(text);
    if (!opened.ok) return opened;
    const head = readHeader(b, opened.body);
    // Codes from before content fingerprints carry a hash of the ids instead: refused here too (content-match.ts).
    if (head.fingerprint !== codeFingerprint(b))
      return fail(
        `Deze code is gemaakt met een andere versie van het scenario ${b.scenario.title} (of met een ander scenario). Hier zou hij een ander spel geven, dus hij wordt niet ingelezen.`,
      );
    if (head.contentVersion !== b.scenario.contentVersion)
      return fail('Deze code hoort bij een andere versie van het scenario.');
    const body = readBody(b, opened.body);
    const game = replay(b, body.seed, body.events, body.length);
    if (!game) return fail('De resultaatcode klopt niet: de beslissingen erin passen niet bij dit spel.');
    // The packing is deterministic: anything added to or changed in a valid code shows here
    // (a name that is not as cleanTeamName leaves it, too).
    if (body.team !== undefined && body.team !== cleanTeamName(body.team))
      return fail('De resultaatcode is beschadigd (de teamnaam klopt niet).');
    if (seal(writeBody(b, { ...body, events: game.log })) !== opened.code)
      return fail('De resultaatcode is beschadigd (er staat meer in dan verwacht).');
    return body.team ? { ok: true, game, team: body.team } : { ok: true, game };
  } catch (e) {
    return fail(
      e instanceof CodeDamage
        ? `De resultaatcode is beschadigd (${e.message}).`
        : 'De resultaatcode is beschadigd of onvolledig overgenomen.',
    );
  }
}
