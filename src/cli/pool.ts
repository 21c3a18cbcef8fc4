/**
 * Spreads headless games over processes. A CLI module calls `serveWorker` at top level and
 * `inWorkers` from its main code, naming itself; it runs its main code only when `isPoolWorker`
 * is false.
 *
 * The main process plays too, and `workers - 1` child processes load the same module. Tasks go
 * out in small batches to whoever is free, so a child that starts later or a slower game costs no
 * idle time. Child processes rather than threads: in steady play two processes each ran about 10%
 * slower than one alone on this 2-core machine, two worker threads of one process about 25%.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What a module serves: `start` once per process before its first task, `done` once after its last. */
export interface Served<S, T, R> {
  start?(shared: S): void;
  work(shared: S, task: T): R;
  done?(shared: S): void;
}

type Message<T, R> =
  | { shared: unknown }
  | { batch: (readonly [number, T])[] }
  | { end: true }
  | { results: (readonly [number, R])[] }
  | { error: string };

const WORKER_ENV = 'KOERS_POOL_WORKER';
/** True in a child process started by inWorkers: the module must then not run its main code. */
export const isPoolWorker = process.env[WORKER_ENV] === '1';

/** The work each module serves, for the main process to do its share. */
const served = new Map<string, Served<never, never, unknown>>();

/** Runs `tasks` over `workers` processes (this one included); results come back in task order. */
export async function inWorkers<T, R>(moduleUrl: string, shared: unknown, tasks: T[], workers: number): Promise<R[]> {
  const serving = served.get(moduleUrl) as Served<unknown, T, R> | undefined;
  if (!serving) throw new Error(`${moduleUrl} roept serveWorker niet aan`);
  const out: R[] = new Array(tasks.length);
  const queue = tasks.map((t, i) => [i, t] as const);
  // Small enough to share the end out evenly, large enough that messages cost nothing.
  const size = Math.max(1, Math.min(20, Math.ceil(tasks.length / (workers * 8))));
  const next = () => queue.splice(0, size);

  const others = Math.max(0, Math.min(workers, tasks.length) - 1);
  const children = Promise.all(Array.from({ length: others }, () => runChild<T, R>(moduleUrl, shared, next, out)));
  // A child that fails ends the run: nothing more is handed out, and the error comes out below.
  children.catch(() => queue.splice(0));
  serving.start?.(shared);
  for (let batch = next(); batch.length; batch = next()) {
    for (const [i, t] of batch) out[i] = serving.work(shared, t);
    // Let the children's messages in before the next batch.
    if (others) await new Promise((resolve) => setImmediate(resolve));
  }
  serving.done?.(shared);
  await children;
  return out;
}

/** One child process: keeps two batches in flight until the queue is empty, then ends it. */
function runChild<T, R>(moduleUrl: string, shared: unknown, next: () => (readonly [number, T])[], out: R[]) {
  return new Promise<void>((resolve, reject) => {
    const child: ChildProcess = fork(fileURLToPath(moduleUrl), [], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      env: { ...process.env, [WORKER_ENV]: '1' },
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    let inFlight = 0;
    let failed = false;
    const feed = () => {
      const batch = next();
      if (batch.length) {
        inFlight++;
        child.send({ batch } satisfies Message<T, R>);
      } else if (inFlight === 0) child.send({ end: true } satisfies Message<T, R>);
    };
    child.on('message', (m: Message<T, R>) => {
      if ('error' in m) {
        failed = true;
        reject(new Error(m.error));
        child.kill();
      } else if ('results' in m) {
        for (const [i, r] of m.results) out[i] = r;
        inFlight--;
        feed();
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (failed) return;
      if (code === 0) resolve();
      else reject(new Error(`een rekenproces stopte onverwacht (code ${code})`));
    });
    child.send({ shared } satisfies Message<T, R>);
    feed();
    feed();
  });
}

/** Registers the work this module serves; in a child process, also serves it until told to end. */
export function serveWorker<S, T, R>(moduleUrl: string, serving: Served<S, T, R>): void {
  served.set(moduleUrl, serving as unknown as Served<never, never, unknown>);
  if (!isPoolWorker) return;
  let shared: S;
  let started = false;
  process.on('message', (m: Message<T, R>) => {
    try {
      if ('shared' in m) shared = m.shared as S;
      else if ('batch' in m) {
        if (!started) serving.start?.(shared);
        started = true;
        process.send?.({ results: m.batch.map(([i, t]) => [i, serving.work(shared, t)] as const) });
      } else if ('end' in m) {
        if (started) serving.done?.(shared);
        process.disconnect();
      }
    } catch (e) {
      process.send?.({ error: e instanceof Error ? e.message : String(e) });
    }
  });
}
