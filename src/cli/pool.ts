/**
 * Spreads headless games over worker threads. A CLI module calls `serveWorker` at top level and
 * `inWorkers` from its main code, naming itself. With one worker the games run on the main thread
 * instead: starting a thread costs as much as a few hundred games, and one thread gains nothing.
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** The work each module serves, for running it on the main thread. */
const served = new Map<string, (shared: never, task: never) => unknown>();

/** Runs `tasks` in `workers` threads, each loading `moduleUrl`; results come back in task order. */
export async function inWorkers<T, R>(moduleUrl: string, shared: unknown, tasks: T[], workers: number): Promise<R[]> {
  const n = Math.max(1, Math.min(workers, tasks.length));
  const here = served.get(moduleUrl) as ((shared: unknown, task: T) => R) | undefined;
  if (n === 1 && here) return tasks.map((t) => here(shared, t));
  const chunks = Array.from({ length: n }, (_, w) => tasks.map((t, i) => [i, t] as const).filter(([i]) => i % n === w));
  const parts = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<(readonly [number, R])[]>((resolve, reject) => {
          // Workers do not inherit tsx's loader: register it, then load the module as the worker.
          const boot = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(moduleUrl)}); });`;
          const worker = new Worker(boot, { eval: true, workerData: { shared, chunk } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const out: R[] = new Array(tasks.length);
  for (const part of parts) for (const [i, r] of part) out[i] = r;
  return out;
}

/** In a worker thread: runs `work` over this worker's tasks and posts the results back. */
export function serveWorker<S, T, R>(moduleUrl: string, work: (shared: S, task: T) => R): void {
  served.set(moduleUrl, work as (shared: never, task: never) => unknown);
  if (isMainThread) return;
  const { shared, chunk } = workerData as { shared: S; chunk: (readonly [number, T])[] };
  parentPort?.postMessage(chunk.map(([i, t]) => [i, work(shared, t)] as const));
}
