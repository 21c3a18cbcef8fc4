/**
 * Which content a save or result code may replay on. A log replays exactly only on the content
 * it was played on, so both carry the scenario's content fingerprint (sim/fingerprint.ts) and
 * are refused on any other content, with a message saying so, instead of silently becoming a
 * different game.
 */
import type { ScenarioBundle } from '../sim/schema';

/**
 * Saves and codes made before fingerprints existed carry none (a code carried a hash of the ids
 * only). They were made on this content, the content when fingerprints were introduced, so they
 * still load while it is in use; on any other content they are refused like any other mismatch.
 */
export const PRE_FINGERPRINT_CONTENT: readonly string[] = ['305174ebd49c5e5f'];

/** The first 32 bits of the content fingerprint: what a result code has room for. */
export const codeFingerprint = (b: ScenarioBundle): number => Number.parseInt(b.fingerprint.slice(0, 8), 16) >>> 0;

/** May a log made on `fingerprint` (undefined: before fingerprints) replay on this bundle? */
export function madeOn(b: ScenarioBundle, fingerprint: string | undefined): boolean {
  return fingerprint === undefined ? PRE_FINGERPRINT_CONTENT.includes(b.fingerprint) : fingerprint === b.fingerprint;
}
