import { siteOrigin } from './csrf';

/** Set by the HTTP server hook (http-guard.ts) on every request; a client's copy is replaced. */
export const SCHEME_HEADER = 'x-session-lab-scheme';

/**
 * The scheme the visitor used: https when the socket is TLS; behind
 * TRUST_PROXY proxies of ours, what the nearest trusted one says in
 * X-Forwarded-Proto (a TLS terminator in front says https). Never the
 * client's own word otherwise.
 */
export function trustedScheme(encrypted: boolean, forwardedProto: string | string[] | undefined, hops: number): 'http' | 'https' {
  if (encrypted) return 'https';
  if (hops > 0 && forwardedProto !== undefined) {
    const entries = (Array.isArray(forwardedProto) ? forwardedProto.join(',') : forwardedProto).split(',').map((e) => e.trim());
    const said = entries[Math.max(0, entries.length - hops)]?.toLowerCase();
    if (said === 'https') return 'https';
  }
  return 'http';
}

/** This request's site, for the Origin check: scheme (from the server hook) and Host. */
export function requestSite(headers: Pick<Headers, 'get'>): string | null {
  return siteOrigin(headers.get(SCHEME_HEADER) === 'https' ? 'https' : 'http', headers.get('host'));
}
