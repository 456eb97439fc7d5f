import 'server-only';
import { ApiError } from '../api/api-error';
import { readSession } from '../request-session';
import type { HttpSession } from '../session/http-session';
import { findUserById, type PublicUser, type Role } from './accounts';

/**
 * The signed-in user of a session, or null. The role comes from the session's
 * `role` attribute, set at login (the article's table): the ID was rotated
 * when it was set, so it cannot have been planted before.
 */
export function userOf(session: HttpSession | null): PublicUser | null {
  if (!session) return null;
  const account = findUserById(session.getAttribute('userId'));
  const role = session.getAttribute('role');
  if (!account || (role !== 'user' && role !== 'admin')) return null;
  return { ...account, role: role satisfies Role };
}

/** For server components: the signed-in user, or null (also when the store is down: pages still render). */
export async function readCurrentUser(): Promise<{ session: HttpSession | null; user: PublicUser | null }> {
  try {
    const session = await readSession();
    return { session, user: userOf(session) };
  } catch {
    return { session: null, user: null };
  }
}

/** For API routes: the user, or a 401. */
export function requireUser(session: HttpSession): PublicUser {
  const user = userOf(session);
  if (!user) throw new ApiError(401, 'unauthenticated', 'Log in first (POST /api/login).');
  return user;
}

/** For API routes: an admin, or 401 (signed out) / 403 (signed in without the role). */
export function requireAdmin(session: HttpSession): PublicUser {
  const user = requireUser(session);
  if (user.role !== 'admin') throw new ApiError(403, 'forbidden', 'Only admins may do this.');
  return user;
}
