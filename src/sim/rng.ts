/**
 * Seeded randomness for the model (mulberry32). The world does not draw from one running
 * sequence: every draw comes from a named stream (the kind of draw, the quarter, an index),
 * derived from the seed alone. A choice that changes one draw therefore cannot shift any other,
 * so teams with one session code, and a "Wat als?" branch, meet the same world wherever their
 * states allow it.
 */
export function seedState(seed: number): number {
  // Mix the seed so that neighbouring seeds give unrelated streams.
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** Returns a float in [0, 1) and the next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const s = (state + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, state: s };
}

/** FNV-1a over the UTF-16 code units: a stable 32-bit name for a stream. */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The one number in [0, 1) that the stream `name` holds for `quarter` in the world `base`
 * (the mixed seed kept in the game state). The same arguments always give the same number;
 * other names or quarters give unrelated ones.
 */
export function streamValue(base: number, name: string, quarter: number): number {
  return nextRandom(seedState((base ^ hashName(`${name}#${quarter}`)) >>> 0)).value;
}
