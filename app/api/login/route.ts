import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { apiWords, loginRefusal, passwordCheckTiming } from '@/lib/auth/api-errors';
import { clientAddress } from '@/lib/auth/client-address';
import { credentialsSchema } from '@/lib/auth/credentials';
import { login } from '@/lib/auth/login';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

const schema = credentialsSchema(apiWords);

/**
 * `{username, password}` → `{user}`. Rotates the session ID and issues a new
 * csrfToken: read it again from GET /api/session before the next write.
 * Says in Server-Timing how long the password check took.
 */
const handlePost = apiRoute(
  async ({ request, session }) => {
    const credentials = await readJson(request, schema);
    const result = await login(session, credentials, { address: clientAddress(request.headers) });
    if (!result.ok) throw loginRefusal(result);
    return Response.json({ user: result.user }, { headers: passwordCheckTiming(result.passwordCheckMs) });
  },
  { takesBody: true },
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
