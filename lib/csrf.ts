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

/**
 * Why a state-changing request is refused, or null when it may go on. A
 * cross-site page can make the browser send our cookie, but it can neither
 * read the token to echo it in a header nor fake the Origin header.
 */
export function csrfProblem(evidence: CsrfEvidence, expectedToken: unknown): string | null {
  if (evidence.origin !== null) {
    let originHost: string | null = null;
    try {
      originHost = new URL(evidence.origin).host;
    } catch {
      originHost = null;
    }
    if (originHost === null || originHost !== evidence.host) {
      return 'This request came from another site (its Origin header does not match).';
    }
  }
  if (!evidence.token) return 'The X-CSRF-Token header is missing. Send the csrfToken from GET /api/session.';
  if (typeof expectedToken !== 'string' || !sameSecret(evidence.token, expectedToken)) {
    return 'The X-CSRF-Token header does not match this session\'s csrfToken.';
  }
  return null;
}
