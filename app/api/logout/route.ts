import { apiRoute } from '@/lib/api/api-route';
import { logout } from '@/lib/auth/login';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/**
 * Deletes the session on the server and clears its cookie. apiRoute already
 * sends `Cache-Control: no-store`.
 *
 * No `Clear-Site-Data: "cookies"` (OWASP suggests it): it would also delete
 * the demo's script-readable lab_* cookies, and that they outlive logout is a
 * lesson here. The session cookie is removed precisely instead (Max-Age=0),
 * and what it pointed to is already gone from the store. "cache" would add
 * nothing either: no signed-in response is ever stored (no-store).
 */
const handlePost = apiRoute(async ({ session }) => {
  await logout(session);
  return { loggedOut: true };
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
