import { apiRoute } from '@/lib/api/api-route';
import { requireUser } from '@/lib/auth/current-user';
import { sessionIdParam } from '@/lib/auth/session-id-param';
import { revokeMySession } from '@/lib/auth/session-list';

/** Ends one of the signed-in user's sessions; ending the current one logs out. 404 unknown_session otherwise. */
export const DELETE = apiRoute<{ id: string }>(async ({ session, params }) => {
  const user = requireUser(session);
  const id = sessionIdParam(params.id);
  const { current } = await revokeMySession(session, user, id);
  return { ended: { id, current } };
});
