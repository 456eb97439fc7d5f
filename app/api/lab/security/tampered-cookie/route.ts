import { apiRoute } from '@/lib/api/api-route';
import { probeTamperedCookie } from '@/lib/cookie-probe';

/** Hands a copy of this request's session cookie, one character changed, to the cookie reader. */
export const POST = apiRoute(async ({ session }) => probeTamperedCookie(session.fingerprint));
