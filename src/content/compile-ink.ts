/**
 * Compiles one .ink source with the compiler that ships in inkjs (the runtime's own version).
 *
 * Compiling a scenario's ink takes seconds, and the content check, the build, the CLI and every test
 * file would each redo it. So the compiler's raw output is kept in node_modules/.cache/koers/ink,
 * under a hash of the compiler's own code and the source: the same bytes in give the same output,
 * and a new inkjs or an edited story simply misses. Messages are made from the raw output on every
 * call, so the file name and the Dutch wording never come from the cache.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Compiler } from 'inkjs/full';
import { dutchInkMessage } from './ink-messages';
import type { Problem } from './problems';

const INK_CACHE_DIR = join(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'koers', 'ink');

interface Raw {
  json?: string;
  errors: string[];
  warnings: string[];
}

let compilerHash: string | undefined;
/** A hash of the compiler's code, read once: a different inkjs must not reuse the old output. */
function compilerVersion(): string {
  compilerHash ??= createHash('sha256')
    .update(readFileSync(createRequire(import.meta.url).resolve('inkjs/full')))
    .digest('hex');
  return compilerHash;
}

function compile(source: string): Raw {
  const compiler = new Compiler(source);
  let json: string | undefined;
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch {
    // The compiler throws after collecting its errors; they are reported from the raw output.
  }
  return { ...(json ? { json } : {}), errors: [...compiler.errors], warnings: [...compiler.warnings] };
}

function isRaw(x: unknown): x is Raw {
  const r = x as Raw;
  return (
    typeof r === 'object' &&
    r !== null &&
    (r.json === undefined || typeof r.json === 'string') &&
    [r.errors, r.warnings].every((list) => Array.isArray(list) && list.every((e) => typeof e === 'string'))
  );
}

/** Where the compiler's output for `source` is kept. */
export function inkCacheFile(source: string): string {
  const key = createHash('sha256').update(compilerVersion()).update('\0').update(source).digest('hex');
  return join(INK_CACHE_DIR, `${key}.json`);
}

/** The compiler's output for `source`, from the cache when these exact bytes were compiled before. */
function cachedCompile(source: string): Raw {
  const file = inkCacheFile(source);
  try {
    const hit: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (isRaw(hit)) return hit;
  } catch {
    // Not cached yet, or unreadable: compile and (re)write it.
  }
  const raw = compile(source);
  try {
    mkdirSync(INK_CACHE_DIR, { recursive: true });
    // Write, then rename: parallel test workers never read a half-written entry.
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(raw));
    renameSync(tmp, file);
  } catch {
    // A read-only checkout still compiles; it only loses the speed-up.
  }
  return raw;
}

export function compileInk(file: string, source: string): { json?: string; problems: Problem[] } {
  const raw = cachedCompile(source.replace(/^\uFEFF/, ''));
  // Warnings count too: a loose end is a conversation that runs out without -> END.
  const problems = [...raw.errors, ...raw.warnings].map((e) => {
    const m = /line (\d+):\s*(.*)$/.exec(e);
    return m ? { file, line: Number(m[1]), message: dutchInkMessage(m[2]!) } : { file, message: dutchInkMessage(e) };
  });
  return raw.json && !problems.length ? { json: raw.json, problems } : { problems };
}
