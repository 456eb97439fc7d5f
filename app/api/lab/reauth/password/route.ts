import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { routeMethods } from '@/lib/api/route-methods';
import { changeDemoPassword, newPasswordSchema } from '@/lib/auth/reauth';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** `{password}`: the demo "change my password" (needs a recent password; kept in this session only). */
const handlePut = apiRoute(
  async ({ request, session }) => changeDemoPassword(session, (await readJson(request, newPasswordSchema)).password),
  { takesBody: true },
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ PUT: handlePut });
