import 'server-only';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { errorResponse } from '../api/api-error';
import { userOf } from '../auth/current-user';
import { itemCount, readCart } from '../cart/cart';
import { CROSS_SITE_MESSAGE, isCrossSiteOrigin } from '../http/csrf';
import { FRAMEABLE_PATH, SECURITY_HEADERS } from '../http/security-headers';
import { sessionCookieName } from '../next-session/session-cookie';
import type { HttpSession } from '../session/http-session';
import { attribute } from '../next-session/attributes';
import { getSessionRuntime } from '../next-session/runtime';
import {
  cookieColumns,
  cookieNamesIn,
  demoCookieHeaders,
  frameCookieHeaders,
  NAVIGATION_KINDS,
  newRunId,
  otherSiteHost,
  REQUEST_KINDS,
  RUN_PATTERN,
  type Arrival,
  type RequestKind,
} from './cross-site';

/** The session attributes of the lab: which run is this visitor's, and when the demo cookies were set. */
const RUN = attribute('crossSiteRun');
const COOKIES_SET_AT = attribute('crossSiteCookiesSetAt');

export const ARRIVAL_PATH = '/api/lab/cross-site/arrival';

/** The arrivals live where the sessions do, shared by every instance (lib/labs/arrival-store.ts). */
const arrivalStore = () => getSessionRuntime().arrivals;

export interface CrossSiteView {
  run: string | null;
  /** This page's host and the other site's (null when the app is not opened by a loopback name). */
  host: string | null;
  otherHost: string | null;
  cookiesSetAt: string | null;
  columns: string[];
  kinds: readonly RequestKind[];
  arrivals: Partial<Record<RequestKind, Arrival>>;
  /** What a forged form from the other site would change. */
  signedIn: boolean;
  cartItems: number;
}

export async function crossSiteView(session: HttpSession | null, host: string | null): Promise<CrossSiteView> {
  const run = session?.getAttribute(RUN);
  const setAt = session?.getAttribute(COOKIES_SET_AT);
  const live = typeof run === 'string' && RUN_PATTERN.test(run) ? run : null;
  return {
    run: live,
    host,
    otherHost: otherSiteHost(host),
    cookiesSetAt: typeof setAt === 'number' ? new Date(setAt).toISOString() : null,
    columns: cookieColumns(sessionCookieName()),
    kinds: REQUEST_KINDS,
    arrivals: live ? await arrivalStore().arrivals(live, Date.now()) : {},
    signedIn: userOf(session) !== null,
    cartItems: session ? itemCount(readCart(session.getAttribute('cart'))) : 0,
  };
}

/**
 * POST /api/lab/cross-site: sets the four demo cookies (with a fresh value,
 * so the browser dates them anew: the 2-minute Lax+POST allowance counts from
 * then) and starts a new run with an empty matrix.
 */
export async function startRun(session: HttpSession, host: string | null): Promise<Response> {
  const run = newRunId();
  const now = Date.now();
  await arrivalStore().open(run, now);
  await session.setAttribute(RUN, run);
  await session.setAttribute(COOKIES_SET_AT, now);
  const response = Response.json(await crossSiteView(session, host));
  for (const cookie of demoCookieHeaders(run.slice(0, 8))) response.headers.append('Set-Cookie', cookie);
  return response;
}

/** The kinds that come to ARRIVAL_PATH; the frame has a path of its own (FRAMEABLE_PATH), the only one allowed in a frame. */
const ARRIVAL_KINDS = REQUEST_KINDS.filter((kind): kind is Exclude<RequestKind, 'iframe'> => kind !== 'iframe');
const arrivalQuerySchema = z.object({ run: z.string().regex(RUN_PATTERN), kind: z.enum(ARRIVAL_KINDS) });
const frameQuerySchema = z.object({ run: z.string().regex(RUN_PATTERN) });

/** Where the other site's page sends each kind of request. */
export function arrivalUrl(app: string, run: string, kind: RequestKind): string {
  return kind === 'iframe' ? `${app}${FRAMEABLE_PATH}?run=${run}` : `${app}${ARRIVAL_PATH}?run=${run}&kind=${kind}`;
}

/** A 1×1 transparent GIF: what the <img> rows get back. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Sec-Fetch-Site's values (Fetch Metadata); anything else a client sends is kept as null. */
const FETCH_SITES = new Set(['cross-site', 'same-site', 'same-origin', 'none']);

function record(request: NextRequest, run: string, kind: RequestKind): Promise<boolean> {
  const fetchSite = request.headers.get('sec-fetch-site');
  const now = Date.now();
  return arrivalStore().record(
    run,
    kind,
    {
      cookies: cookieNamesIn(request.headers.get('cookie'), cookieColumns(sessionCookieName())),
      method: request.method,
      fetchSite: fetchSite !== null && FETCH_SITES.has(fetchSite) ? fetchSite : null,
      at: now,
    },
    now,
  );
}

const unknownRun = () => errorResponse(404, 'unknown_run', 'No lab run with this id: press “Set the demo cookies” in the lab first.');

/**
 * GET or POST /api/lab/cross-site/arrival?run=…&kind=…: records which of the
 * lab's cookies came (names only), then answers as the app would: a
 * navigation lands on the lab, a cross-site POST is refused (403, before any
 * session is made: this route never makes one), an image or fetch gets a tiny
 * answer.
 */
export async function recordArrival(request: NextRequest): Promise<Response> {
  const parsed = arrivalQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return errorResponse(400, 'invalid_input', `run must be 32 hex digits and kind one of: ${ARRIVAL_KINDS.join(', ')}.`);
  }
  const { run, kind } = parsed.data;
  if (!(await record(request, run, kind))) return unknownRun();
  if (request.method === 'POST') {
    const crossSite = isCrossSiteOrigin(request.headers.get('origin'), request.headers.get('host'));
    return errorResponse(403, 'csrf', crossSite ? CROSS_SITE_MESSAGE : 'This address only records what arrived; it changes nothing.');
  }
  if (NAVIGATION_KINDS.has(kind)) {
    return new Response(null, { status: 303, headers: { Location: `/lab/cross-site?arrived=${kind}#matrix` } });
  }
  if (kind === 'img' || kind === 'iframe-inner') {
    return new Response(PIXEL, { headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store' } });
  }
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}

/** GET /api/lab/cross-site/frame?run=…: records the frame's own request and answers the framed page. */
export async function recordFrame(request: NextRequest): Promise<Response> {
  const parsed = frameQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) return errorResponse(400, 'invalid_input', 'run must be 32 hex digits.');
  if (!(await record(request, parsed.data.run, 'iframe'))) return unknownRun();
  return framePage(request, parsed.data.run);
}

/**
 * The page the other site frames. Only this answer may sit in a frame, and
 * only in the other site's pages (frame-ancestors); every other answer keeps
 * `frame-ancestors 'none'` and X-Frame-Options: DENY. It sets a partitioned
 * and a plain third-party cookie, then asks for an image of its own site,
 * which shows which of the two came back inside the frame.
 */
function framePage(request: NextRequest, run: string): Response {
  const host = request.headers.get('host');
  const other = otherSiteHost(host);
  const ancestors = other ? `${request.nextUrl.protocol}//${other}` : "'none'";
  const inner = arrivalUrl('', run, 'iframe-inner');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(host ?? '')}</title></head>
<body style="font:14px system-ui,sans-serif;margin:8px;color:#111">
<p>${escapeHtml(host ?? '')}</p><img src="${escapeHtml(inner)}" alt="" width="1" height="1">
</body></html>`;
  const { 'X-Frame-Options': _never, ...headers } = SECURITY_HEADERS;
  const response = new Response(html, {
    headers: {
      ...headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': `default-src 'none'; img-src 'self'; style-src-attr 'unsafe-inline'; base-uri 'none'; frame-ancestors ${ancestors}`,
    },
  });
  for (const cookie of frameCookieHeaders(run.slice(0, 8))) response.headers.append('Set-Cookie', cookie);
  return response;
}
