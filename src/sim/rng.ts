/**
 * Seeded randomness for the model (mulberry32). The generator's state is a plain number kept in
 * the game state, so a snapshot is enough to continue and a replay draws the same numbers.
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

/** Picks an index with probability proportional to its weight; -1 when all weights are 0. */
export function weightedPick(weights: readonly number[], r: number): number {
  const total = weights.reduce((a, w) => a + Math.max(0, w), 0);
  if (total <= 0) return -1;
  let x = r * total;
  for (let i = 0; i < weights.length; i++) {
    x -= Math.max(0, weights[i] ?? 0);
    if (x < 0) return i;
  }
  return weights.length - 1;
}
