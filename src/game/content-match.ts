/**
 * Which content a save or result code may replay on. A log replays exactly only on the content
 * it was played on, so both carry the scenario's content fingerprint (sim/fingerprint.ts) and
 * are refused on any other content, with a message saying so, instead of silently becoming a
 * different game.
 */
import type { ScenarioBundle } from '../sim/schema';

// Saves and codes made before fingerprints (Koers 0.1) carry none. They were played on an engine
// this release changed (named random streams, the board, the inspector), so they cannot replay as
// played: they are refused like any other mismatch, and the problem screen offers the save as a file.

/** The first 32 bits of the content fingerprint: what a result code has room for. */
export const codeFingerprint = (b: ScenarioBundle): number => Number.parseInt(b.fingerprint.slice(0, 8), 16) >>> 0;

/** May a log made on `fingerprint` (undefined: before fingerprints) replay on this bundle? */
export const madeOn = (b: ScenarioBundle, fingerprint: string | undefined): boolean => fingerprint === b.fingerprint;
