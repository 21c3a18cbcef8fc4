/**
 * Sends xAPI statements to a learning record store without ever holding up play: every statement
 * goes into a queue (kept in the browser's storage, so a closed tab loses nothing), and the queue
 * is sent in batches in the background. A network failure or a busy store is retried later, with
 * growing pauses and as soon as the browser is online again; a statement the store refuses as
 * malformed is dropped so it cannot block the rest. The student is told once when sending fails.
 */
import type { XapiLaunch } from './launch';
import type { Statement } from './xapi-statements';

export const XAPI_NOT_SENT =
  'De leeromgeving (xAPI) is nu niet bereikbaar. U kunt gewoon verder spelen; uw keuzes worden later verstuurd.';

const BATCH = 50;
const MAX_QUEUED = 2000;
const FIRST_PAUSE = 2_000;
const LONGEST_PAUSE = 120_000;

export interface XapiDeps {
  fetch: typeof fetch;
  /** Where the queue waits (localStorage in the browser); null keeps it in memory only. */
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  /** Runs `f` after `ms` milliseconds (setTimeout in the browser). */
  later(f: () => void, ms: number): void;
  tell(message: string): void;
}

export class XapiClient {
  private queue: Statement[];
  private sending: Promise<void> | null = null;
  private pause = FIRST_PAUSE;
  private waiting = false;
  private told = false;
  private readonly key: string;

  constructor(
    private readonly launch: XapiLaunch,
    private readonly deps: XapiDeps,
  ) {
    this.key = `koers.xapi.${launch.endpoint}`;
    this.queue = this.load();
  }

  /** Queues a statement and starts sending; returns at once. */
  send(s: Statement): void {
    this.queue.push(s);
    // The oldest go first when the queue is full: a bound on storage, reached only after days offline.
    if (this.queue.length > MAX_QUEUED) this.queue.splice(0, this.queue.length - MAX_QUEUED);
    this.store();
    void this.flush();
  }

  /** How many statements wait to be sent. */
  get pending(): number {
    return this.queue.length;
  }

  /**
   * Sends what waits, batch by batch, until the queue is empty or the store cannot be reached;
   * while a send is under way, its promise.
   */
  flush(): Promise<void> {
    if (this.waiting) return Promise.resolve();
    this.sending ??= this.run().finally(() => {
      this.sending = null;
    });
    return this.sending;
  }

  private async run(): Promise<void> {
    let size = BATCH;
    while (this.queue.length) {
      const batch = this.queue.slice(0, size);
      const outcome = await this.post(batch);
      if (outcome === 'retry') return this.retryLater();
      // A refused batch is tried one by one, so only the malformed statement is lost.
      if (outcome === 'refused' && batch.length > 1) {
        size = 1;
        continue;
      }
      // Sent, or refused as malformed (sending it again would fail again): either way it leaves the queue.
      this.queue.splice(0, batch.length);
      this.store();
      this.pause = FIRST_PAUSE;
    }
  }

  private async post(batch: Statement[]): Promise<'done' | 'refused' | 'retry'> {
    try {
      const res = await this.deps.fetch(`${this.launch.endpoint}statements`, {
        method: 'POST',
        headers: {
          Authorization: this.launch.auth,
          'X-Experience-API-Version': '1.0.3',
          'Content-Type': 'application/json',
        },
        body: JSON.stringify(batch),
      });
      // 409: the store already has statements with these ids (an earlier attempt arrived after all).
      if (res.ok || res.status === 409) return 'done';
      if (res.status === 408 || res.status === 429 || res.status >= 500) return this.failed();
      this.tellOnce();
      return 'refused';
    } catch {
      return this.failed();
    }
  }

  private failed(): 'retry' {
    this.tellOnce();
    return 'retry';
  }

  private retryLater() {
    this.waiting = true;
    this.deps.later(() => {
      this.waiting = false;
      void this.flush();
    }, this.pause);
    this.pause = Math.min(LONGEST_PAUSE, this.pause * 2);
  }

  /** The browser is online again: try now rather than at the end of the pause. */
  online(): Promise<void> {
    this.waiting = false;
    this.pause = FIRST_PAUSE;
    return this.flush();
  }

  private tellOnce() {
    if (this.told) return;
    this.told = true;
    this.deps.tell(XAPI_NOT_SENT);
  }

  private load(): Statement[] {
    try {
      const raw = this.deps.storage?.getItem(this.key);
      const list = raw ? (JSON.parse(raw) as unknown) : [];
      return Array.isArray(list) ? (list.slice(-MAX_QUEUED) as Statement[]) : [];
    } catch {
      return [];
    }
  }

  private store() {
    try {
      this.deps.storage?.setItem(this.key, JSON.stringify(this.queue));
    } catch {
      // Storage full or blocked: the queue lives in memory until the page closes.
    }
  }
}
