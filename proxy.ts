import { NextResponse, type NextRequest } from 'next/server';
import { errorResponse } from '@/lib/api/api-error';
import { toErrorResponse } from '@/lib/api/api-route';
import { CROSS_SITE_MESSAGE, isCrossSiteOrigin } from '@/lib/csrf';
import { withServedBy } from '@/lib/instance';
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy, newNonce, SECURITY_HEADERS } from '@/lib/security-headers';
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
  // Next answers a dynamic route whose path does not percent-decode with a bare 500; refuse it here instead.
  if (!decodablePath(request.nextUrl.pathname)) {
    return finish(errorResponse(400, 'invalid_input', 'The URL path is not valid percent-encoding.'), API_CONTENT_SECURITY_POLICY);
  }
  // Only this proxy may say a session is new or the store is down; client-sent copies are dropped.
  request.headers.delete(NEW_SESSION_HEADER);
  request.headers.delete(STORE_DOWN_HEADER);
  const isApi = request.nextUrl.pathname.startsWith('/api/');
  // Pages: a fresh nonce per response. Next.js takes it from the request's
  // CSP header and adds it to its own <script> tags while rendering.
  const csp = isApi
    ? API_CONTENT_SECURITY_POLICY
    : contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === 'development' });
  request.headers.set('Content-Security-Policy', csp);
  // A write from another site's page is refused here, before any session is
  // made: SameSite=Lax keeps our cookie off it, so going on would answer with a
  // brand-new session cookie that replaces the visitor's (a forced logout any
  // site could trigger). Pages: server actions are POSTs to pages, and Next
  // would refuse a cross-site one with a 500. API routes check the token too, in apiRoute.
  if (request.method !== 'GET' && request.method !== 'HEAD' && isCrossSiteOrigin(request.headers.get('origin'), request.headers.get('host'))) {
    const refused = isApi
      ? errorResponse(403, 'csrf', CROSS_SITE_MESSAGE)
      : new Response('Cross-site request refused: its Origin header is not this site.', {
          status: 403,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        });
    return finish(refused, csp);
  }
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
    if (isApi) return finish(toErrorResponse(error), csp);
    // An outage is logged once by the store when it starts, not on every page.
    if (error instanceof StoreUnavailableError) request.headers.set(STORE_DOWN_HEADER, '1');
    else console.error('Session could not be loaded while serving a page', error);
  }
  const response = NextResponse.next({ request: { headers: request.headers } });
  if (sealed) response.cookies.set(sessionCookieName(), sealed, sessionCookieOptions());
  return finish(response, csp);
}

function decodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/** Every answer: the security headers, this response's CSP, and which instance served it. */
function finish<R extends Response>(response: R, csp: string): R {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  response.headers.set('Content-Security-Policy', csp);
  return withServedBy(response);
}

export const config = {
  // Not for static files, and not for the health check and the event stream:
  // watching a session must not keep it alive.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|api/health|api/events|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)'],
};
