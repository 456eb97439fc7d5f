import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { raceAdd, raceBodySchema, raceReset } from '@/lib/stateless/stateless-lab';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** `{store: "cookie" | "server"}`: adds one pencil to that store's race cart. */
const handlePost = apiRoute(
  async ({ request, session }) => {
    const { store } = await readJson(request, raceBodySchema);
    return raceAdd(session, store);
  },
  { takesBody: true },
);

/** Empties both race carts. */
const handleDelete = apiRoute(async ({ session }) => raceReset(session));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost, DELETE: handleDelete });
