import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { routeMethods } from '@/lib/api/route-methods';
import { changeRole, roleChangeSchema } from '@/lib/auth/reauth';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** `{userId, role}` (admins, with a recent password): grants or removes admin; the user's other sessions end. */
const handlePut = apiRoute(async ({ request, session }) => changeRole(session, await readJson(request, roleChangeSchema)), {
  takesBody: true,
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ PUT: handlePut });
