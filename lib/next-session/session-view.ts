import type { HttpSession } from '../session/http-session';

// One Date, reset for each timestamp: a view formats four, on every request,
// and Next.js wraps the Date constructor (for its own checks) in production too.
const scratch = new Date(0);
const iso = (ms: number) => {
  scratch.setTime(ms);
  return scratch.toISOString();
};

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
