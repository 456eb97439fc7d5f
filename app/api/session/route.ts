import { apiRoute } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { sessionView } from '@/lib/next-session/session-view';

// Per-session answers, never cached; also spares Next.js from wrapping the request to watch for dynamic use.
export const dynamic = 'force-dynamic';

/** This visitor's session, created if absent. `id` is a fingerprint, never the real ID. */
export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: apiRoute(async ({ session }) => ({ session: sessionView(session) })),
});
