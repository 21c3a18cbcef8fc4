/** Small ink stories written inside tests, compiled with the same compiler as the content. */
import { expect } from 'vitest';
import { compileInk } from '../../src/content/compile-ink';

/** The two functions every story binds (the game answers them), with ink fallbacks. */
export const EXTERNALS = `EXTERNAL get(path)
EXTERNAL test(expr)
=== function get(path) ===
~ return 0
=== function test(expr) ===
~ return false
`;

/** `source` after the externals, compiled; the test fails on any compiler problem. */
export function compileInline(source: string, file = 'inline.ink'): string {
  const r = compileInk(file, EXTERNALS + source);
  expect(r.problems).toEqual([]);
  return r.json as string;
}
