import 'server-only';
import { endSession, rotateSession } from '../next-session/request-session';
import type { HttpSession } from '../session/http-session';
import { newCsrfToken } from '../session/session-id';
import { audit } from './audit';
import { AUTHENTICATED_AT } from './freshness';
import { checkCredentials, normalizeUsername, type PublicUser } from './accounts';
import type { Credentials } from './credentials';
import { getSessionRuntime } from '../next-session/runtime';
import { rememberDevice, trustedDevices } from '../next-session/device-cookie';
import { HashBusyError } from './hash-gate';
import { LoginThrottle } from './login-throttle';
import { withGrantedRole } from './role-grants';

export type LoginResult =
  | {
      ok: true;
      user: PublicUser;
      /** Fingerprints of the session ID before and after the rotation. */
      before: string;
      after: string;
      /** How long the password check took (scrypt, and any wait for a hashing slot), for the Server-Timing header. */
      passwordCheckMs: number;
    }
  | { ok: false; reason: 'invalid_credentials'; passwordCheckMs: number }
  | { ok: false; reason: 'too_many_attempts'; retryAfterSeconds: number }
  /** Every password-hashing slot stayed busy: nothing was checked or counted. */
  | { ok: false; reason: 'busy'; retryAfterSeconds: number };

/**
 * Signs a visitor in. The one place for the rules, called by POST /api/login
 * and by the login form's server action:
 * 1. throttle failed attempts per username (or, for a browser that signed in
 *    as this user before, per device cookie) and per client address;
 * 2. check the password (constant time, unknown users too), a few hashes at
 *    a time across all instances;
 * 3. rotate the session ID (new ID, attributes kept, old ID dead) so an ID an
 *    attacker planted or saw before login is worthless after it (fixation);
 * 4. attach the user, the role and a new CSRF token in that same store write
 *    (one write: they never reach the old ID).
 */
export async function login(session: HttpSession, credentials: Credentials, client: { address: string }): Promise<LoginResult> {
  const username = normalizeUsername(credentials.username);
  const { limits, hashGate, roles } = getSessionRuntime();
  const device = (await trustedDevices()).find((entry) => entry.username === username)?.nonce ?? null;
  const permit = await new LoginThrottle(limits).begin({ username, address: client.address, device });
  if (!permit.allowed) {
    const retryAfterSeconds = Math.ceil(permit.retryAfterMs / 1000);
    audit('login_throttled', { username, address: client.address, device: device ? 'trusted' : 'none', retryAfterSeconds });
    return { ok: false, reason: 'too_many_attempts', retryAfterSeconds };
  }
  let user: PublicUser | null;
  const checkStarted = performance.now();
  try {
    user = await hashGate.run(() => checkCredentials(credentials.username, credentials.password), { trusted: device !== null });
  } catch (error) {
    if (!(error instanceof HashBusyError)) throw error;
    await permit.cancelled();
    audit('login_busy', { username, address: client.address });
    return { ok: false, reason: 'busy', retryAfterSeconds: error.retryAfterSeconds };
  }
  const passwordCheckMs = performance.now() - checkStarted;
  if (!user) {
    audit('login_failed', { username, address: client.address });
    return { ok: false, reason: 'invalid_credentials', passwordCheckMs };
  }
  await permit.succeeded();
  // The role an admin granted in the re-authentication lab, from any instance.
  user = await withGrantedRole(roles, user);
  await rememberDevice(username);
  const before = session.fingerprint;
  // New ID and the user in one store write. The token the page held before
  // login was readable by whoever fixed the session: replace it too.
  // Sudo mode: the password was typed just now (lib/auth/reauth.ts).
  await rotateSession(session, { userId: user.id, role: user.role, csrfToken: newCsrfToken(), [AUTHENTICATED_AT]: Date.now() });
  audit('login', { user: user.id, address: client.address, session: session.fingerprint });
  return { ok: true, user, before, after: session.fingerprint, passwordCheckMs };
}

/**
 * Signs out: the session is deleted on the server (a copy of the cookie then
 * opens nothing) and the browser is told to drop the cookie. The demo's plain
 * `lab_*` cookies and sessionStorage are left alone on purpose: that they
 * outlive logout is one of the lessons. (So no `Clear-Site-Data: "cookies"`,
 * which would wipe them too; see app/api/logout/route.ts.)
 */
export async function logout(session: HttpSession): Promise<void> {
  const fingerprint = session.fingerprint;
  await endSession(session);
  audit('logout', { session: fingerprint });
}
