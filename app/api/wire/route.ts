import { apiRoute } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { getWireRecorder, wireRecording } from '@/lib/next-session/wire';

export const dynamic = 'force-dynamic';

/**
 * This session's recent requests as they crossed the wire (see lib/wire/),
 * from the shared store: the same list whichever instance answers. Only the
 * session the cookie names: never another visitor's requests. `recording`
 * is false when the server records nothing (WIRE_RECORDING=off).
 */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: apiRoute(async ({ session }) =>
    wireRecording() ? { recording: true, entries: await getWireRecorder().recent(session.fingerprint) } : { recording: false, entries: [] },
  ),
});
