import { describe, expect, it } from 'vitest';
import { expiredKeys, isExpired, ttlMs } from '../../server/expiry';
import { Limiter } from '../../server/rate';
import { MemoryStore } from '../../server/store';

describe('rate limits', () => {
  it('a key spends its capacity at once, then one token per 1/perSecond', () => {
    const l = new Limiter({ capacity: 3, perSecond: 2 });
    expect([0, 0, 0, 0].map((t) => l.allow('a', t))).toEqual([true, true, true, false]);
    expect(l.allow('b', 0)).toBe(true);
    expect(l.allow('a', 400)).toBe(false);
    expect(l.allow('a', 600)).toBe(true);
    expect(l.allow('a', 700)).toBe(false);
  });

  it('forgets keys whose bucket is full again', () => {
    const l = new Limiter({ capacity: 2, perSecond: 1 });
    l.allow('a', 0);
    l.allow('b', 0);
    l.allow('b', 0);
    l.sweep(1000);
    expect(l.size).toBe(1);
    l.sweep(2000);
    expect(l.size).toBe(0);
  });
});

describe('expiry', () => {
  it('reads the time to live in hours, and refuses nonsense with a clear message', () => {
    expect(ttlMs(undefined)).toBe(12 * 3_600_000);
    expect(ttlMs('0.5')).toBe(1_800_000);
    for (const bad of ['0', '-1', 'twaalf']) expect(() => ttlMs(bad)).toThrow(/SESSION_TTL_HOURS/);
  });

  it('a session expires when its last event is the time to live ago', () => {
    expect(isExpired(0, 999, 1000)).toBe(false);
    expect(isExpired(0, 1000, 1000)).toBe(true);
    expect(
      expiredKeys(
        [
          ['a', 0],
          ['b', 500],
        ],
        1200,
        1000,
      ),
    ).toEqual(['a']);
  });

  it('the in-memory store forgets an idle session, and a new write keeps one alive', async () => {
    const store = new MemoryStore(1000);
    await store.append('AAAAAA', 0, { t: 'joined', at: 0, name: 'x', token: 'y' });
    await store.append('CCCCCC', 0, { t: 'joined', at: 0, name: 'x', token: 'y' });
    await store.append('CCCCCC', 1, { t: 'joined', at: 900, name: 'z', token: 'w' });
    store.sweep(1500);
    expect(await store.read('AAAAAA', 0)).toEqual([]);
    expect(await store.read('CCCCCC', 0)).toHaveLength(2);
  });

  it('appends only at the expected position', async () => {
    const store = new MemoryStore(1000);
    const e = { t: 'joined', at: 0, name: 'x', token: 'y' } as const;
    expect(await store.append('AAAAAA', 0, e)).toBe(true);
    expect(await store.append('AAAAAA', 0, e)).toBe(false);
    expect(await store.append('AAAAAA', 2, e)).toBe(false);
    expect(await store.append('AAAAAA', 1, e)).toBe(true);
    expect(await store.read('AAAAAA', 1)).toHaveLength(1);
  });
});
