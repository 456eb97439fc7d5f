import type { HttpSession } from '../session/http-session';
import { attribute } from '../next-session/attributes';

/**
 * Sudo mode: when this session's user last typed their password (epoch ms).
 * A session attribute, so it lives on the server: a cookie or a request body
 * that claims a time changes nothing. Set at login and at re-authentication.
 */
export const AUTHENTICATED_AT = attribute('authenticatedAt');

export interface Freshness {
  authenticatedAt: number | null;
  /** Until when sensitive actions are allowed without asking again (epoch ms), or null. */
  freshUntil: number | null;
  fresh: boolean;
  windowSeconds: number;
}

export function freshnessOf(session: HttpSession, now: number, windowSeconds: number): Freshness {
  const stored = session.getAttribute(AUTHENTICATED_AT);
  const authenticatedAt = typeof stored === 'number' && Number.isFinite(stored) ? stored : null;
  const freshUntil = authenticatedAt === null ? null : authenticatedAt + windowSeconds * 1000;
  return { authenticatedAt, freshUntil, fresh: freshUntil !== null && now < freshUntil && authenticatedAt! <= now, windowSeconds };
}
