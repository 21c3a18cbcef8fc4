/**
 * Checks a list of candidates in time slices, so the page stays responsive however long the list:
 * each slice works for about SLICE_MS, then yields once. At most MAX_PER_IMPORT candidates are
 * checked per import; progress is reported per slice, and a cancel stops before the next candidate
 * (what was read in until then stays).
 */
import type { ScenarioBundle } from '../../view';
import { type Accepted, type Candidate, importOne, MAX_PER_IMPORT, type Rejected } from '../../view/compare-input';

const SLICE_MS = 40;

export interface RunReport {
  rejected: Rejected[];
  /** Candidates left unchecked: beyond the cap, or after a cancel. */
  skipped: number;
  cancelled: boolean;
}

export interface RunHooks {
  /** The scenario version a candidate was made on (an older one is loaded on demand). */
  versionOf(text: string): Promise<ScenarioBundle>;
  accepted(a: Accepted): void;
  progress(done: number, total: number): void;
  cancelled(): boolean;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function importInSlices(
  list: readonly Candidate[],
  known: Map<string, string>,
  hooks: RunHooks,
): Promise<RunReport> {
  const todo = list.slice(0, MAX_PER_IMPORT);
  const rejected: Rejected[] = [];
  let sliceStart = performance.now();
  for (const [i, c] of todo.entries()) {
    if (performance.now() - sliceStart > SLICE_MS) {
      hooks.progress(i, todo.length);
      await yieldToPage();
      sliceStart = performance.now();
    }
    if (hooks.cancelled()) return { rejected, skipped: list.length - i, cancelled: true };
    for (const o of importOne(c, await hooks.versionOf(c.text), known)) {
      if (o.ok) hooks.accepted(o);
      else rejected.push(o);
    }
  }
  hooks.progress(todo.length, todo.length);
  return { rejected, skipped: list.length - todo.length, cancelled: false };
}
