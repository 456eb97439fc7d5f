import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { routeMethods } from '@/lib/api/route-methods';
import { clientAddress } from '@/lib/auth/client-address';
import { reauthBodySchema, reauthenticate, reauthView } from '@/lib/auth/reauth';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** When the password was last typed, and until when sensitive actions are allowed. */
const handleGet = apiRoute(async ({ session }) => reauthView(session));

/** `{password, authenticatedAt}`: confirms the password again; rotates the session ID and the csrfToken. */
const handlePost = apiRoute(
  async ({ request, session }) => {
    const body = await readJson(request, reauthBodySchema);
    const result = await reauthenticate(session, body, { address: clientAddress(request.headers) });
    return { ...(await reauthView(session)), before: result.before, after: result.after };
  },
  { takesBody: true },
);

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet, POST: handlePost });
