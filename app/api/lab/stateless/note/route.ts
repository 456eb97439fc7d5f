import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { noteBodySchema, removeNote, storeNote } from '@/lib/stateless/stateless-lab';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** `{bytes}`: stores that much text in our session and tries the stateless cookie. */
const handlePut = apiRoute(
  async ({ request, session }) => {
    const { bytes } = await readJson(request, noteBodySchema);
    return storeNote(session, bytes);
  },
  { takesBody: true },
);

const handleDelete = apiRoute(async ({ session }) => removeNote(session));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ PUT: handlePut, DELETE: handleDelete });
