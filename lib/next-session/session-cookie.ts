import 'server-only';
import type { HttpSession } from '../session/http-session';
import { SESSION_CREATE_WINDOW_MS, TooManySessionsError } from '../limits/too-many-sessions';
import { initialAttributes } from './session-defaults';
import { getSessionRuntime } from './runtime';
import { clientAddress } from '../auth/client-address';

/** Set by proxy.ts on the request that created the session (client copies are stripped). */
export const NEW_SESSION_HEADER = 'x-session-lab-new';
/** Set by proxy.ts when the store could not be reached, so a page without a cookie yet still says so. */
export const STORE_DOWN_HEADER = 'x-session-lab-store-down';

export interface ResolvedSession {
  session: HttpSession;
  /** A cookie value to send back (new session, or re-sealed after a secret rotation), else null. */
  sealed: string | null;
}

export interface RequestInfo {
  /**
   * The request's headers, read only when a session is made: its user agent,
   * language and client address (the limit key: each address may start
   * SESSION_CREATE_LIMIT sessions a minute). A found session needs none of them.
   */
  headers: Pick<Headers, 'get'>;
}

/** The cookie's attributes. No Max-Age: it is a browser-session cookie, and the server's timeouts decide. */
export function sessionCookieOptions() {
  const { secureCookies } = getSessionRuntime();
  return { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: secureCookies };
}

export function sessionCookieName(): string {
  return getSessionRuntime().cookieName;
}

/** The live session the cookie names, or null: garbage, forged, unknown or expired cookies all open nothing. */
export async function findSession(
  cookieValue: string | undefined,
  options: { touch: boolean; isNew?: boolean },
): Promise<ResolvedSession | null> {
  const { codec, manager } = getSessionRuntime();
  const opened = codec.openRemembered(cookieValue) ?? (await codec.open(cookieValue));
  if (!opened) return null;
  const session = await manager.load(opened.id, options);
  if (!session) return null;
  return { session, sealed: opened.needsReseal ? await codec.seal(session.id) : null };
}

/**
 * Strict mode: anything but a live session's cookie gets a brand-new session,
 * never the ID the client sent. A client that keeps no cookies gets one per
 * request, so each address may start only so many a minute (429 past it):
 * without that, one client filled the store with 10,050 sessions in 50 s.
 */
export async function findOrCreateSession(
  cookieValue: string | undefined,
  request: RequestInfo & { touch: boolean; isNew?: boolean },
): Promise<ResolvedSession> {
  const found = await findSession(cookieValue, request);
  if (found) return found;
  const { codec, manager, limits, config } = getSessionRuntime();
  const rule = { key: `create:${clientAddress(request.headers)}`, limit: config.sessionCreateLimit, windowMs: SESSION_CREATE_WINDOW_MS };
  const taken = await limits.take([rule], Date.now());
  if (!taken.allowed) throw new TooManySessionsError(Math.ceil(taken.retryAfterMs / 1000));
  const session = await manager.create({
    userAgent: request.headers.get('user-agent') ?? '',
    attributes: initialAttributes(request.headers.get('accept-language')),
  });
  return { session, sealed: await codec.seal(session.id) };
}
