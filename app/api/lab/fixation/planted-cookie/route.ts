import { apiRoute } from '@/lib/api/api-route';
import { probePlantedCookie } from '@/lib/labs/cookie-probe';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Hands a sealed cookie naming an ID this server never issued to the cookie reader. */
const handlePost = apiRoute(async ({ session }) => probePlantedCookie(session.fingerprint));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
