/**
 * Sessions expire a while after their last event: a workshop lasts hours, not days, and nothing
 * personal should linger. Redis drops an expired stream by itself (PEXPIRE on every write); the
 * in-memory store and every process's cache use the same rule here.
 */
export const DEFAULT_TTL_HOURS = 12;

/** The time to live from `SESSION_TTL_HOURS` (hours, may be fractional), or the default. */
export function ttlMs(env: string | undefined): number {
  const hours = env === undefined || env === '' ? DEFAULT_TTL_HOURS : Number(env);
  if (!Number.isFinite(hours) || hours <= 0)
    throw new RangeError(`SESSION_TTL_HOURS moet een positief getal zijn, niet "${env}"`);
  return Math.round(hours * 3_600_000);
}

export const isExpired = (lastAt: number, now: number, ttl: number): boolean => now - lastAt >= ttl;

/** The keys of `entries` whose last activity is `ttl` or longer ago. */
export function expiredKeys(entries: Iterable<[string, number]>, now: number, ttl: number): string[] {
  const out: string[] = [];
  for (const [key, lastAt] of entries) if (isExpired(lastAt, now, ttl)) out.push(key);
  return out;
}
