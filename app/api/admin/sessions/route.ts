import { apiRoute } from '@/lib/api/api-route';
import { requireAdmin } from '@/lib/auth/current-user';
import { listAllSessions } from '@/lib/auth/session-list';

/** Every live session (most recently active first) with attribute sizes, never values. 401 signed out, 403 unless admin. */
export const GET = apiRoute(async ({ session }) => {
  requireAdmin(session);
  return listAllSessions(session);
});
