import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { measureCookieHeader, type CookieHeaderWeight, type CookieWeight } from '../sizes/cookie-header';
import type { NextRequest } from 'next/server';
import type { HttpSession } from '../session/http-session';
import type { Attributes } from '../session/types';
import {
  findOrCreateSession,
  findSession,
  NEW_SESSION_HEADER,
  sessionCookieName,
  sessionCookieOptions,
  STORE_DOWN_HEADER,
} from './session-cookie';
import { StoreUnavailableError } from '../session/store';
import { getSessionRuntime } from './runtime';

/*
 * The only place that joins the session engine to Next's cookies(). Cookies
 * can be written in route handlers and server actions only, so the writing
 * helpers below must not be called while a server component renders.
 */

/** For server actions (pages' paths, where proxy.ts ran first): this request's session, created if needed. */
export async function getSession(): Promise<HttpSession> {
  const [jar, headerList] = await Promise.all([cookies(), headers()]);
  // proxy.ts has just recorded this request's activity, so the touch here writes nothing.
  const { session, sealed } = await findOrCreateSession(jar.get(sessionCookieName())?.value, {
    touch: true,
    isNew: headerList.get(NEW_SESSION_HEADER) === '1',
    headers: headerList,
  });
  if (sealed) jar.set(sessionCookieName(), sealed, sessionCookieOptions());
  return session;
}

/**
 * For route handlers under /api, which proxy.ts skips (running it costs more
 * than the handler itself): finds or creates the session, records activity and
 * sets the cookie here. No proxy stripped the new-session header, so it is
 * ignored. The cookie is read from the request itself: Next's cookies() and
 * headers() cost more per request than the store; they are used only to write.
 */
export async function getApiSession(request: NextRequest): Promise<HttpSession> {
  const { session, sealed } = await findOrCreateSession(request.cookies.get(sessionCookieName())?.value, {
    touch: true,
    headers: request.headers,
  });
  if (sealed) (await cookies()).set(sessionCookieName(), sealed, sessionCookieOptions());
  return session;
}

/**
 * For server components: reads the session proxy.ts prepared; writes nothing.
 * Once per render, however many components ask (the layout, the header and
 * the page all do; a server action's own calls are not cached).
 */
export const readSession = cache(async (): Promise<HttpSession | null> => {
  const [jar, headerList] = await Promise.all([cookies(), headers()]);
  // The proxy could not reach the store: say so, rather than "no session".
  if (headerList.get(STORE_DOWN_HEADER) === '1')
    throw new StoreUnavailableError('The session store could not be reached for this request.');
  const found = await findSession(jar.get(sessionCookieName())?.value, {
    touch: false,
    isNew: headerList.get(NEW_SESSION_HEADER) === '1',
  });
  return found?.session ?? null;
});

/** New ID for the same session (login, role change), and the cookie that carries it; `attributes` are set in the same write. */
export async function rotateSession(session: HttpSession, attributes?: Attributes): Promise<void> {
  await session.regenerate(attributes);
  const jar = await cookies();
  jar.set(sessionCookieName(), await getSessionRuntime().codec.seal(session.id), sessionCookieOptions());
}

/** Deletes the session on the server and tells the browser to drop the cookie. */
export async function endSession(session: HttpSession): Promise<void> {
  await session.invalidate();
  const jar = await cookies();
  // Same attributes as when set: a __Host- cookie is only replaced by a Secure, Path=/ one.
  jar.set(sessionCookieName(), '', { ...sessionCookieOptions(), maxAge: 0 });
}

/** Sizes, never values, of the cookies this request carried: what every request weighs. */
export async function requestCookieWeight(): Promise<CookieHeaderWeight & { sessionCookie: CookieWeight | null; measuredAt: number }> {
  const weight = measureCookieHeader((await headers()).get('cookie'));
  return {
    ...weight,
    sessionCookie: weight.cookies.find((cookie) => cookie.name === sessionCookieName()) ?? null,
    measuredAt: Date.now(),
  };
}

/**
 * For pages: the session (or null), and whether the store was down, in which
 * case the page still renders and shows its StoreDownNotice.
 */
export async function readPageSession(): Promise<{ session: HttpSession | null; storeDown: boolean }> {
  try {
    return { session: await readSession(), storeDown: false };
  } catch (error) {
    if (error instanceof StoreUnavailableError) return { session: null, storeDown: true };
    throw error;
  }
}
