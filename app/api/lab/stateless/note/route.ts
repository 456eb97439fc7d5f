import { apiRoute } from '@/lib/api/api-route';
import { readJson } from '@/lib/api/read-json';
import { noteBodySchema, removeNote, storeNote } from '@/lib/stateless/stateless-lab';

/** `{bytes}`: stores that much text in our session and tries the stateless cookie. */
export const PUT = apiRoute(async ({ request, session }) => {
  const { bytes } = await readJson(request, noteBodySchema);
  return storeNote(session, bytes);
});

export const DELETE = apiRoute(async ({ session }) => removeNote(session));
