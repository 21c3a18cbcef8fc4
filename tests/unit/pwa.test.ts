/** The offline service worker: its precache list and cache name, and the generated worker run in a fake scope. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { serviceWorkerSource } from '../../src/pwa/sw-template';
import { precacheManifest } from '../../src/pwa/vite-plugin';

const ORIGIN = 'http://127.0.0.1:4173';
const at = (path: string) => new URL(path, `${ORIGIN}/`).href;

describe('precacheManifest', () => {
  const outputs = new Map<string, string | Uint8Array>([
    ['index.html', '<html>'],
    ['assets/index-abc.js', 'console.log(1)'],
    ['assets/index-abc.js.map', '{}'],
    ['assets/font-x.woff2', new Uint8Array([1, 2, 3])],
    ['manifest.webmanifest', '{}'],
    ['sw.js', 'old'],
    ['.vite/manifest.json', '{}'],
  ]);

  it('lists every output relative to sw.js, sorted, without maps, metadata or the worker itself', () => {
    expect(precacheManifest(outputs).files).toEqual([
      './assets/font-x.woff2',
      './assets/index-abc.js',
      './index.html',
      './manifest.webmanifest',
    ]);
  });

  it('names the cache after the content: the same build keeps it, any changed byte renews it', () => {
    const { cacheName } = precacheManifest(outputs);
    expect(cacheName).toMatch(/^koers-[0-9a-f]{12}$/);
    expect(precacheManifest(new Map(outputs)).cacheName).toBe(cacheName);
    const edited = new Map(outputs).set('manifest.webmanifest', '{"name":"Koers"}');
    expect(precacheManifest(edited).cacheName).not.toBe(cacheName);
    const added = new Map(outputs).set('assets/session-def.js', 'x');
    expect(precacheManifest(added).cacheName).not.toBe(cacheName);
  });
});

type Listener = (event: unknown) => void;

/** Runs the generated sw.js against in-memory caches and a scripted network. */
function fakeWorker(source: string, network: (request: Request) => Promise<Response>) {
  const listeners = new Map<string, Listener>();
  const store = new Map<string, Map<string, { request: Request; response: Response }>>();
  const net = vi.fn(network);
  /** Like the Cache API: a stored response with a Vary header only matches equal request headers. */
  const lookup = (
    entries: Map<string, { request: Request; response: Response }>,
    r: Request | string,
    opts?: CacheQueryOptions,
  ) => {
    const request = typeof r === 'string' ? new Request(r) : r;
    const hit = entries.get(request.url);
    if (!hit) return undefined;
    const vary = (hit.response.headers.get('vary') ?? '')
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean);
    const differs = vary.some((name) => hit.request.headers.get(name) !== request.headers.get(name));
    return differs && !opts?.ignoreVary ? undefined : hit.response.clone();
  };
  const caches = {
    async open(name: string) {
      if (!store.has(name)) store.set(name, new Map());
      const entries = store.get(name)!;
      return {
        async addAll(requests: Request[]) {
          const responses = await Promise.all(requests.map((r) => net(r)));
          requests.forEach((request, i) => void entries.set(request.url, { request, response: responses[i]! }));
        },
        match: async (r: Request | string, opts?: CacheQueryOptions) => lookup(entries, r, opts),
      };
    },
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
    async match(r: Request | string, opts?: CacheQueryOptions) {
      for (const entries of store.values()) {
        const hit = lookup(entries, r, opts);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  const claim = vi.fn(async () => {});
  // In a real worker, relative request URLs resolve against the worker's own URL.
  const WorkerRequest = class extends Request {
    constructor(input: string, init?: RequestInit) {
      super(new URL(input, `${ORIGIN}/sw.js`), init);
    }
  };
  const self = {
    location: new URL(`${ORIGIN}/sw.js`),
    clients: { claim },
    addEventListener: (type: string, fn: Listener) => void listeners.set(type, fn),
  };
  runInNewContext(source, { self, caches, fetch: net, Request: WorkerRequest, URL, setTimeout });

  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners.get(type)!({
      waitUntil: (p: Promise<unknown>) => {
        done = p;
      },
    });
    await done;
  };
  /** Dispatches a fetch; undefined when the worker let the browser handle it. */
  const request = async (url: string, mode: RequestMode = 'no-cors', method = 'GET', headers: HeadersInit = {}) => {
    let answer: Promise<Response> | undefined;
    const req = new Request(url, { method, headers });
    Object.defineProperty(req, 'mode', { value: mode });
    listeners.get('fetch')!({
      request: req,
      respondWith: (p: Promise<Response>) => {
        answer = p;
      },
    });
    return answer && (await answer);
  };
  return { store, net, claim, lifecycle, request };
}

const files = ['./index.html', './assets/index-a1.js', './assets/session-b2.js'];
const serve = (body: string) => Promise.resolve(new Response(body, { status: 200, headers: { Vary: 'Origin' } }));
const offline = () => Promise.reject(new TypeError('Failed to fetch'));

describe('generated sw.js', () => {
  it('precaches every file, revalidating with the server', async () => {
    const sw = fakeWorker(serviceWorkerSource({ cacheName: 'koers-new', files }), (r) => serve(`v2 ${r.url}`));
    await sw.lifecycle('install');
    expect([...sw.store.get('koers-new')!.keys()]).toEqual(files.map(at));
    expect(sw.net.mock.calls.every(([r]) => r.cache === 'no-cache')).toBe(true);
  });

  it('on activate deletes older Koers caches only, then claims the open pages', async () => {
    const sw = fakeWorker(serviceWorkerSource({ cacheName: 'koers-new', files }), (r) => serve(r.url));
    sw.store.set('koers-old', new Map());
    sw.store.set('iets-anders', new Map());
    await sw.lifecycle('install');
    await sw.lifecycle('activate');
    expect([...sw.store.keys()]).toEqual(['iets-anders', 'koers-new']);
    expect(sw.claim).toHaveBeenCalledOnce();
  });

  it('serves navigations from the network when it can, else the cached index.html — also for /?test', async () => {
    let online = true;
    const sw = fakeWorker(serviceWorkerSource({ cacheName: 'koers-new', files }), (r) =>
      online ? serve(`netwerk ${r.url}`) : offline(),
    );
    await sw.lifecycle('install');
    expect(await (await sw.request(at('/?test'), 'navigate'))!.text()).toBe(`netwerk ${at('/?test')}`);
    online = false;
    expect(await (await sw.request(at('/?test'), 'navigate'))!.text()).toBe(`netwerk ${at('/index.html')}`);
    expect(await (await sw.request(at('/'), 'navigate'))!.text()).toBe(`netwerk ${at('/index.html')}`);
  });

  it('does not let slow Wi-Fi or a 5xx hold a navigation hostage', async () => {
    let mode: 'ok' | 'hang' | '503' = 'ok';
    const sw = fakeWorker(serviceWorkerSource({ cacheName: 'koers-new', files, navigationTimeoutMs: 20 }), (r) =>
      mode === 'ok'
        ? serve(`cached ${new URL(r.url).pathname}`)
        : mode === 'hang'
          ? new Promise<Response>(() => {})
          : Promise.resolve(new Response('', { status: 503 })),
    );
    await sw.lifecycle('install');
    mode = 'hang';
    expect(await (await sw.request(at('/'), 'navigate'))!.text()).toBe('cached /index.html');
    mode = '503';
    expect(await (await sw.request(at('/'), 'navigate'))!.text()).toBe('cached /index.html');
  });

  it('offline, prefers the newest complete cache, so the page matches what the player last loaded online', async () => {
    let version = 'v1';
    let online = true;
    const net = (r: Request) => (online ? serve(`${version} ${new URL(r.url).pathname}`) : offline());
    const sw = fakeWorker(serviceWorkerSource({ cacheName: 'koers-v1', files }), net);
    await sw.lifecycle('install');
    // A new build installed next to it (still waiting while a tab uses v1).
    version = 'v2';
    const next = serviceWorkerSource({ cacheName: 'koers-v2', files: ['./index.html', './assets/index-c3.js'] });
    const sw2 = fakeWorker(next, net);
    for (const [name, entries] of sw.store) sw2.store.set(name, entries);
    await sw2.lifecycle('install');
    online = false;
    // The old, still active worker answers: the v2 page, and both versions' assets.
    const v1 = fakeWorker(serviceWorkerSource({ cacheName: 'koers-v1', files }), net);
    for (const [name, entries] of sw2.store) v1.store.set(name, entries);
    expect(await (await v1.request(at('/?test'), 'navigate'))!.text()).toBe('v2 /index.html');
    expect(await (await v1.request(at('/assets/index-c3.js')))!.text()).toBe('v2 /assets/index-c3.js');
    expect(await (await v1.request(at('/assets/session-b2.js')))!.text()).toBe('v1 /assets/session-b2.js');
  });

  it('answers same-origin assets from the cache without the network, and ignores other origins and POSTs', async () => {
    const sw = fakeWorker(serviceWorkerSource({ cacheName: 'koers-new', files }), (r) => serve(r.url));
    await sw.lifecycle('install');
    sw.net.mockClear();
    expect(await (await sw.request(at('/assets/session-b2.js')))!.text()).toBe(at('/assets/session-b2.js'));
    // <script type="module" crossorigin> sends Origin; the server's 'Vary: Origin' must not cause a miss.
    const cors = await sw.request(at('/assets/index-a1.js'), 'cors', 'GET', { Origin: ORIGIN });
    expect(await cors!.text()).toBe(at('/assets/index-a1.js'));
    expect(sw.net).not.toHaveBeenCalled();
    expect(await sw.request('https://fonts.example.org/x.woff2')).toBeUndefined();
    expect(await sw.request(at('/api/resultaat'), 'cors', 'POST')).toBeUndefined();
  });

  it('never calls skipWaiting: an open game keeps its version until its tab closes', () => {
    const code = serviceWorkerSource({ cacheName: 'koers-x', files })
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'));
    expect(code.join('\n')).not.toContain('skipWaiting');
  });
});
