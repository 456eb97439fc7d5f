import { apiRoute } from '@/lib/api/api-route';
import { requireUser } from '@/lib/auth/current-user';
import { sessionIdParam } from '@/lib/auth/session-id-param';
import { revokeMySession } from '@/lib/auth/session-list';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Ends one of the signed-in user's sessions; ending the current one logs out. 404 unknown_session otherwise. */
const handleDelete = apiRoute<{ id: string }>(async ({ session, params }) => {
  const user = requireUser(session);
  const id = sessionIdParam(params.id);
  const { current } = await revokeMySession(session, user, id);
  return { ended: { id, current } };
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ DELETE: handleDelete });
