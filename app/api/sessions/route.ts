import { apiRoute } from '@/lib/api/api-route';
import { requireUser } from '@/lib/auth/current-user';
import { listMySessions } from '@/lib/auth/session-list';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** The signed-in user's live sessions; `id` is the fingerprint, as in GET /api/session. 401 when signed out. */
const handleGet = apiRoute(async ({ session }) => {
  const user = requireUser(session);
  return { sessions: await listMySessions(session, user) };
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
