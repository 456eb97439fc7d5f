export interface RateLimitRule {
  /** Attempts allowed inside one window. */
  limit: number;
  windowMs: number;
}

export type TakeResult = { allowed: true; at: number } | { allowed: false; retryAfterMs: number };

/**
 * A sliding-window log: for each key, the times of the attempts still inside
 * the window. Memory is bounded twice: at most `limit` times per key, and at
 * most `maxKeys` keys (the least recently used key goes first).
 *
 * In memory and per process: with several instances, the same idea belongs in
 * Redis (a sorted set per key) so the instances share one count.
 */
export class SlidingWindowLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    readonly rule: RateLimitRule,
    private readonly options: { maxKeys?: number; now?: () => number } = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** The attempts of `key` still inside the window, oldest first. */
  private live(key: string, now: number): number[] {
    const times = (this.attempts.get(key) ?? []).filter((at) => at > now - this.rule.windowMs);
    if (times.length === 0) this.attempts.delete(key);
    else this.attempts.set(key, times);
    return times;
  }

  /** How long until `key` may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const now = this.now();
    const times = this.live(key, now);
    if (times.length < this.rule.limit) return 0;
    // The window frees a slot when the oldest attempt in it gets old enough.
    return times[times.length - this.rule.limit]! + this.rule.windowMs - now;
  }

  /** Counts one attempt against `key`, unless its budget is spent. */
  take(key: string): TakeResult {
    const retryAfterMs = this.retryAfterMs(key);
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
    const now = this.now();
    const times = this.attempts.get(key) ?? [];
    this.attempts.delete(key); // re-insert: Map order doubles as least-recently-used order
    this.attempts.set(key, [...times, now]);
    this.evictOverflow();
    return { allowed: true, at: now };
  }

  /** Gives back one attempt taken at `at` (a login that turned out to be right). */
  refund(key: string, at: number): void {
    const times = this.attempts.get(key);
    const index = times?.indexOf(at) ?? -1;
    if (!times || index < 0) return;
    times.splice(index, 1);
    if (times.length === 0) this.attempts.delete(key);
  }

  /** Forgets every attempt of `key`. */
  reset(key: string): void {
    this.attempts.delete(key);
  }

  get size(): number {
    return this.attempts.size;
  }

  private evictOverflow(): void {
    const maxKeys = this.options.maxKeys ?? 10_000;
    if (this.attempts.size <= maxKeys) return;
    const now = this.now();
    for (const key of this.attempts.keys()) this.live(key, now);
    for (const key of this.attempts.keys()) {
      if (this.attempts.size <= maxKeys) break;
      this.attempts.delete(key);
    }
  }
}
