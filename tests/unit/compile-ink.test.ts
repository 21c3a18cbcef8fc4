/**
 * The ink compile cache: a story compiled once is read back instead of compiled again, a damaged
 * entry is compiled again, and messages always carry the caller's file name. Each test uses a
 * story no run has compiled before, so it starts from a miss.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { compileInk, inkCacheFile } from '../../src/content/compile-ink';

const made: string[] = [];
afterAll(() => {
  for (const f of made) rmSync(f, { force: true });
});

/** Compiles a story never seen before; returns the result and the cache entry it wrote. */
function compileNew(text: string) {
  const source = `// ${randomUUID()}\n${text}\n`;
  const file = inkCacheFile(source);
  made.push(file);
  expect(existsSync(file)).toBe(false);
  const result = compileInk('nieuw.ink', source);
  expect(existsSync(file)).toBe(true);
  return { source, result, file };
}

it('reads a story compiled before back from the cache instead of compiling it again', () => {
  const { source, result, file } = compileNew('Hallo.\n-> END');
  expect(result.problems).toEqual([]);
  expect(result.json).toContain('Hallo.');
  const raw = JSON.parse(readFileSync(file, 'utf8'));
  writeFileSync(file, JSON.stringify({ ...raw, json: raw.json.replace('Hallo.', 'Uit de cache.') }));
  expect(compileInk('nieuw.ink', source).json).toContain('Uit de cache.');
});

it('compiles a damaged entry again and repairs it', () => {
  const { source, result, file } = compileNew('Goedemorgen.\n-> END');
  writeFileSync(file, '{"json": 42');
  expect(compileInk('nieuw.ink', source)).toEqual(result);
  expect(JSON.parse(readFileSync(file, 'utf8')).json).toBe(result.json);
});

it('gives each caller its own file name in the messages of a cached story', () => {
  const { source, result } = compileNew('Verder.\n-> nergens');
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.every((p) => p.file === 'nieuw.ink' && p.line === 3)).toBe(true);
  expect(compileInk('ander.ink', source).problems).toEqual(result.problems.map((p) => ({ ...p, file: 'ander.ink' })));
});
