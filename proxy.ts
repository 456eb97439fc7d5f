import { NextResponse, type NextRequest } from 'next/server';
import { toErrorResponse } from '@/lib/api/api-route';
import { withServedBy } from '@/lib/instance';
import { SECURITY_HEADERS } from '@/lib/security-headers';
import {
  findOrCreateSession,
  NEW_SESSION_HEADER,
  sessionCookieName,
  sessionCookieOptions,
  STORE_DOWN_HEADER,
} from '@/lib/session-cookie';
import { StoreUnavailableError } from '@/lib/session/store';

/**
 * Runs before every page and API route: gives a first-time visitor a session
 * (pages cannot set cookies while they render), records activity so the idle
 * timeout starts again, and adds the security headers.
 */
export async function proxy(request: NextRequest) {
  // Only this proxy may say a session is new or the store is down; client-sent copies are dropped.
  request.headers.delete(NEW_SESSION_HEADER);
  request.headers.delete(STORE_DOWN_HEADER);
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
    // API callers get a clear JSON error; pages still render and say the store is down.
    if (request.nextUrl.pathname.startsWith('/api/')) return withServedBy(withSecurityHeaders(toErrorResponse(error)));
    // An outage is logged once by the store when it starts, not on every page.
    if (error instanceof StoreUnavailableError) request.headers.set(STORE_DOWN_HEADER, '1');
    else console.error('Session could not be loaded while serving a page', error);
  }
  const response = NextResponse.next({ request: { headers: request.headers } });
  if (sealed) response.cookies.set(sessionCookieName(), sealed, sessionCookieOptions());
  return withServedBy(withSecurityHeaders(response));
}

function withSecurityHeaders<R extends Response>(response: R): R {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Not for static files, and not for the health check and the event stream:
  // watching a session must not keep it alive.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/health|api/events|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)'],
};
