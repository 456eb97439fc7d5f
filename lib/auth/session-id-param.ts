import { z } from 'zod';
import { ApiError } from '../api/api-error';

/** Session ids in lists and URLs are fingerprints, the same as GET /api/session's `id`. */
export const fingerprintSchema = z.string().regex(/^[0-9a-f]{16}$/, 'A session id is 16 hex characters, as listed.');

/** The `{id}` of /api/sessions/{id}: a fingerprint, or 400 invalid_input. */
export function sessionIdParam(id: string): string {
  const parsed = fingerprintSchema.safeParse(id);
  if (!parsed.success) throw new ApiError(400, 'invalid_input', parsed.error.issues[0]?.message ?? 'Not a session id.');
  return parsed.data;
}
