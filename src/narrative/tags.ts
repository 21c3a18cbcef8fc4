/**
 * The tag grammar that lets ink change the game. One tag, one command:
 *   speaker: ans | effect: trust.or +5 [lag 2] [ramp 2] | flag: x | unflag: x | reveal: fact | outcome: approved | src: 002:L10-20
 */
import type { Effect } from '../sim/schema';

export type Command =
  | { kind: 'speaker'; who: string }
  | { kind: 'effect'; effect: Effect }
  | { kind: 'flag'; name: string; on: boolean }
  | { kind: 'reveal'; fact: string }
  | { kind: 'outcome'; value: string }
  | { kind: 'src'; ref: string };

export type TagResult = { ok: true; command: Command } | { ok: false; error: string };

/** Whether a command changes the game (who speaks and where a line comes from do not). */
export const changesGame = (c: Command): boolean => c.kind !== 'speaker' && c.kind !== 'src';

const ID = /^[a-z][a-z0-9_]*$/;
const EFFECT = /^([a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)?)\s+([+-]\d+(?:\.\d+)?)((?:\s+(?:lag|ramp)\s+\d+)*)$/;

export function parseTag(raw: string): TagResult {
  const tag = raw.trim();
  const colon = tag.indexOf(':');
  if (colon < 0) return { ok: false, error: `tag "${tag}" mist een dubbele punt (bijv. "effect: trust.ans +5")` };
  const key = tag.slice(0, colon).trim();
  const value = tag.slice(colon + 1).trim();
  const id = (kind: 'speaker' | 'reveal' | 'outcome'): TagResult =>
    ID.test(value)
      ? {
          ok: true,
          command:
            kind === 'speaker' ? { kind, who: value } : kind === 'reveal' ? { kind, fact: value } : { kind, value },
        }
      : { ok: false, error: `"${key}:" verwacht een naam in snake_case, niet "${value}"` };
  switch (key) {
    case 'speaker':
    case 'reveal':
    case 'outcome':
      return id(key);
    case 'flag':
    case 'unflag':
      return ID.test(value)
        ? { ok: true, command: { kind: 'flag', name: value, on: key === 'flag' } }
        : { ok: false, error: `"${key}:" verwacht een naam in snake_case, niet "${value}"` };
    case 'src':
      return { ok: true, command: { kind: 'src', ref: value } };
    case 'effect': {
      const m = EFFECT.exec(value);
      if (!m?.[1])
        return { ok: false, error: `"effect: ${value}" volgt niet de vorm "<doel> <+/-getal> [lag N] [ramp N]"` };
      const effect: Effect = { target: m[1], delta: Number(m[2]), lag: 0, ramp: 1 };
      for (const [, k, n] of (m[3] ?? '').matchAll(/(lag|ramp)\s+(\d+)/g)) {
        if (k === 'lag') effect.lag = Number(n);
        else effect.ramp = Math.max(1, Number(n));
      }
      return { ok: true, command: { kind: 'effect', effect } };
    }
    default:
      return {
        ok: false,
        error: `onbekende tag "${key}:" (bekend: speaker, effect, flag, unflag, reveal, outcome, src)`,
      };
  }
}
