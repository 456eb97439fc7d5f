import { ALL_METHODS, ODD_METHODS, ROUTES, type RouteRow } from '../routes';
import type { RawRequest } from '../support/raw-http';
import { badBodies, JUNK_BODIES, type BadBody } from './bodies';
import type { CookieVariant } from './cookies';

export interface CorpusRequest extends RawRequest {
  route: RouteRow;
  /** True when the request must be refused with a 4xx (a broken write must never succeed). */
  mustRefuse: boolean;
}

/** A session the corpus attacks; its state is compared before and after. */
export interface Victim {
  cookieHeader: string;
  csrfToken: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function request(
  route: RouteRow,
  method: string,
  label: string,
  headers: Record<string, string | undefined>,
  body?: BadBody,
): CorpusRequest {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) clean[name] = value;
  if (body?.contentType) clean['content-type'] = body.contentType;
  if (body?.contentEncoding) clean['content-encoding'] = body.contentEncoding;
  if (body?.contentLength) clean['content-length'] = body.contentLength;
  return {
    label: `${method} ${route.path}: ${label}${body ? `, body ${body.label}` : ''}`,
    method,
    path: route.path,
    headers: clean,
    body: body?.body,
    chunked: body?.chunked,
    route,
    mustRefuse: route.kind === 'api' && !SAFE.has(method),
  };
}

/** Headers a browser never sends like this, some of them Next.js's own. */
const JUNK_HEADERS: Record<string, string>[] = [
  { accept: 'text/x-component' },
  { rsc: '1' },
  { rsc: '1', 'next-router-state-tree': 'junk' },
  { rsc: '1', 'next-router-state-tree': '%7B%22' },
  { 'next-router-prefetch': '1', rsc: '1' },
  { 'next-action': 'junk' },
  { 'next-action': 'a'.repeat(42) },
  { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' },
  { 'x-session-lab-new': '1' },
  { 'accept-language': `*;q=junk,,,${'x'.repeat(4000)}` },
  { 'user-agent': 'x'.repeat(8000) },
  { 'x-forwarded-host': 'evil.example, %%%' },
  { 'x-forwarded-proto': 'gopher' },
  { host: 'evil.example' },
  { 'content-type': 'application/json; charset=klingon' },
];

const ODD_PATHS = [
  '/api',
  '/api/',
  '/api//session',
  '/api/session/',
  '/api/./session',
  '/api/session/..',
  '/api/%2e%2e/%2e%2e/etc/passwd',
  '/api/session%2Fmax-inactive-interval',
  '/api/session%00',
  '/api/%zz',
  '/api/health%',
  '/%E0%A4%A',
  '/api/%C3%A9',
  `/api/${'a'.repeat(4000)}`,
  '/api/session?seconds=10&csrfToken=x',
  '/api/session#fragment',
  '/?__proto__[admin]=1',
  '/api/session;jsessionid=x',
  '/api/session.json',
  '/api/session/max-inactive-interval?seconds=10',
  '/_next/static/../../package.json',
  '/_next/image?url=x',
  '/.env',
  '/favicon.ico',
  `/${'%20'.repeat(500)}`,
];

/** The generated corpus: every route × method × cookie, broken bodies, CSRF tricks, junk headers and paths. */
export function buildCorpus(victims: [Victim, Victim], cookies: CookieVariant[]): CorpusRequest[] {
  const [victim, other] = victims;
  const corpus: CorpusRequest[] = [];

  // Every route with every method (HTTP's and some odd ones), and every route with every kind of
  // cookie; no body, no token. Not the full product (route x method x cookie was 10,000 requests,
  // most of them page renders, and ran past its time limit on a busy machine): the cookie is read
  // the same way whatever the method, so each route gets every method and every cookie, the
  // methods rotating through the cookies, and every cookie meets every method somewhere.
  const methods = [...ALL_METHODS, ...ODD_METHODS];
  for (const [r, route] of ROUTES.entries()) {
    const pairs = Math.max(methods.length, cookies.length);
    for (let i = 0; i < pairs; i++) {
      const method = methods[(r + i) % methods.length]!;
      const cookie = cookies[i % cookies.length]!;
      corpus.push(request(route, method, `cookie ${cookie.label}`, { cookie: cookie.header }));
    }
  }
  // Where a forged cookie could do harm, the full product: each write an API route takes, with
  // every kind of forged cookie and the victim's real CSRF token (a stolen token must not make a
  // forged cookie write). Cookies that carry the victim's whole real value are left out: with the
  // token too, that is the victim's own valid request, which may rightly write.
  const victimValue = victim.cookieHeader.slice(victim.cookieHeader.indexOf('=') + 1);
  const forged = cookies.filter((cookie) => !cookie.header?.includes(victimValue));
  for (const route of ROUTES.filter((r) => r.kind === 'api')) {
    for (const method of route.methods.filter((m) => !SAFE.has(m))) {
      for (const cookie of forged)
        corpus.push(
          request(route, method, `write with cookie ${cookie.label} and the victim's token`, {
            cookie: cookie.header,
            'x-csrf-token': victim.csrfToken,
          }),
        );
    }
  }

  for (const route of ROUTES.filter((r) => r.kind === 'api')) {
    // Broken bodies of each valid body with a valid token; without one, a sample of each kind
    // (the token is checked before the body is read, so the rest would only repeat that refusal).
    for (const [method, valid] of Object.entries(route.bodies ?? {})) {
      for (const [i, body] of badBodies(valid, route.optional).entries()) {
        corpus.push(request(route, method, 'valid CSRF token', { cookie: victim.cookieHeader, 'x-csrf-token': victim.csrfToken }, body));
        if (i % 5 === 0) corpus.push(request(route, method, 'no CSRF token', { cookie: victim.cookieHeader }, body));
      }
      // A valid body with every kind of wrong token or origin.
      const body: BadBody = { label: 'valid', body: JSON.stringify(valid), contentType: 'application/json' };
      const tokens: [string, Record<string, string>][] = [
        ['no token', {}],
        ['an empty token', { 'x-csrf-token': '' }],
        ['a made-up token', { 'x-csrf-token': 'A'.repeat(43) }],
        ["another session's token", { 'x-csrf-token': other.csrfToken }],
        [
          'the token with its last character changed',
          { 'x-csrf-token': victim.csrfToken.slice(0, -1) + (victim.csrfToken.endsWith('A') ? 'B' : 'A') },
        ],
        ['the token with a character added', { 'x-csrf-token': `${victim.csrfToken}x` }],
        ['a 8000-character token', { 'x-csrf-token': 'x'.repeat(8000) }],
        ['the token twice', { 'x-csrf-token': `${victim.csrfToken}, ${victim.csrfToken}` }],
        ['the token from another site', { 'x-csrf-token': victim.csrfToken, origin: 'https://evil.example' }],
        ['the token with Origin: null', { 'x-csrf-token': victim.csrfToken, origin: 'null' }],
        ['the token from another port', { 'x-csrf-token': victim.csrfToken, origin: 'http://127.0.0.1:1' }],
        ['the token with a junk Origin', { 'x-csrf-token': victim.csrfToken, origin: '::::' }],
        ['the token in a cookie only', { cookie: `${victim.cookieHeader}; x-csrf-token=${victim.csrfToken}` }],
        ['the token in a differently named header', { 'x-xsrf-token': victim.csrfToken, 'csrf-token': victim.csrfToken }],
      ];
      for (const [label, headers] of tokens) corpus.push(request(route, method, label, { cookie: victim.cookieHeader, ...headers }, body));
      corpus.push(
        request(
          route,
          method,
          'valid CSRF token, text/plain body of the wrong shape',
          { cookie: victim.cookieHeader, 'x-csrf-token': victim.csrfToken },
          { label: 'text', body: 'seconds=600', contentType: 'text/plain' },
        ),
      );
    }
    // Every junk body, with a valid token, the writing method rotating: a route that takes no body must still refuse.
    const writes = ['POST', 'PUT', 'PATCH', 'DELETE'];
    for (const [i, body] of JUNK_BODIES.entries())
      corpus.push(
        request(
          route,
          writes[i % writes.length]!,
          'valid CSRF token',
          { cookie: victim.cookieHeader, 'x-csrf-token': victim.csrfToken },
          body,
        ),
      );
  }

  // Every junk header on every route, on a read. Writes: every API route with five of them and
  // every header on five API routes (rotating), and Next.js's own headers on every page, which
  // takes writes only as server actions.
  const POSTED_PER_ROUTE = 5;
  for (const [r, route] of ROUTES.entries()) {
    for (const [h, headers] of JUNK_HEADERS.entries()) {
      const label = `headers ${Object.keys(headers).join('+')}`;
      corpus.push(request(route, 'GET', label, { cookie: victim.cookieHeader, ...headers }));
      const rotated = (h - r + JUNK_HEADERS.length * ROUTES.length) % JUNK_HEADERS.length < POSTED_PER_ROUTE;
      if (route.kind === 'api' ? rotated : 'next-action' in headers || 'rsc' in headers)
        corpus.push(request(route, 'POST', label, { cookie: victim.cookieHeader, ...headers }, JUNK_BODIES[0]));
    }
  }

  for (const path of ODD_PATHS) {
    // Where the path really leads once dot-segments are resolved: /api/%2e%2e/x is the page /x.
    const resolved = new URL(path, 'http://x').pathname;
    const route: RouteRow = { path, kind: resolved === '/api' || resolved.startsWith('/api/') ? 'api' : 'page', methods: [] };
    for (const method of ['GET', 'POST', 'DELETE']) corpus.push(request(route, method, 'odd path', { cookie: victim.cookieHeader }));
  }
  return corpus;
}
