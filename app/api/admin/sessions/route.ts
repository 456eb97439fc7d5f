import { apiRoute } from '@/lib/api/api-route';
import { requireAdmin } from '@/lib/auth/current-user';
import { listAllSessions } from '@/lib/auth/session-list';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Every live session (most recently active first) with attribute sizes, never values. 401 signed out, 403 unless admin. */
const handleGet = apiRoute(async ({ session }) => {
  requireAdmin(session);
  return listAllSessions(session);
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
