/** Parses a YAML data file and validates it against its schema, mapping errors to lines. */
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems';

export interface Located<T> {
  data?: T;
  problems: Problem[];
  /** Line of the node at a path, for later semantic errors. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

export function readYaml<T>(file: string, text: string, schema: z.ZodType<T>): Located<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const lineOf = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  if (doc.errors.length) {
    return {
      problems: doc.errors.map((e) => ({
        file,
        line: lines.linePos(e.pos[0]).line,
        message: `YAML-fout: ${e.message.split('\n')[0]}`,
      })),
      lineOf,
    };
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((i) => ({
        file,
        line: lineOf(i.path as (string | number)[]),
        message: `${i.path.join('.') || '(bestand)'}: ${i.message}`,
      })),
      lineOf,
    };
  }
  return { data: parsed.data, problems: [], lineOf };
}
