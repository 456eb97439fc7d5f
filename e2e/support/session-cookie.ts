import type { BrowserContext } from '@playwright/test';
import { SessionCookieCodec } from '../../lib/session/cookie-codec';
import { TEST_SECRET } from './server';

export const SESSION_COOKIE = '__Host-sid';

export async function sessionCookie(context: BrowserContext) {
  return (await context.cookies()).find((cookie) => cookie.name === SESSION_COOKIE);
}

/** Opens the sealed cookie with the test servers' secret, to learn the real ID the page must never show. */
export async function realSessionId(sealed: string): Promise<string> {
  const opened = await new SessionCookieCodec({ current: TEST_SECRET }, 28_800).open(sealed);
  if (!opened) throw new Error('The session cookie did not open with the test secret.');
  return opened.id;
}
