import { apiRoute } from '@/lib/api/api-route';
import { requireUser } from '@/lib/auth/current-user';
import { listMySessions } from '@/lib/auth/session-list';

/** The signed-in user's live sessions; `id` is the fingerprint, as in GET /api/session. 401 when signed out. */
export const GET = apiRoute(async ({ session }) => {
  const user = requireUser(session);
  return { sessions: await listMySessions(session, user) };
});
