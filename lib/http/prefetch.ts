import type { IncomingHttpHeaders } from 'node:http';

/**
 * Set by the HTTP guard on a request that is a prefetch (client copies are
 * replaced). Next.js strips its own `Next-Router-Prefetch` header before
 * proxy.ts runs, so the guard, which sees the raw request, passes it on.
 */
export const PREFETCH_HEADER = 'x-session-lab-prefetch';

/** Next's router prefetch (RSC), or a browser's speculative load (`Sec-Purpose: prefetch`). */
export function isPrefetchRequest(headers: IncomingHttpHeaders): boolean {
  const purpose = headers['sec-purpose'];
  return headers['next-router-prefetch'] !== undefined || (typeof purpose === 'string' && purpose.includes('prefetch'));
}
