/**
 * Token buckets for rate limits (joining, voting, any message): a key may spend `capacity` at
 * once and gets `perSecond` back. Time comes in as an argument, so tests need no clock.
 */
export interface Rule {
  capacity: number;
  perSecond: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class Limiter {
  private readonly buckets = new Map<string, Bucket>();
  constructor(private readonly rule: Rule) {}

  /** Takes one token for `key` at time `now` (ms); false when the key has none left. */
  allow(key: string, now: number): boolean {
    const { capacity, perSecond } = this.rule;
    const b = this.buckets.get(key);
    const tokens = b ? Math.min(capacity, b.tokens + ((now - b.at) / 1000) * perSecond) : capacity;
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return false;
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return true;
  }

  /** Forgets keys whose bucket has filled up again: they are as good as new. */
  sweep(now: number): void {
    const { capacity, perSecond } = this.rule;
    for (const [key, b] of this.buckets)
      if (b.tokens + ((now - b.at) / 1000) * perSecond >= capacity) this.buckets.delete(key);
  }

  get size(): number {
    return this.buckets.size;
  }
}

/** The server's limits. A venue's phones often share one public address, so per-address limits are wide. */
export const LIMITS = {
  /** Any message from one connection: a game sends a few per decision. */
  message: { capacity: 40, perSecond: 20 },
  /** Joining from one connection, and from one address (a room of 150 phones behind one router). */
  joinPerSocket: { capacity: 5, perSecond: 0.5 },
  joinPerAddress: { capacity: 200, perSecond: 5 },
  /** Votes from one connection: changing one's mind is fine, a flood is not. */
  vote: { capacity: 10, perSecond: 2 },
  /** New sessions from one address. */
  create: { capacity: 10, perSecond: 0.1 },
} satisfies Record<string, Rule>;
