/**
 * Results that take long to compute and depend only on their inputs and on inkjs (compiling a
 * story, exploring its knots), kept in node_modules/.cache/koers/<kind> under a hash of inkjs's
 * own code and the inputs: the same inputs give the same result, and a new inkjs or a changed
 * input simply misses. Node only (the content check, the build, the CLI and the tests).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const CACHE_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'koers');
const SRC = join(import.meta.dirname, '..');

let inkjsHash: string | undefined;
/** A hash of inkjs's code, read once: a different inkjs must not reuse the old results. */
function inkjsVersion(): string {
  inkjsHash ??= createHash('sha256')
    .update(readFileSync(createRequire(import.meta.url).resolve('inkjs/full')))
    .digest('hex');
  return inkjsHash;
}

/**
 * The source of every module in these folders of src/ (e.g. "narrative"), read once per process:
 * an input for results whose meaning depends on that code, so a changed module misses.
 */
const sources = new Map<string, string>();
export function sourceOf(folder: string): string {
  let text = sources.get(folder);
  if (text === undefined) {
    const dir = join(SRC, folder);
    text = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => `${f}\0${readFileSync(join(dir, f), 'utf8')}`)
      .join('\0');
    sources.set(folder, text);
  }
  return text;
}

/** The installed version of a package (part of a key when a result depends on it). */
export const versionOf = (pkg: string): string =>
  String(
    (
      JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`${pkg}/package.json`), 'utf8')) as {
        version?: unknown;
      }
    ).version,
  );

/** Where the result of `kind` for these inputs is kept. */
export function cacheFile(kind: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(inkjsVersion());
  for (const part of inputs) hash.update('\0').update(part);
  return join(CACHE_DIR, kind, `${hash.digest('hex')}.json`);
}

/** The kept result for these inputs if there is a valid one; else `make()`'s, kept for next time. */
export function onDisk<T>(kind: string, inputs: readonly string[], valid: (x: unknown) => x is T, make: () => T): T {
  const file = cacheFile(kind, inputs);
  try {
    const hit: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (valid(hit)) return hit;
  } catch {
    // Not kept yet, or unreadable: make it and (re)write it.
  }
  const made = make();
  try {
    mkdirSync(join(CACHE_DIR, kind), { recursive: true });
    // Write, then rename: parallel test workers never read a half-written entry.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(made));
    renameSync(tmp, file);
  } catch {
    // A read-only checkout still works; it only loses the speed-up.
  }
  return made;
}
