import { apiRoute } from '@/lib/api/api-route';
import { probeTamperedCookie } from '@/lib/labs/cookie-probe';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Hands a copy of this request's session cookie, one character changed, to the cookie reader. */
const handlePost = apiRoute(async ({ session }) => probeTamperedCookie(session.fingerprint));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
