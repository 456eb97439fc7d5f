import 'server-only';
import { z } from 'zod';
import { ApiError } from '../api/api-error';
import { rotateSession } from '../next-session/request-session';
import { getSessionRuntime } from '../next-session/runtime';
import type { HttpSession } from '../session/http-session';
import { newCsrfToken } from '../session/session-id';
import { findUserById, passwordHashOf, type PublicUser, type Role } from './accounts';
import { audit } from './audit';
import { requireAdmin, requireUser, userOf } from './current-user';
import { AUTHENTICATED_AT, freshnessOf, type Freshness } from './freshness';
import { HashBusyError } from './hash-gate';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { setGrantedRole } from './role-grants';
import { attribute } from '../next-session/attributes';
import { secondsInEnglish } from '../i18n/plural';

/*
 * Sudo mode (the Copenhagen Book; Django's and Rails' "confirm your
 * password"): a live session is not enough for a sensitive action, the
 * password must have been typed within the last few minutes. The one place
 * for these rules; the lab's API routes and the admin list call them.
 */

/** The demo "change my password": kept in this session only, never in the account list. */
const DEMO_PASSWORD_HASH = attribute('demoPasswordHash');

export const PASSWORD_MAX = 128;

export const reauthBodySchema = z
  .object({
    password: z.string({ error: 'password must be a string' }).min(1, 'password is required').max(PASSWORD_MAX),
    /** The authenticatedAt the form was shown for: once used, a copy of the same form is refused. */
    authenticatedAt: z.number({ error: 'authenticatedAt must be a number' }).int().nonnegative().nullable(),
  })
  .strict();

export const newPasswordSchema = z
  .object({ password: z.string({ error: 'password must be a string' }).min(8, 'password must be at least 8 characters').max(PASSWORD_MAX) })
  .strict();

export const roleChangeSchema = z.object({ userId: z.enum(['alice', 'admin']), role: z.enum(['user', 'admin']) }).strict();

const now = () => getSessionRuntime().manager.now();

export interface ReauthView {
  user: PublicUser | null;
  fingerprint: string;
  freshness: Freshness;
  /** The server's clock when it answered, so the page's countdown does not trust the visitor's clock. */
  serverNow: number;
  /** Live sessions of this user, this one included. */
  mySessions: number;
  demoPasswordSet: boolean;
}

export async function reauthView(session: HttpSession): Promise<ReauthView> {
  const user = userOf(session);
  return {
    user,
    fingerprint: session.fingerprint,
    freshness: freshness(session),
    serverNow: now(),
    mySessions: user ? (await getSessionRuntime().manager.listByUser(user.id)).length : 0,
    demoPasswordSet: typeof session.getAttribute(DEMO_PASSWORD_HASH) === 'string',
  };
}

export function freshness(session: HttpSession): Freshness {
  return freshnessOf(session, now(), getSessionRuntime().config.reauthWindow);
}

/** For every sensitive action: a signed-in user who typed the password recently, or 401 / 403 reauth_required. */
export function requireFreshLogin(session: HttpSession): PublicUser {
  const user = requireUser(session);
  if (!freshness(session).fresh) {
    throw new ApiError(
      403,
      'reauth_required',
      `This needs your password from the last ${Math.round(getSessionRuntime().config.reauthWindow / 60) || 1} minutes. Enter it again (POST /api/lab/reauth), then retry. Nothing was changed.`,
    );
  }
  return user;
}

/**
 * Confirms the password again: a new authenticatedAt, and (as at login) a new
 * session ID and CSRF token. `authenticatedAt` must be the value the form was
 * shown for, so a replayed copy of a form already used changes nothing.
 * Wrong guesses count against the login throttle.
 */
export async function reauthenticate(
  session: HttpSession,
  body: z.infer<typeof reauthBodySchema>,
  client: { address: string },
): Promise<{ freshness: Freshness; before: string; after: string }> {
  const user = requireUser(session);
  if (body.authenticatedAt !== freshness(session).authenticatedAt) {
    throw new ApiError(409, 'reauth_replayed', 'This form was already used (or is out of date): load the page again. Nothing was changed.');
  }
  const { limits, hashGate } = getSessionRuntime();
  const permit = await new LoginThrottle(limits).begin({ username: user.id, address: client.address, device: null });
  if (!permit.allowed) {
    const seconds = Math.ceil(permit.retryAfterMs / 1000);
    throw new ApiError(429, 'too_many_attempts', `Too many wrong passwords. Try again in ${secondsInEnglish(seconds)}.`, {
      'Retry-After': String(seconds),
    });
  }
  const demoHash = session.getAttribute(DEMO_PASSWORD_HASH);
  let ok: boolean;
  try {
    // The same bound on hashing work as a login: each check takes 128 MiB.
    ok = await hashGate.run(() => verifyPassword(body.password, typeof demoHash === 'string' ? demoHash : passwordHashOf(user.id)), {
      trusted: false,
    });
  } catch (error) {
    if (!(error instanceof HashBusyError)) throw error;
    await permit.cancelled();
    throw new ApiError(503, 'busy', 'The server is checking too many passwords right now. Try again in a moment.', {
      'Retry-After': String(error.retryAfterSeconds),
    });
  }
  if (!ok) {
    audit('reauth_failed', { user: user.id, address: client.address });
    throw new ApiError(401, 'invalid_credentials', 'That is not your password. Nothing was changed.');
  }
  await permit.succeeded();
  const before = session.fingerprint;
  // New ID, new CSRF token and the freshness in one store write.
  await rotateSession(session, { csrfToken: newCsrfToken(), [AUTHENTICATED_AT]: now() });
  audit('reauth', { user: user.id, session: session.fingerprint });
  return { freshness: freshness(session), before, after: session.fingerprint };
}

/**
 * "Sign out everywhere else": every other session of this user ends, and this
 * one gets a new ID (whoever copied its cookie is out too).
 */
export async function endOtherSessions(session: HttpSession): Promise<{ ended: number; before: string; after: string }> {
  const user = requireFreshLogin(session);
  const { manager } = getSessionRuntime();
  const others = (await manager.listByUser(user.id)).filter((other) => other.key !== session.key);
  for (const other of others) await other.invalidate();
  const before = session.fingerprint;
  await rotateSession(session);
  audit('sessions_ended_elsewhere', { user: user.id, ended: others.length, session: session.fingerprint });
  return { ended: others.length, before, after: session.fingerprint };
}

/**
 * The demo "change my password": the new hash is kept in this session only
 * (the demo accounts stay as they are for everyone else), and the ID rotates,
 * as Django's update_session_auth_hash keeps the current login with a fresh
 * key. A real app would also end the user's other sessions here.
 */
export async function changeDemoPassword(session: HttpSession, password: string): Promise<{ before: string; after: string }> {
  const user = requireFreshLogin(session);
  const hash = await hashPassword(password);
  const before = session.fingerprint;
  await rotateSession(session);
  await session.setAttribute(DEMO_PASSWORD_HASH, hash);
  audit('demo_password_changed', { user: user.id, session: session.fingerprint });
  return { before, after: session.fingerprint };
}

/**
 * An admin grants or removes `admin`. OWASP: a privilege change needs a new
 * session ID. Only the browser making this request can be handed a new
 * cookie, so the user's other sessions are ended (their next login gets a new
 * ID and the new role); the admin's own session, if it is the user's, is
 * rotated and keeps going.
 */
export async function changeRole(
  session: HttpSession,
  change: z.infer<typeof roleChangeSchema>,
): Promise<{ user: PublicUser; ended: number; rotated: boolean }> {
  const admin = requireAdmin(session);
  requireFreshLogin(session);
  const account = findUserById(change.userId);
  if (!account) throw new ApiError(404, 'unknown_user', 'No such user.');
  const { manager, roles } = getSessionRuntime();
  await setGrantedRole(roles, account.id, change.role as Role, account.role);
  const theirs = (await manager.listByUser(account.id)).filter((other) => other.key !== session.key);
  for (const other of theirs) await other.invalidate();
  const rotated = account.id === admin.id;
  if (rotated) {
    await rotateSession(session);
    await session.setAttribute(attribute('role'), change.role);
  }
  audit('role_changed', { by: admin.id, user: account.id, role: change.role, ended: theirs.length });
  return { user: { ...account, role: change.role }, ended: theirs.length, rotated };
}
