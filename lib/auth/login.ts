import 'server-only';
import { endSession, rotateSession } from '../next-session/request-session';
import type { HttpSession } from '../session/http-session';
import { newCsrfToken } from '../session/session-id';
import { audit } from './audit';
import { AUTHENTICATED_AT } from './freshness';
import { checkCredentials, normalizeUsername, type PublicUser } from './accounts';
import type { Credentials } from './credentials';
import { loginThrottle } from './login-throttle';

export type LoginResult =
  | { ok: true; user: PublicUser; /** Fingerprints of the session ID before and after the rotation. */ before: string; after: string }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'too_many_attempts'; retryAfterSeconds: number };

/**
 * Signs a visitor in. The one place for the rules, called by POST /api/login
 * and by the login form's server action:
 * 1. throttle failed attempts per username and per client address;
 * 2. check the password (constant time, unknown users too);
 * 3. rotate the session ID (new ID, attributes kept, old ID dead) so an ID an
 *    attacker planted or saw before login is worthless after it (fixation);
 * 4. only then attach the user, the role and a new CSRF token to it.
 */
export async function login(session: HttpSession, credentials: Credentials, client: { address: string }): Promise<LoginResult> {
  const username = normalizeUsername(credentials.username);
  const permit = loginThrottle().begin({ username, address: client.address });
  if (!permit.allowed) {
    const retryAfterSeconds = Math.ceil(permit.retryAfterMs / 1000);
    audit('login_throttled', { username, address: client.address, retryAfterSeconds });
    return { ok: false, reason: 'too_many_attempts', retryAfterSeconds };
  }
  const user = await checkCredentials(credentials.username, credentials.password);
  if (!user) {
    audit('login_failed', { username, address: client.address });
    return { ok: false, reason: 'invalid_credentials' };
  }
  permit.succeeded();
  const before = session.fingerprint;
  await rotateSession(session);
  await session.setAttribute('userId', user.id);
  await session.setAttribute('role', user.role);
  // The token the page held before login was readable by whoever fixed the session: replace it too.
  await session.setAttribute('csrfToken', newCsrfToken());
  // Sudo mode: the password was typed just now (lib/auth/reauth.ts).
  await session.setAttribute(AUTHENTICATED_AT, Date.now());
  audit('login', { user: user.id, address: client.address, session: session.fingerprint });
  return { ok: true, user, before, after: session.fingerprint };
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
