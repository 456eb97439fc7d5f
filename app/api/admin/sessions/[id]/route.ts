import { apiRoute } from '@/lib/api/api-route';
import { requireAdmin } from '@/lib/auth/current-user';
import { sessionIdParam } from '@/lib/auth/session-id-param';
import { endAnySession } from '@/lib/auth/session-list';

/** An admin ends any session. 401 signed out, 403 unless admin, 404 unknown_session. */
export const DELETE = apiRoute<{ id: string }>(async ({ session, params }) => {
  requireAdmin(session);
  const id = sessionIdParam(params.id);
  const { current } = await endAnySession(session, id);
  return { ended: { id, current } };
});
