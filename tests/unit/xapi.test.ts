/**
 * xAPI: the statements a played game produces, checked against the xAPI 1.0.3 statement
 * structure by a local record store (tests/unit/xapi-lrs.ts); the queue that survives a store
 * that is down or a browser that is offline, without ever blocking play; launch parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGame } from '../../src/game/game';
import { playToEnd, rand, strategiesFor } from '../../src/game/strategies';
import { readXapiLaunch, type XapiLaunch } from '../../src/platform/launch';
import { Reporter } from '../../src/platform/reporter';
import { XAPI_NOT_SENT, XapiClient, type XapiDeps } from '../../src/platform/xapi-client';
import { EXT } from '../../src/platform/xapi-statements';
import { bundle } from './scenario';
import { startLrs } from './xapi-lrs';

const AUTH = 'Basic a29lcnM6Z2VoZWlt';
const actor = { name: 'Student', mbox: 'mailto:student@example.org' };
let lrs: Awaited<ReturnType<typeof startLrs>>;
beforeAll(async () => {
  lrs = await startLrs(AUTH);
});
afterAll(() => lrs.close());

const launchFor = (endpoint: string): XapiLaunch => ({
  endpoint,
  auth: AUTH,
  actor,
  registration: '6f1c2b1e-4c1a-4d5e-9a7b-0c1d2e3f4a5b',
});
/** Timers the test runs by hand: `later` only queues. */
function deps(over: Partial<XapiDeps> = {}) {
  const timers: (() => void)[] = [];
  const told: string[] = [];
  const mem = new Map<string, string>();
  const d: XapiDeps = {
    fetch: (...a) => fetch(...a),
    storage: { getItem: (k) => mem.get(k) ?? null, setItem: (k, v) => void mem.set(k, v) },
    later: (f) => void timers.push(f),
    tell: (m) => told.push(m),
    ...over,
  };
  return { d, timers, told, mem };
}
let n = 0;
const stamp = () => ({
  id: `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  timestamp: '2026-11-30T10:00:00.000Z',
});
const settle = async (client: XapiClient) => {
  for (let i = 0; i < 50 && client.pending; i++) await client.flush();
};

describe('statements of a played game', () => {
  it('start, one per decision with phase and quarter, reflections, completion with the triad: all valid xAPI 1.0.3', async () => {
    const before = lrs.accepted.length;
    const { d, told } = deps();
    const client = new XapiClient(launchFor(lrs.endpoint), d);
    const reporter = new Reporter({
      scorm: null,
      xapi: {
        client,
        context: {
          actor,
          activity: { id: 'urn:koers:opdracht:test', name: 'Koers' },
          registration: launchFor('').registration,
        },
      },
      score: true,
      keepsGame: false,
      stamp,
    });
    const game = createGame({ bundle, seed: 11 });
    reporter.started(game, false);
    const play = strategiesFor(bundle).random!;
    const r = rand(11);
    while (!game.snapshot().machine.hasTag('debrief')) {
      game.send(play(game, r));
      reporter.progress(game);
    }
    expect(reporter.reflect(['Wat zou u anders doen?', 'Wie miste u?'], ['Eerder met de OR praten.', ''], true)).toBe(
      true,
    );
    await settle(client);
    expect(lrs.refused).toEqual([]);
    expect(told).toEqual([]);
    const got = lrs.accepted.slice(before);
    const decisions = game.snapshot().machine.context.sim.decisions;
    const verbs = got.map((s) => s.verb.id.split('/').pop());
    expect(verbs[0]).toBe('initialized');
    expect(verbs.filter((v) => v === 'answered')).toHaveLength(decisions.length);
    expect(verbs.filter((v) => v === 'completed')).toHaveLength(1);
    expect(verbs.filter((v) => v === 'responded')).toHaveLength(1);
    const first = got.find((s) => s.verb.id.endsWith('answered'))!;
    expect(first.context?.extensions?.[EXT.phase]).toBe(decisions[0]!.phase);
    expect(first.context?.extensions?.[EXT.quarter]).toBe(decisions[0]!.quarter);
    expect(first.object.definition?.name?.['nl-NL']).toBe(decisions[0]!.label);
    const done = got.find((s) => s.verb.id.endsWith('completed'))!;
    expect(done.result?.completion).toBe(true);
    expect(Object.keys(done.result?.extensions?.[EXT.triad] as object)).toEqual([
      'client',
      'medewerker',
      'organisatie',
    ]);
    expect(done.result?.score?.scaled).toBeGreaterThanOrEqual(0);
  });
});

describe('the queue', () => {
  it('a store that is down: play goes on, the student is told once, everything arrives later in order', async () => {
    const before = lrs.accepted.length;
    const { d, timers, told } = deps();
    const client = new XapiClient(launchFor(lrs.endpoint), d);
    const reporter = new Reporter({
      scorm: null,
      xapi: { client, context: { actor, activity: { id: 'urn:koers:opdracht:test', name: 'Koers' } } },
      score: false,
      keepsGame: false,
      stamp,
    });
    lrs.state.down = true;
    const game = playToEnd(createGame({ bundle, seed: 5 }), strategiesFor(bundle)['niets-doen']!, rand(5));
    reporter.started(game, false);
    await settle(client);
    expect(client.pending).toBeGreaterThan(1);
    expect(told).toEqual([XAPI_NOT_SENT]);
    expect(timers.length).toBe(1);
    lrs.state.down = false;
    timers.shift()!();
    await settle(client);
    expect(client.pending).toBe(0);
    const got = lrs.accepted.slice(before);
    expect(got.map((s) => s.verb.id.split('/').pop())).toEqual([
      'initialized',
      ...game.snapshot().machine.context.sim.decisions.map(() => 'answered'),
      'completed',
    ]);
    expect(told).toEqual([XAPI_NOT_SENT]);
  });

  it('offline: the queue is kept in storage, so a closed tab loses nothing; back online it is sent', async () => {
    const before = lrs.accepted.length;
    const offline = deps({ fetch: () => Promise.reject(new TypeError('Failed to fetch')) });
    const gone = new XapiClient(launchFor(lrs.endpoint), offline.d);
    const s = {
      ...stamp(),
      actor,
      verb: { id: 'http://adlnet.gov/expapi/verbs/initialized', display: { 'nl-NL': 'begon aan' } },
    };
    gone.send({
      ...s,
      object: { objectType: 'Activity', id: 'urn:koers:x', definition: {} },
      context: { language: 'nl-NL', extensions: {} },
    } as never);
    await settle(gone);
    expect(gone.pending).toBe(1);
    // The same browser, a new page: the queue is read back and sent once the browser is online.
    const back = new XapiClient(launchFor(lrs.endpoint), { ...offline.d, fetch: (...a) => fetch(...a) });
    expect(back.pending).toBe(1);
    back.online();
    await settle(back);
    expect(back.pending).toBe(0);
    expect(lrs.accepted.slice(before).map((x) => x.id)).toEqual([s.id]);
  });

  it('a statement the store refuses as malformed is dropped and does not block the rest', async () => {
    const before = lrs.accepted.length;
    const { d } = deps();
    const client = new XapiClient(launchFor(lrs.endpoint), d);
    const reporter = new Reporter({
      scorm: null,
      xapi: { client, context: { actor, activity: { id: 'urn:koers:opdracht:test', name: 'Koers' } } },
      score: false,
      keepsGame: false,
      stamp,
    });
    const refusedBefore = lrs.refused.length;
    lrs.state.down = true;
    reporter.started(createGame({ bundle, seed: 3 }), false);
    client.send({ id: 'geen-uuid' } as never);
    reporter.started(createGame({ bundle, seed: 4 }), false);
    await settle(client);
    lrs.state.down = false;
    await client.online();
    await settle(client);
    expect(client.pending).toBe(0);
    // Refused once in the batch, once alone; both starts arrive.
    expect(lrs.refused.length).toBe(refusedBefore + 2);
    expect(lrs.accepted.length).toBe(before + 2);
  });
});

describe('launch parameters', () => {
  const q = (p: Record<string, string>) => `?${new URLSearchParams(p)}`;
  const ok = { endpoint: 'https://lrs.example.org/xapi', auth: AUTH, actor: JSON.stringify(actor) };
  it('read the endpoint, auth, actor, registration and activity id', () => {
    expect(
      readXapiLaunch(
        q({ ...ok, registration: '6f1c2b1e-4c1a-4d5e-9a7b-0c1d2e3f4a5b', activity_id: 'https://example.org/koers' }),
      ),
    ).toEqual({
      endpoint: 'https://lrs.example.org/xapi/',
      auth: AUTH,
      actor,
      registration: '6f1c2b1e-4c1a-4d5e-9a7b-0c1d2e3f4a5b',
      activityId: 'https://example.org/koers',
    });
  });
  it('count as absent when incomplete, malformed or not over https', () => {
    expect(readXapiLaunch('')).toBeNull();
    expect(readXapiLaunch(q({ ...ok, actor: '{kapot' }))).toBeNull();
    expect(readXapiLaunch(q({ ...ok, actor: JSON.stringify({ name: 'zonder IFI' }) }))).toBeNull();
    expect(readXapiLaunch(q({ ...ok, endpoint: 'http://lrs.example.org/xapi' }))).toBeNull();
    expect(readXapiLaunch(q({ ...ok, registration: 'geen-uuid' }))?.registration).toBeUndefined();
  });
});
