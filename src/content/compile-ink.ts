/**
 * Compiles one .ink source with the compiler that ships in inkjs (the runtime's own version).
 *
 * Compiling a scenario's ink takes seconds, and the content check, the build, the CLI and every test
 * file would each redo it. So the compiler's raw output is kept on disk (disk-cache.ts), under a
 * hash of inkjs's own code and the source. Messages are made from the raw output on every call, so
 * the file name and the Dutch wording never come from the cache.
 */
import { Compiler } from 'inkjs/full';
import { cacheFile, onDisk } from './disk-cache';
import { dutchInkMessage } from './ink-messages';
import type { Problem } from './problems';

interface Raw {
  json?: string;
  errors: string[];
  warnings: string[];
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
export const inkCacheFile = (source: string): string => cacheFile('ink', [source]);

export function compileInk(file: string, source: string): { json?: string; problems: Problem[] } {
  const clean = source.replace(/^\uFEFF/, '');
  const raw = onDisk('ink', [clean], isRaw, () => compile(clean));
  // Warnings count too: a loose end is a conversation that runs out without -> END.
  const problems = [...raw.errors, ...raw.warnings].map((e) => {
    const m = /line (\d+):\s*(.*)$/.exec(e);
    return m ? { file, line: Number(m[1]), message: dutchInkMessage(m[2]!) } : { file, message: dutchInkMessage(e) };
  });
  return raw.json && !problems.length ? { json: raw.json, problems } : { problems };
}
