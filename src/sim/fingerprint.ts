/**
 * The content fingerprint: a stable hash of everything in a compiled scenario (numbers, rules,
 * conditions, texts and the compiled ink), computed once when the scenario is loaded. A save or
 * result code carries it, so a log made on other content is refused instead of replaying into a
 * different game. It covers the whole bundle rather than a chosen part, because almost every
 * field can change how a log replays (a cost, a condition, an ink line that sets a flag).
 */
import type { ScenarioBundle } from './schema';

/** Object keys are sorted, so the hash does not depend on the order the bundle was built in. */
function canonical(x: unknown, out: string[]): void {
  if (Array.isArray(x)) {
    out.push('[');
    for (const v of x) {
      canonical(v, out);
      out.push(',');
    }
    out.push(']');
  } else if (x !== null && typeof x === 'object') {
    out.push('{');
    for (const k of Object.keys(x).sort()) {
      const v = (x as Record<string, unknown>)[k];
      if (v === undefined) continue;
      out.push(JSON.stringify(k), ':');
      canonical(v, out);
      out.push(',');
    }
    out.push('}');
  } else out.push(JSON.stringify(x) ?? 'null');
}

/** 64 bits from two 32-bit multiplicative lanes (not cryptographic: it catches change, not forgery). */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return hex(h2) + hex(h1);
}

/**
 * The engine's replay version. The same content replays differently when the code that interprets
 * it changes (how random streams are drawn, how the board or the inspector decides), so it is part
 * of every fingerprint. Raise it with any change to src/sim, src/machines, src/narrative or
 * src/game that changes the outcome of an existing log (the golden playthroughs then change too),
 * and delete the archived versions in stories/<id>/versions/: they no longer replay as played.
 */
export const ENGINE = 3;

/** The fingerprint of a bundle's content and the engine (16 hex characters); its own `fingerprint` field is left out. */
export function bundleFingerprint(bundle: Omit<ScenarioBundle, 'fingerprint'> & { fingerprint?: string }): string {
  const { fingerprint: _own, ...content } = bundle;
  const out: string[] = [];
  canonical({ engine: ENGINE, content }, out);
  return hash64(out.join(''));
}
