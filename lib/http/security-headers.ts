/** Headers every page and API answer carries. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers without CSP's frame-ancestors; both say "never in a frame" (clickjacking).
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/** The one answer that may sit in a frame (of the other site only): the cross-site lab's framed page. */
export const FRAMEABLE_PATH = '/api/lab/cross-site/frame';

/** JSON is never a document: it may load nothing and sit in no frame. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * For what proxy.ts skips (files by extension, /_next/static): a real file
 * needs no more, and a 404 for such a path (`/nope.png`) is a whole HTML
 * page that must not run anything either. Its inline scripts are blocked; it
 * still reads as a page, just without React taking over.
 */
export const STATIC_CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** 128 random bits, fresh for every page response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

/**
 * The pages' Content-Security-Policy. Scripts run only with this response's
 * nonce (Next.js reads it from the request's CSP header and puts it on its own
 * script tags); 'strict-dynamic' lets those scripts load the app's chunks.
 * An injected <script> has no nonce and does not run.
 *
 * - style-src-attr 'unsafe-inline': React's `style` prop becomes a style
 *   attribute, which cannot carry a nonce. Attribute CSS cannot run script,
 *   and img-src/default-src keep it from loading anything off-site.
 * - development: React needs eval for its debugging aids, and the dev overlay
 *   injects styles without a nonce. Production gets neither.
 * - no upgrade-insecure-requests: the app must also work over plain http on
 *   localhost; behind TLS, send HSTS from the TLS terminator instead.
 */
export function contentSecurityPolicy(nonce: string, { development }: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
