/** A content error with the place a trainer can find it. */
export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}  ${p.message}`;
}

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`De scenario-inhoud bevat ${problems.length} fout(en):\n${problems.map(formatProblem).join('\n')}`);
  }
}
