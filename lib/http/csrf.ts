import { timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

export interface CsrfEvidence {
  /** The X-CSRF-Token header, if sent. */
  token: string | null;
  /** The Origin header, if sent. */
  origin: string | null;
  /** This site's origin, as siteOrigin() makes it from the request: what "this site" means. */
  site: string | null;
}

/**
 * The request's own origin: the scheme it arrived on (see requestScheme) and
 * its Host header. Whichever name the visitor used (localhost or 127.0.0.1),
 * a page of that name posting to that name is same-origin.
 */
export function siteOrigin(scheme: 'http' | 'https', host: string | null): string | null {
  if (!host) return null;
  try {
    const url = new URL(`${scheme}://${host}`);
    return url.host === host.toLowerCase() || url.host === host.toLowerCase().replace(/:(80|443)$/, '') ? url.origin : null;
  } catch {
    return null;
  }
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export const CROSS_SITE_MESSAGE = 'This request came from another site (its Origin header does not match).';

/**
 * True when the browser says the request was made by a page of another origin
 * ("null" included): scheme, host and port must all match this site's. No
 * Origin: not a browser's cross-site request.
 */
export function isCrossSiteOrigin(origin: string | null, site: string | null): boolean {
  if (origin === null) return false;
  if (site === null) return true;
  try {
    return new URL(origin).origin !== site;
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
  if (isCrossSiteOrigin(evidence.origin, evidence.site)) {
    return CROSS_SITE_MESSAGE;
  }
  if (!evidence.token) return 'The X-CSRF-Token header is missing. Send the csrfToken from GET /api/session.';
  if (typeof expectedToken !== 'string' || !sameSecret(evidence.token, expectedToken)) {
    return "The X-CSRF-Token header does not match this session's csrfToken.";
  }
  return null;
}
