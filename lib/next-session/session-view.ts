import { isoTime } from '../i18n/format';
import type { HttpSession } from '../session/http-session';

const iso = isoTime;

/** The session as the API and the pages show it: the fingerprint stands in for the ID. */
export function sessionView(session: HttpSession) {
  return {
    id: session.fingerprint,
    isNew: session.isNew,
    createdAt: iso(session.creationTime),
    lastAccessedAt: iso(session.lastAccessedTime),
    idleExpiresAt: iso(session.idleExpiresAt),
    absoluteExpiresAt: iso(session.absoluteExpiresAt),
    maxInactiveInterval: session.maxInactiveInterval,
    attributes: session.attributes,
  };
}

export type SessionView = ReturnType<typeof sessionView>;
