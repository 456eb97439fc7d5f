import { apiRoute } from '@/lib/api/api-route';
import { requireAdmin } from '@/lib/auth/current-user';
import { sessionIdParam } from '@/lib/auth/session-id-param';
import { endAnySession } from '@/lib/auth/session-list';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** An admin ends any session. 401 signed out, 403 unless admin, 404 unknown_session. */
const handleDelete = apiRoute<{ id: string }>(async ({ session, params }) => {
  requireAdmin(session);
  const id = sessionIdParam(params.id);
  const { current } = await endAnySession(session, id);
  return { ended: { id, current } };
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ DELETE: handleDelete });
