import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limiter';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('SlidingWindowLimiter', () => {
  it('allows `limit` attempts per window, then says how long to wait', () => {
    const time = clock();
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000 }, { now: time.now });
    expect(limiter.take('k').allowed).toBe(true);
    time.advance(10_000);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k')).toEqual({ allowed: false, retryAfterMs: 50_000 });
    // The refusal itself is not counted: waiting out the first attempt frees one slot.
    time.advance(50_000);
    expect(limiter.retryAfterMs('k')).toBe(0);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
  });

  it('the window slides: the oldest attempt leaves it first', () => {
    const time = clock();
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000 }, { now: time.now });
    limiter.take('k');
    time.advance(600);
    limiter.take('k');
    expect(limiter.retryAfterMs('k')).toBe(400);
    time.advance(400);
    expect(limiter.retryAfterMs('k')).toBe(0);
    limiter.take('k');
    expect(limiter.retryAfterMs('k')).toBe(600);
  });

  it('keys are independent', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000 });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('refund gives back exactly one attempt, reset forgets all', () => {
    const time = clock();
    const limiter = new SlidingWindowLimiter({ limit: 2, windowMs: 1000 }, { now: time.now });
    const first = limiter.take('k');
    time.advance(1);
    limiter.take('k');
    expect(limiter.retryAfterMs('k')).toBeGreaterThan(0);
    if (first.allowed) limiter.refund('k', first.at);
    expect(limiter.retryAfterMs('k')).toBe(0);
    expect(limiter.take('k').allowed).toBe(true);
    expect(limiter.take('k').allowed).toBe(false);
    limiter.reset('k');
    expect(limiter.take('k').allowed).toBe(true);
  });

  it('memory stays bounded: expired keys go first, then the least recently used', () => {
    const time = clock();
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 1000 }, { now: time.now, maxKeys: 3 });
    limiter.take('old');
    time.advance(2000);
    for (const key of ['a', 'b', 'c']) limiter.take(key);
    expect(limiter.size).toBe(3); // 'old' had expired and was dropped
    limiter.take('d');
    expect(limiter.size).toBe(3);
    expect(limiter.take('a').allowed).toBe(true); // 'a' was the least recently used: forgotten
    expect(limiter.take('d').allowed).toBe(false);
  });
});
