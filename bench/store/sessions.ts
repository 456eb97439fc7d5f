import { createHash } from 'node:crypto';
import { sessionKey } from '../../lib/session/session-id';
import type { SessionRecord } from '../../lib/session/types';

/**
 * The n-th benchmark session's ID: 43 base64url characters like a real one
 * (256 bits), but reproducible, so a measuring process can pick random
 * existing sessions without reading them all first.
 */
export function sessionId(n: number, prefix = 'live'): string {
  return createHash('sha256').update(`session-lab-bench-${prefix}-${n}`).digest('base64url');
}

/** The store key of the n-th benchmark session (what the store is asked for: the hash of its ID). */
export function benchKey(n: number, prefix = 'live'): string {
  return sessionKey(sessionId(n, prefix));
}

/** A session shaped like the app's: a cart, a language, a CSRF token, a browser's user agent. */
export function benchRecord(id: string, lastAccessedAt: number, maxInactiveInterval = 1800): SessionRecord {
  return {
    key: sessionKey(id),
    createdAt: lastAccessedAt,
    lastAccessedAt,
    maxInactiveInterval,
    absoluteExpiresAt: lastAccessedAt + 28_800_000,
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36',
    attributes: {
      cart: [
        { productId: 'green-tea', quantity: 2 },
        { productId: 'notebook', quantity: 1 },
      ],
      language: 'en',
      csrfToken: id.slice(0, 43),
    },
  };
}

/** A small, fast, seeded random number generator (mulberry32): the same run picks the same sessions. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
