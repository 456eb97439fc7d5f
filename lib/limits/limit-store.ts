/**
 * Where the abuse limits keep their counts: login attempts, session creation
 * and the slots for password hashing. SQLite on one machine (every process on
 * it shares the file), Redis for several instances (every instance shares the
 * server). One contract test suite runs against both, like the session stores.
 *
 * No Next.js here; no eviction either: a count lives exactly as long as its
 * window, so memory is bounded by what clients can do inside one window, and a
 * flood of other keys can never push a live lockout out.
 */

/** At most `limit` hits on `key` inside any `windowMs`. */
export interface WindowRule {
  key: string;
  limit: number;
  windowMs: number;
}

export type TakeResult =
  /** Counted against every rule; `token` names this hit for refund(). */
  | { allowed: true; token: string }
  /** Nothing was counted; the earliest moment every rule has room again. */
  | { allowed: false; retryAfterMs: number };

export interface LimitStore {
  readonly kind: 'sqlite' | 'redis';
  /**
   * One atomic check-and-count: when every rule has room, counts one hit
   * against each; otherwise counts nothing. Parallel callers in any number of
   * processes can never get past a limit together.
   */
  take(rules: WindowRule[], now: number): Promise<TakeResult>;
  /** How long until every rule has room (0: now), counting nothing. */
  wait(rules: WindowRule[], now: number): Promise<number>;
  /** Gives back one hit (a login that turned out to be right). */
  refund(key: string, token: string): Promise<void>;
  /** Forgets every hit on `key`. */
  reset(key: string): Promise<void>;
  /**
   * Takes one of `max` slots shared by every process (the hashing bound), or
   * null when all are held. A slot frees itself after `leaseMs`, so a process
   * that dies holding one cannot shrink the pool for good.
   */
  acquire(pool: string, max: number, leaseMs: number, now: number): Promise<string | null>;
  release(pool: string, token: string): Promise<void>;
  close(): Promise<void>;
}

/** How long until `times` (hits inside the window, any order) leaves room for one more. */
export function retryAfter(times: number[], rule: WindowRule, now: number): number {
  if (times.length < rule.limit) return 0;
  const sorted = [...times].sort((a, b) => a - b);
  // The window frees a slot when the hit `limit` places from the end gets old enough.
  return Math.max(1, sorted[sorted.length - rule.limit]! + rule.windowMs - now);
}
