/**
 * `npm run load`: many simulated teams in many team-game sessions across two live-server processes
 * and Redis, all on this machine (127.0.0.1 only). Each team plays a whole game: one progress
 * message per event, an interim and a final result; each session's facilitator sits on the other
 * process than half its teams. Reports the time from a team's message to its facilitator's screen
 * (p50/p95), server memory per session, result verifications per second, and whether anything was
 * lost. Bounded: it stops by itself, at the latest after --max-minutes.
 *
 * Options: --rooms 30 --teams 10 --length volledig --think 250 (ms between a team's messages)
 * --max-minutes 10.
 */
import { parseArgs } from 'node:util';
import { loadScenarioById } from '../../src/content/from-disk';
import type { ServerMessage } from '../../src/live/protocol';
import { type Client, connect, redisClient, type ServerHandle, startRedis, startServer } from './cluster';
import { type Step, teamSteps } from './games';

const { values: args } = parseArgs({
  options: {
    rooms: { type: 'string', default: '30' },
    teams: { type: 'string', default: '10' },
    length: { type: 'string', default: 'volledig' },
    think: { type: 'string', default: '250' },
    'max-minutes': { type: 'string', default: '10' },
  },
});
const ROOMS = Number(args.rooms);
const TEAMS = Number(args.teams);
const THINK = Number(args.think);
const deadline = Date.now() + Number(args['max-minutes']) * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

interface Stats {
  rooms: number;
  heapUsed: number;
  rss: number;
  verified: number;
  verifyMs: number;
  handled: number;
}
const stats = async (s: ServerHandle): Promise<Stats> => (await fetch(`${s.url}/live/stats`)).json() as Promise<Stats>;

/** Sends and retries while the server says "rate-limited" (as a browser would), until the deadline. */
async function ask(c: Client, msg: Record<string, unknown>): Promise<ServerMessage> {
  for (;;) {
    const r = await c.ask(msg);
    if (r.type !== 'error' || r.code !== 'rate-limited' || Date.now() > deadline) return r;
    await sleep(500);
  }
}

console.log(`Spellen voorbereiden: ${ROOMS} sessies × ${TEAMS} teams, lengte ${args.length}…`);
const bundle = loadScenarioById('het-baken');
const t0 = performance.now();
const games: Step[][][] = Array.from({ length: ROOMS }, (_, r) =>
  Array.from({ length: TEAMS }, (_, t) => teamSteps(bundle, 200_000 + r, args.length, r * 1000 + t)),
);
const events = games.flat().map((g) => g.filter((s) => s.kind === 'progress').length);
console.log(
  `  ${games.flat().length} spellen, ${Math.min(...events)}–${Math.max(...events)} gebeurtenissen per spel (${((performance.now() - t0) / 1000).toFixed(0)} s)`,
);

const redis = await startRedis();
const env = { REDIS_URL: redis.url, KOERS_STATS: '1' };
const servers = await Promise.all([startServer(env, ['--expose-gc']), startServer(env, ['--expose-gc'])]);
const rc = await redisClient(redis.url);
const redisBefore = Number((await rc.info('memory')).match(/used_memory:(\d+)/)?.[1]);
const before = await Promise.all(servers.map(stats));
const server = (i: number) => servers[i % 2] as ServerHandle;

/** When each progress message was sent, by `code/seat/events`; the facilitator's screen takes it out. */
const sent = new Map<string, number>();
const latencies: number[] = [];
const resultLatencies: number[] = [];
const clients: Client[] = [];
const refused = new Map<string, number>();

const started = performance.now();
const sessions = await Promise.all(
  games.map(async (teams, r) => {
    const f = connect(server(r).url);
    clients.push(f);
    const made = await ask(f, { type: 'create', kind: 'team', length: args.length, seed: 200_000 + r });
    if (made.type !== 'created') throw new Error(`sessie niet gemaakt: ${JSON.stringify(made)}`);
    const { code, secret } = made;
    f.socket.on('live', (m: ServerMessage) => {
      if (m.type !== 'team') return;
      const now = performance.now();
      const seen = (key: string, into: number[]) => {
        const at = sent.get(key);
        if (at === undefined) return;
        into.push(now - at);
        sent.delete(key);
      };
      if (m.team.progress) seen(`${code}/${m.team.seat}/${m.team.progress.events}`, latencies);
      if (m.team.result) seen(`${code}/${m.team.seat}/r${m.team.result.events}`, resultLatencies);
    });
    return { code, secret, teams };
  }),
);

await Promise.all(
  sessions.flatMap(({ code, teams }, r) =>
    teams.map(async (steps, t) => {
      await sleep((r * TEAMS + t) * 20);
      // Half of a session's teams are on its facilitator's process, half on the other.
      const p = connect(server(r + t).url);
      clients.push(p);
      const seat = await ask(p, { type: 'join', code, name: `Team ${t + 1}` });
      if (seat.type !== 'seat') throw new Error(`niet binnengekomen: ${JSON.stringify(seat)}`);
      for (const step of steps) {
        if (Date.now() > deadline) return;
        const at = performance.now();
        const msg =
          step.kind === 'progress'
            ? { type: 'progress', code, token: seat.token, ...step.progress }
            : { type: 'result', code, token: seat.token, resultCode: step.resultCode, final: step === steps.at(-1) };
        sent.set(`${code}/${seat.seat}/${step.kind === 'progress' ? step.progress.events : `r${step.events}`}`, at);
        const answer = await ask(p, msg);
        if (answer.type === 'error') refused.set(answer.code, (refused.get(answer.code) ?? 0) + 1);
        await sleep(THINK);
      }
    }),
  ),
);
const playSeconds = (performance.now() - started) / 1000;
await sleep(1000);

// Nothing lost: every session, read back through a fresh facilitator screen on the other
// process, has every team at its last event with a verified final result.
let lost = 0;
for (const [r, { code, secret, teams }] of sessions.entries()) {
  const check = connect(server(r + 1).url);
  clients.push(check);
  await ask(check, { type: 'facilitate', code, secret });
  const { session } = await check.waitFor(
    (m): m is Extract<ServerMessage, { type: 'session' }> => m.type === 'session',
  );
  for (const [t, steps] of teams.entries()) {
    const want = steps.filter((s) => s.kind === 'progress').length;
    const row = session.teams.find((x) => x.name === `Team ${t + 1}`);
    if (!(row?.progress?.events === want && row.result?.events === want && row.result.final)) lost++;
  }
  check.close();
}

/** Progress the facilitator's screen never showed (sessions/seat/events): a later row makes up for it, but it is late. */
const unseen = [...sent.keys()].filter((k) => !k.includes('/r'));
const after = await Promise.all(servers.map(stats));
const redisAfter = Number((await rc.info('memory')).match(/used_memory:(\d+)/)?.[1]);
const verified = after.reduce((a, s) => a + s.verified, 0);
const verifyMs = after.reduce((a, s) => a + s.verifyMs, 0);
const handled = after.reduce((a, s) => a + s.handled, 0);
const heapPerRoom = after.map((s, i) => (s.heapUsed - (before[i] as Stats).heapUsed) / Math.max(1, s.rooms));

console.log(`
## Belasting: ${ROOMS} sessies × ${TEAMS} teams = ${ROOMS * TEAMS} deelnemers, 2 processen + Redis

| wat | waarde |
| --- | --- |
| berichten beantwoord (met herhaalde aanmeldingen na "even rustig aan") | ${handled} in ${playSeconds.toFixed(0)} s (${(handled / playSeconds).toFixed(0)}/s) |
| actie → scherm begeleider (voortgang), p50 / p95 | ${pct(latencies, 50).toFixed(0)} ms / ${pct(latencies, 95).toFixed(0)} ms (n = ${latencies.length}) |
| resultaat → scherm begeleider (met controle), p50 / p95 | ${pct(resultLatencies, 50).toFixed(0)} ms / ${pct(resultLatencies, 95).toFixed(0)} ms (n = ${resultLatencies.length}) |
| resultaatcontroles (opnieuw afspelen) | ${verified}, ${(verified / (verifyMs / 1000)).toFixed(1)} per rekenseconde (${(verifyMs / Math.max(1, verified)).toFixed(0)} ms elk) |
| geheugen per sessie, server (heap na GC) | ${heapPerRoom.map((b) => `${(b / 1024).toFixed(0)} KB`).join(' / ')} (rss ${after.map((s) => mb(s.rss)).join(' / ')} MB) |
| geheugen per sessie, Redis | ${((redisAfter - redisBefore) / ROOMS / 1024).toFixed(0)} KB |
| geweigerd | ${[...refused].map(([k, n]) => `${n} × ${k}`).join(', ') || 'niets'} |
| kwijt (team niet op laatste stand met eindresultaat) | ${lost} van ${ROOMS * TEAMS} |
| voortgang nooit op het scherm van de begeleider | ${unseen.length}${unseen.length ? ` (bijv. ${unseen.slice(0, 5).join(', ')})` : ''} |
`);

for (const c of clients) c.close();
await rc.quit();
await Promise.all(servers.map((s) => s.stop()));
await redis.stop();
process.exit(lost || refused.size ? 1 : 0);
