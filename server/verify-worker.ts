/** A worker thread that replays result codes (verify.ts) so the server's event loop stays free meanwhile. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadScenarioById } from '../src/content/from-disk';
import { scenarioIds, verifier } from './verify';
import type { VerifyRequest } from './verify-pool';

const bundle = loadScenarioById((workerData as { scenario: string }).scenario);
const verify = verifier(bundle);
// The ids the main thread checks new sessions against: it need not load the scenario itself.
parentPort?.postMessage({ ready: scenarioIds(bundle) });
parentPort?.on('message', ({ id, resultCode, session }: VerifyRequest) => {
  const t = performance.now();
  let result: ReturnType<typeof verify>;
  try {
    result = verify(resultCode, session);
  } catch {
    result = { ok: false, message: 'De resultaatcode kon niet worden nagespeeld.' };
  }
  parentPort?.postMessage({ id, result, ms: performance.now() - t });
});
