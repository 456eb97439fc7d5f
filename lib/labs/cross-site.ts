/**
 * /lab/cross-site: the other site is this same server reached by the other
 * loopback name (localhost <-> 127.0.0.1: an IP address has no registrable
 * domain, so the two are different sites; the port stays). The other site's
 * page sends each kind of request back here; the app records which of the
 * lab's cookies arrived (names only) under the visitor's run, and the lab
 * shows the matrix. Free of Next.js so it can be unit-tested.
 */

/** Every kind of request the other site's page makes, in the order the matrix lists them. */
export const REQUEST_KINDS = [
  'link',
  'form-get',
  'window-open',
  'form-post',
  'iframe',
  'iframe-inner',
  'img',
  'fetch-no-cors',
  'fetch-cors',
] as const;
import type { Dictionary } from '../i18n/dictionary';
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** Top-level navigations: the app answers by sending the visitor on to the lab page. */
export const NAVIGATION_KINDS: ReadonlySet<RequestKind> = new Set(['link', 'form-get', 'window-open']);

/** The demo cookies the lab sets on the app's site, beside the session cookie. */
export const DEMO_COOKIES = {
  strict: 'xs_strict',
  lax: 'xs_lax',
  none: 'xs_none',
  unset: 'xs_unset',
  /** Set by the page inside the iframe, with Partitioned (CHIPS). */
  partitioned: 'xs_chips',
  /** Set by the page inside the iframe too, SameSite=None without Partitioned: a plain third-party cookie. */
  frameNone: 'xs_frame',
} as const;

/** The columns of the matrix: the session cookie, then the demo cookies. */
export function cookieColumns(sessionCookieName: string): string[] {
  return [sessionCookieName, ...Object.values(DEMO_COOKIES)];
}

/** How long the demo cookies live in the browser (they are only for the lab). */
export const DEMO_COOKIE_MAX_AGE = 3600;

/** Set-Cookie values for the four demo cookies set on the app's own site. `value` changes each time, so the browser dates them afresh. */
export function demoCookieHeaders(value: string): string[] {
  const common = `Path=/; Max-Age=${DEMO_COOKIE_MAX_AGE}`;
  return [
    `${DEMO_COOKIES.strict}=${value}; ${common}; SameSite=Strict`,
    `${DEMO_COOKIES.lax}=${value}; ${common}; SameSite=Lax`,
    // SameSite=None is refused without Secure.
    `${DEMO_COOKIES.none}=${value}; ${common}; SameSite=None; Secure`,
    `${DEMO_COOKIES.unset}=${value}; ${common}`,
  ];
}

/** Set by the page inside the iframe: one partitioned (CHIPS) cookie and one plain third-party cookie. */
export function frameCookieHeaders(value: string): string[] {
  const common = `Path=/; Max-Age=${DEMO_COOKIE_MAX_AGE}; SameSite=None; Secure`;
  return [`${DEMO_COOKIES.partitioned}=${value}; ${common}; Partitioned`, `${DEMO_COOKIES.frameNone}=${value}; ${common}`];
}

const LOOPBACK_NAMES: Record<string, string> = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' };

/**
 * The other site for a Host header: the other loopback name, same port. Null
 * for any other host (a deployed app has no second name of its own to offer).
 */
export function otherSiteHost(host: string | null): string | null {
  if (!host) return null;
  const match = /^([^:]+)(:\d{1,5})?$/.exec(host);
  if (!match) return null;
  const other = LOOPBACK_NAMES[match[1]!.toLowerCase()];
  return other ? `${other}${match[2] ?? ''}` : null;
}

/** A run names one visitor's experiment in the URLs the other site uses: 128 random bits, hex. */
export const RUN_PATTERN = /^[0-9a-f]{32}$/;

export function newRunId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('hex');
}

export interface Arrival {
  /** Which of the lab's cookies the request carried (names only, never values). */
  cookies: string[];
  method: string;
  /** The browser's own label for the request (Sec-Fetch-Site), when it sent one. */
  fetchSite: string | null;
  at: number;
}

/** Which of `columns` a Cookie header carries: names only, and only the lab's. */
export function cookieNamesIn(header: string | null, columns: readonly string[]): string[] {
  if (!header) return [];
  const present = new Set(header.split(';').map((part) => part.split('=', 1)[0]!.trim()));
  return columns.filter((name) => present.has(name));
}

/** A request kind's name, in the lab's matrix and on the other site's page alike. */
export function kindLabel(kind: RequestKind, t: Dictionary['labCrossSite']): string {
  return {
    link: t.kindLink,
    'form-get': t.kindFormGet,
    'window-open': t.kindWindowOpen,
    'form-post': t.kindFormPost,
    iframe: t.kindIframe,
    'iframe-inner': t.kindIframeInner,
    img: t.kindImg,
    'fetch-no-cors': t.kindFetchNoCors,
    'fetch-cors': t.kindFetchCors,
  }[kind];
}
