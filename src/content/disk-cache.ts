/**
 * Results that take long to compute and depend only on their inputs and on inkjs (compiling a
 * story, exploring its knots), kept in node_modules/.cache/koers/<kind> under a hash of inkjs's
 * own code and the inputs: the same inputs give the same result, and a new inkjs or a changed
 * input simply misses. Node only (the content check, the build, the CLI and the tests).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

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
export function versionOf(pkg: string): string {
  const manifest = createRequire(import.meta.url).resolve(`${pkg}/package.json`);
  return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version);
}

/** Where the result of `kind` for these inputs is kept. */
export function cacheFile(kind: string, inputs: readonly string[]): string {
  const hash = createHash('sha256').update(inkjsVersion());
  for (const part of inputs) hash.update('\0').update(part);
  return join(CACHE_DIR, kind, `${hash.digest('hex')}.json`);
}

/**
 * The kept result for these inputs if there is a valid one; else `make()`'s, kept for next time.
 * With `latest`, only that many of the kind's newest results stay (see keep).
 */
export function onDisk<T>(
  kind: string,
  inputs: readonly string[],
  valid: (x: unknown) => x is T,
  make: () => T,
  latest?: number,
): T {
  const file = cacheFile(kind, inputs);
  try {
    const hit: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (valid(hit)) return hit;
  } catch {
    // Not kept yet, or unreadable: make it and (re)write it.
  }
  const made = make();
  keep(file, made, latest);
  return made;
}

/**
 * Writes `data` to `file` (write, then rename: a parallel reader never sees half an entry). With
 * `latest`, only that many of the newest files in its folder stay: for large results whose inputs
 * change with the code, which would otherwise pile up one per version.
 */
export function keep(file: string, data: unknown, latest?: number): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, file);
    if (latest === undefined) return;
    const dir = dirname(file);
    const kept = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, at: statSync(join(dir, f)).mtimeMs }))
      .sort((a, b) => b.at - a.at);
    for (const { f } of kept.slice(latest)) rmSync(join(dir, f), { force: true });
  } catch {
    // A read-only checkout still works; it only loses the speed-up.
  }
}
