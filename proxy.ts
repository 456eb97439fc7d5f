import { NextResponse, type NextRequest } from 'next/server';
import { findOrCreateSession, NEW_SESSION_HEADER, sessionCookieName, sessionCookieOptions } from '@/lib/session-cookie';

/**
 * Runs before every page (and the server actions posted to them): gives a
 * first-time visitor a session (pages cannot set cookies while they render)
 * and records activity so the idle timeout starts again.
 *
 * It does not run for /api: route handlers can set cookies themselves, and
 * `apiRoute` finds, creates and touches the session in one step. Running the
 * proxy there too loaded every session twice and cost more than the route
 * (see bench/RESULTS.md). Security headers for every path are in next.config.ts.
 */
export async function proxy(request: NextRequest) {
  // Only this proxy may say a session is new; a client-sent copy is dropped.
  request.headers.delete(NEW_SESSION_HEADER);
  let sealed: string | null = null;
  try {
    const resolved = await findOrCreateSession(request.cookies.get(sessionCookieName())?.value, {
      touch: true,
      userAgent: request.headers.get('user-agent'),
      acceptLanguage: request.headers.get('accept-language'),
    });
    sealed = resolved.sealed;
    if (sealed) {
      // Let this same request's pages and routes see the new cookie.
      request.cookies.set(sessionCookieName(), sealed);
      if (resolved.session.isNew) request.headers.set(NEW_SESSION_HEADER, '1');
    }
  } catch (error) {
    // Pages still render and say the store is down.
    console.error('Session store unavailable while serving a page', error);
  }
  const response = NextResponse.next({ request: { headers: request.headers } });
  if (sealed) response.cookies.set(sessionCookieName(), sealed, sessionCookieOptions());
  return response;
}

export const config = {
  // Not for the API (see above), static files or the event stream: watching a
  // session must not keep it alive.
  matcher: ['/((?!api/|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)'],
};
