/** Compiles one .ink source with the compiler that ships in inkjs (the runtime's own version). */
import { Compiler } from 'inkjs/full';
import { dutchInkMessage } from './ink-messages';
import type { Problem } from './problems';

export function compileInk(file: string, source: string): { json?: string; problems: Problem[] } {
  const compiler = new Compiler(source.replace(/^\uFEFF/, ''));
  let json: string | undefined;
  try {
    json = compiler.Compile().ToJson() ?? undefined;
  } catch {
    // The compiler throws after collecting its errors; they are reported below.
  }
  // Warnings count too: a loose end is a conversation that runs out without -> END.
  const problems = [...compiler.errors, ...compiler.warnings].map((e) => {
    const m = /line (\d+):\s*(.*)$/.exec(e);
    return m ? { file, line: Number(m[1]), message: dutchInkMessage(m[2]!) } : { file, message: dutchInkMessage(e) };
  });
  return json && !problems.length ? { json, problems } : { problems };
}
