import 'server-only';
import { ApiError } from '../api/api-error';
import { getSessionRuntime } from '../next-session/runtime';
import type { HttpSession } from '../session/http-session';
import { audit } from './audit';
import type { PublicUser } from './accounts';
import { userOf } from './current-user';
import { describeDevice, type Device } from './device';
import { logout } from './login';
import { isoTime } from '../i18n/format';
import { requireFreshLogin } from './reauth';

/** How many sessions the admin list shows (most recently active first). */
export const ADMIN_LIST_LIMIT = 200;

export interface MySessionView {
  id: string;
  device: Device;
  createdAt: string;
  lastAccessedAt: string;
  expiresAt: string;
  /** The session this request came with. */
  current: boolean;
}

export interface AdminSessionView extends MySessionView {
  user: PublicUser | null;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
  /** Bytes of each attribute as stored (JSON); never the values: they hold other people's carts and CSRF tokens. */
  attributeSizes: Record<string, number>;
  totalBytes: number;
}

function mine(session: HttpSession, current: HttpSession): MySessionView {
  return {
    id: session.fingerprint,
    device: describeDevice(session.userAgent),
    createdAt: isoTime(session.creationTime),
    lastAccessedAt: isoTime(session.lastAccessedTime),
    expiresAt: isoTime(session.expiresAt),
    current: session.key === current.key,
  };
}

function forAdmin(session: HttpSession, current: HttpSession): AdminSessionView {
  const attributeSizes = Object.fromEntries(
    Object.entries(session.attributes).map(([name, value]) => [name, Buffer.byteLength(JSON.stringify(value))]),
  );
  return {
    ...mine(session, current),
    user: userOf(session),
    idleExpiresAt: isoTime(session.idleExpiresAt),
    absoluteExpiresAt: isoTime(session.absoluteExpiresAt),
    attributeSizes,
    totalBytes: Object.values(attributeSizes).reduce((sum, size) => sum + size, 0),
  };
}

/** The live sessions of the signed-in user, newest first. */
export async function listMySessions(current: HttpSession, user: PublicUser): Promise<MySessionView[]> {
  const sessions = await getSessionRuntime().manager.listByUser(user.id);
  return sessions.map((session) => mine(session, current)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Every live session, most recently active first, and how many there are in all. */
export async function listAllSessions(current: HttpSession): Promise<{ sessions: AdminSessionView[]; total: number }> {
  const { manager } = getSessionRuntime();
  const [sessions, total] = await Promise.all([manager.listAll(ADMIN_LIST_LIMIT), manager.store.count()]);
  return { sessions: sessions.map((session) => forAdmin(session, current)), total };
}

const unknownSession = () => new ApiError(404, 'unknown_session', 'No live session with this id in your list: it may have ended already.');

/**
 * Ends one session of the signed-in user ("log out that library computer").
 * Someone else's session answers exactly like one that does not exist. Ending
 * the current one is a logout.
 */
export async function revokeMySession(current: HttpSession, user: PublicUser, id: string): Promise<{ current: boolean }> {
  const target = await getSessionRuntime().manager.findByFingerprint(id);
  return end(target?.getAttribute('userId') === user.id ? target : null, current);
}

/** Admins end any session, their own included (which logs them out). */
export async function endAnySession(current: HttpSession, id: string): Promise<{ current: boolean }> {
  // Sensitive: the admin's password must be recent (sudo mode).
  requireFreshLogin(current);
  return end(await getSessionRuntime().manager.findByFingerprint(id), current);
}

/** One lookup by fingerprint in the store's key index, whatever the number of sessions. */
async function end(target: HttpSession | null, current: HttpSession): Promise<{ current: boolean }> {
  if (!target) throw unknownSession();
  if (target.key === current.key) {
    await logout(current);
    return { current: true };
  }
  await target.invalidate();
  audit('session_revoked', { by: userOf(current)?.id ?? null, session: target.fingerprint });
  return { current: false };
}
