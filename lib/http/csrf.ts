import { timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

export interface CsrfEvidence {
  /** The X-CSRF-Token header, if sent. */
  token: string | null;
  /** The Origin header, if sent. */
  origin: string | null;
  /** Host header of this request: what "this site" means. */
  host: string | null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const CROSS_SITE_MESSAGE = 'This request came from another site (its Origin header does not match).';

/** True when the browser says the request was made by a page of another site ("null" included). No Origin: not a browser's cross-site request. */
export function isCrossSiteOrigin(origin: string | null, host: string | null): boolean {
  if (origin === null) return false;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Why a state-changing request is refused, or null when it may go on. A
 * cross-site page can make the browser send our cookie, but it can neither
 * read the token to echo it in a header nor fake the Origin header.
 */
export function csrfProblem(evidence: CsrfEvidence, expectedToken: unknown): string | null {
  if (isCrossSiteOrigin(evidence.origin, evidence.host)) {
    return CROSS_SITE_MESSAGE;
  }
  if (!evidence.token) return 'The X-CSRF-Token header is missing. Send the csrfToken from GET /api/session.';
  if (typeof expectedToken !== 'string' || !sameSecret(evidence.token, expectedToken)) {
    return "The X-CSRF-Token header does not match this session's csrfToken.";
  }
  return null;
}
