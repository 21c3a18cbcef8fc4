/**
 * `npm start`: the game and the live server from one process. Builds the game first when dist/ is
 * missing. PORT (default 8080), HOST (default 0.0.0.0), REDIS_URL (optional: scale out over several
 * processes), SESSION_TTL_HOURS (default 12), KOERS_STATIC=0 (live server only), KOERS_STATS=1 (GET /live/stats, for
 * the load script).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './app';
import { ttlMs } from './expiry';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const serveGame = process.env.KOERS_STATIC !== '0';

if (serveGame && !existsSync(join(dist, 'index.html'))) {
  console.log('dist/ ontbreekt: het spel wordt eerst gebouwd (vite build)…');
  const built = spawnSync('npx', ['vite', 'build', '--configLoader', 'runner', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) {
    console.error('Het bouwen van het spel mislukte; zie de meldingen hierboven.');
    process.exit(1);
  }
}

const running = await startServer({
  port: Number(process.env.PORT ?? 8080),
  host: process.env.HOST ?? '0.0.0.0',
  ...(process.env.REDIS_URL ? { redisUrl: process.env.REDIS_URL } : {}),
  ...(serveGame ? { staticDir: dist } : {}),
  ttl: ttlMs(process.env.SESSION_TTL_HOURS),
  stats: process.env.KOERS_STATS === '1',
});
// Tests and scripts wait for this line (and read the port from it).
console.log(
  `Koers live op poort ${running.port} (${process.env.REDIS_URL ? 'Redis' : 'in het geheugen'}${serveGame ? ', met het spel' : ''})`,
);

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    void running.close().finally(() => process.exit(0));
  });
