/**
 * Result verification off the event loop: one worker thread loads the scenario and replays result
 * codes in turn. A replay takes tens to hundreds of milliseconds; on the event loop it held up
 * every other message of the process (progress, votes) for that long. A worker that dies is
 * replaced; what it had in hand is refused with a message to send the result again.
 */
import { Worker } from 'node:worker_threads';
import type { Deps } from './decide';

type Verdict = ReturnType<Deps['verify']>;
export interface VerifyRequest {
  id: number;
  resultCode: string;
  session: { seed: number; length: string };
}

export interface VerifyPool {
  verify(resultCode: string, session: { seed: number; length: string }): Promise<Verdict>;
  /** The scenario's ids, as the worker loaded it. */
  readonly scenario: Deps['scenario'];
  /** Replays done and the milliseconds they took in the worker (for the load figures). */
  readonly counts: { verified: number; verifyMs: number };
  close(): Promise<void>;
}

const WORKER_URL = new URL('./verify-worker.ts', import.meta.url).href;
// Worker threads do not inherit tsx's loader: register it, then load the worker module.
const BOOT = `import('tsx/esm/api').then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export async function startVerifyPool(scenario: string): Promise<VerifyPool> {
  const pending = new Map<number, (v: Verdict) => void>();
  const counts = { verified: 0, verifyMs: 0 };
  let next = 0;
  let closing = false;
  let worker: Worker;

  let scenarioIds: Deps['scenario'] | undefined;
  const spawn = () =>
    new Promise<void>((ready, failed) => {
      const w = new Worker(BOOT, { eval: true, workerData: { scenario } });
      w.on('message', (m: { ready?: Deps['scenario']; id?: number; result?: Verdict; ms?: number }) => {
        if (m.ready) {
          scenarioIds = m.ready;
          return ready();
        }
        counts.verified++;
        counts.verifyMs += m.ms ?? 0;
        const done = m.id === undefined ? undefined : pending.get(m.id);
        if (done && m.result) {
          pending.delete(m.id as number);
          done(m.result);
        }
      });
      w.once('error', failed);
      w.once('exit', () => {
        for (const done of pending.values())
          done({ ok: false, message: 'De controle van het resultaat werd onderbroken; stuur het opnieuw.' });
        pending.clear();
        if (!closing) spawn().catch((e: unknown) => console.error('live: controle-worker start niet', e));
      });
      worker = w;
    });
  await spawn();

  return {
    scenario: scenarioIds as Deps['scenario'],
    counts,
    verify(resultCode, session) {
      const id = next++;
      return new Promise<Verdict>((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, resultCode, session } satisfies VerifyRequest);
      });
    },
    async close() {
      closing = true;
      await worker.terminate();
    },
  };
}
