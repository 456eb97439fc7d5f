import { apiRoute } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { getWireRecorder } from '@/lib/next-session/wire';

export const dynamic = 'force-dynamic';

/**
 * This session's recent requests as they crossed the wire (see lib/wire/).
 * Only the session the cookie names: never another visitor's requests.
 */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: apiRoute(async ({ session }) => ({ entries: getWireRecorder().recent(session.fingerprint) })),
});
