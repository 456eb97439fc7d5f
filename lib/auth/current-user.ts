import 'server-only';
import { cache } from 'react';
import { ApiError } from '../api/api-error';
import { readSession } from '../next-session/request-session';
import type { HttpSession } from '../session/http-session';
import { findUserById, type PublicUser, type Role } from './accounts';
import { attribute } from '../next-session/attributes';

/**
 * The signed-in user of a session, or null. The role comes from the session's
 * `role` attribute, set at login (the article's table): the ID was rotated
 * when it was set, so it cannot have been planted before.
 */
export function userOf(session: HttpSession | null): PublicUser | null {
  if (!session) return null;
  const account = findUserById(session.getAttribute(attribute('userId')));
  const role = session.getAttribute(attribute('role'));
  if (!account || (role !== 'user' && role !== 'admin')) return null;
  return { ...account, role: role satisfies Role };
}

/**
 * For server components: the session and its signed-in user, or nulls (also
 * when the store is down: pages still render). Read once per request, however
 * many components ask (the header and the page both do).
 */
export const readCurrentUser = cache(async (): Promise<{ session: HttpSession | null; user: PublicUser | null }> => {
  try {
    const session = await readSession();
    return { session, user: userOf(session) };
  } catch {
    return { session: null, user: null };
  }
});

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
