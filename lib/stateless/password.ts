import { createHmac } from 'node:crypto';

/**
 * The stateless demo cookie gets a key of its own, derived from the session
 * secret with a label (HMAC-SHA-256): no second secret to configure, and the
 * two cookies never share a key, so neither seal can be passed off as the other.
 * Only the current secret counts: after a rotation the demo cookie (an hour's
 * life at most) reads as empty, a fresh start rather than an error.
 */
export function statelessPassword(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('session-lab:stateless-demo-cookie').digest('base64url');
}
