/** Join codes, facilitator secrets and seat tokens: random from the OS, never from the game's seeded streams. */
import { createHash, randomBytes } from 'node:crypto';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from '../src/live/protocol';

/**
 * A join code. Bytes at or above the largest multiple of the alphabet's size are drawn again, so
 * every character is equally likely (a plain modulo would favour the first few).
 */
export function joinCode(random: (n: number) => Uint8Array = randomBytes): string {
  const n = JOIN_CODE_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < JOIN_CODE_LENGTH) {
    for (const b of random(JOIN_CODE_LENGTH)) {
      if (b < limit && out.length < JOIN_CODE_LENGTH) out += JOIN_CODE_ALPHABET[b % n];
    }
  }
  return out;
}

/** 24 random bytes as base64url (32 characters): a facilitator secret or a seat token. */
export const newSecret = (): string => randomBytes(24).toString('base64url');

/** What the session's log keeps instead of a secret. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** A session seed like the title screen's (6 digits, 100000–999999). */
export const randomSeed = (): number => 100_000 + (randomBytes(4).readUInt32BE(0) % 900_000);
