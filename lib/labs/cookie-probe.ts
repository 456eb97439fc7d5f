import 'server-only';
import { cookies, headers } from 'next/headers';
import { tamper } from './cookie-tamper';
import { findOrCreateSession, sessionCookieName } from '../next-session/session-cookie';
import { getSessionRuntime } from '../next-session/runtime';
import { fingerprint, newSessionId } from '../session/session-id';

/*
 * The security and fixation labs hand a doctored session cookie to the same
 * function that reads every request's cookie (findOrCreateSession, which
 * proxy.ts calls), and report what it gave back. A cookie a visitor edits in
 * devtools goes through exactly this.
 */

export interface ProbeResult {
  /** This browser's own session, untouched by the probe. */
  yours: string;
  /** The session the doctored cookie was given. */
  answered: { fingerprint: string; isNew: boolean };
}

async function probe(cookieValue: string, yours: string): Promise<ProbeResult> {
  const { session } = await findOrCreateSession(cookieValue, { touch: false, headers: await headers() });
  const answered = { fingerprint: session.fingerprint, isNew: session.isNew };
  // A session made for the probe alone: nobody holds its cookie, so delete it now.
  if (session.isNew) await session.invalidate();
  return { yours, answered };
}

/** POST /api/lab/security/tampered-cookie: a copy of this request's cookie with one character changed. */
export async function probeTamperedCookie(yours: string): Promise<ProbeResult> {
  const sealed = (await cookies()).get(sessionCookieName())?.value ?? '';
  return probe(tamper(sealed), yours);
}

/**
 * POST /api/lab/fixation/planted-cookie: a properly sealed cookie naming an
 * ID this server never issued (the worst case: as if the attacker could seal).
 */
export async function probePlantedCookie(yours: string): Promise<ProbeResult & { planted: string }> {
  const plantedId = newSessionId();
  const result = await probe(await getSessionRuntime().codec.seal(plantedId), yours);
  return { ...result, planted: fingerprint(plantedId) };
}
