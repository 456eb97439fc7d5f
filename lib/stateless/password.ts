import { createHmac } from 'node:crypto';
import type { SessionSecrets } from '../session/cookie-codec';

/**
 * The stateless demo cookie gets a key of its own, derived from the session
 * secret with a label (HMAC-SHA-256): no second secret to configure, and the
 * two cookies never share a key, so neither seal can be passed off as the other.
 */
export function statelessPassword(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('session-lab:stateless-demo-cookie').digest('base64url');
}

/** iron-session seals with the highest key and opens with any: the previous secret keeps old cookies readable. */
export function statelessPasswords(secrets: SessionSecrets): string | Record<string, string> {
  if (!secrets.previous) return statelessPassword(secrets.current);
  return { 1: statelessPassword(secrets.previous), 2: statelessPassword(secrets.current) };
}
