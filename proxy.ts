import { NextResponse, type NextRequest } from 'next/server';
import { isCrossSiteOrigin } from '@/lib/http/csrf';
import { withServedBy } from '@/lib/http/instance';
import { PREFETCH_HEADER } from '@/lib/http/prefetch';
import { requestSite } from '@/lib/http/request-site';
import { contentSecurityPolicy, newNonce } from '@/lib/http/security-headers';
import {
  findOrCreateSession,
  findSession,
  NEW_SESSION_HEADER,
  sessionCookieName,
  sessionCookieOptions,
  STORE_DOWN_HEADER,
} from '@/lib/next-session/session-cookie';
import { StoreUnavailableError } from '@/lib/session/store';
import { tooManySessionsPage } from '@/lib/http/too-many-sessions-page';
import { negotiateLanguage } from '@/lib/i18n/languages';
import { TooManySessionsError } from '@/lib/limits/too-many-sessions';

/**
 * Runs before every page (and the server actions posted to them): gives a
 * first-time visitor a session (pages cannot set cookies while they render),
 * records activity so the idle timeout starts again, and sets the page's
 * Content-Security-Policy with a fresh nonce.
 *
 * It does not run for /api: route handlers can set cookies themselves, and
 * `apiRoute` refuses cross-site writes, then finds, creates and touches the
 * session in one step. Running the proxy there too loaded every session twice
 * and cost more than the route (see bench/RESULTS.md). The other security
 * headers, for every path, are in next.config.ts.
 */
export async function proxy(request: NextRequest) {
  // Only this proxy may say a session is new or the store is down; client-sent copies are dropped.
  request.headers.delete(NEW_SESSION_HEADER);
  request.headers.delete(STORE_DOWN_HEADER);
  // Next.js takes the nonce from the request's CSP header and adds it to its own <script> tags.
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === 'development' });
  request.headers.set('Content-Security-Policy', csp);
  // A write from another site's page (a server action is a POST to a page) is
  // refused before any session is made: SameSite=Lax keeps our cookie off it,
  // so going on would answer with a brand-new session cookie that replaces the
  // visitor's (a forced logout any site could trigger). Next would refuse it
  // too, but with a 500.
  if (
    request.method !== 'GET' &&
    request.method !== 'HEAD' &&
    isCrossSiteOrigin(request.headers.get('origin'), requestSite(request.headers))
  ) {
    const refused = new Response('Cross-site request refused: its Origin header is not this site.', {
      status: 403,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
    return finish(refused, csp);
  }
  let sealed: string | null = null;
  try {
    const cookieValue = request.cookies.get(sessionCookieName())?.value;
    // A link prefetch never starts a session. Right after a logout (the cookie
    // is gone) the page prefetches every link in the header at once: each made
    // its own session, five answers raced to set the cookie, and one browser
    // used up SESSION_CREATE_LIMIT in a click. The visit itself makes the session.
    const resolved =
      request.headers.get(PREFETCH_HEADER) === '1'
        ? await findSession(cookieValue, { touch: true })
        : await findOrCreateSession(cookieValue, { touch: true, headers: request.headers });
    sealed = resolved?.sealed ?? null;
    if (resolved && sealed) {
      // Let this same request's page see the new cookie.
      request.cookies.set(sessionCookieName(), sealed);
      if (resolved.session.isNew) request.headers.set(NEW_SESSION_HEADER, '1');
    }
  } catch (error) {
    if (error instanceof TooManySessionsError) {
      const page = tooManySessionsPage(negotiateLanguage(request.headers.get('accept-language')), error.retryAfterSeconds, nonce);
      const refused = new Response(page, {
        status: 429,
        headers: {
          'Content-Type': 'text/html; charset=utf-8',
          'Cache-Control': 'no-store',
          'Retry-After': String(error.retryAfterSeconds),
        },
      });
      return finish(refused, csp);
    }
    // Pages still render and say the store is down; an outage is logged once by the store, not on every page.
    if (error instanceof StoreUnavailableError) request.headers.set(STORE_DOWN_HEADER, '1');
    else console.error('Session could not be loaded while serving a page', error);
  }
  const response = NextResponse.next({ request: { headers: request.headers } });
  if (sealed) response.cookies.set(sessionCookieName(), sealed, sessionCookieOptions());
  return finish(response, csp);
}

function finish<R extends Response>(response: R, csp: string): R {
  response.headers.set('Content-Security-Policy', csp);
  return withServedBy(response);
}

export const config = {
  // Not for the API (see above), static files, or the cross-site lab's "other site" (no session there).
  matcher: ['/((?!api/|other-site|_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|txt)$).*)'],
};
