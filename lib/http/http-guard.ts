import { Server, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';
import { ROUTE_METHODS } from '../api/route-methods';
import { CLIENT_ADDRESS_HEADER, trustedAddress } from '../auth/client-address';
import { SCHEME_HEADER, trustedScheme } from './request-site';
import { isPrefetchRequest, PREFETCH_HEADER } from './prefetch';

/*
 * A few requests break Next.js itself before proxy.ts or any route runs:
 * TRACE gives a 500 (the web Request constructor refuses it), a method
 * outside HTTP's usual seven gives an empty 400, a path with broken
 * percent-encoding (`/api/%zz`) gives a 500 from a dynamic route, and so does
 * a garbled router-state header (`Next-Router-State-Tree`, sent by client-side
 * navigations) on the not-found page. A client can send all of them, and none
 * may give a 5xx, so the server answers them here, before Next.js sees them,
 * in the API's error format.
 */

const ROUTER_STATE_HEADER = 'next-router-state-tree';

const ROUTABLE = new Set<string>(ROUTE_METHODS);

export interface Refusal {
  status: number;
  code: string;
  message: string;
  headers?: Record<string, string>;
}

/** Why this request cannot be handed to Next.js, or null when it can. */
export function unroutableRequest(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders = {}): Refusal | null {
  if (!method || !ROUTABLE.has(method)) {
    return {
      status: 405,
      code: 'method_not_allowed',
      message: `${method ?? 'This method'} is not supported by this server.`,
      headers: { Allow: ROUTE_METHODS.join(', ') },
    };
  }
  const path = (url ?? '/').split('?', 1)[0]!;
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, code: 'invalid_input', message: 'The path has broken percent-encoding.' };
  }
  if (headers[ROUTER_STATE_HEADER] !== undefined) {
    try {
      // Next.js's own check, the one whose failure it turns into a 500.
      parseAndValidateFlightRouterState(headers[ROUTER_STATE_HEADER]);
    } catch {
      return { status: 400, code: 'invalid_router_state', message: 'The Next-Router-State-Tree header is not valid.' };
    }
  }
  return null;
}

function refuse(response: ServerResponse, refusal: Refusal): void {
  const body = JSON.stringify({ error: { code: refusal.code, message: refusal.message } });
  response.writeHead(refusal.status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...refusal.headers,
  });
  response.end(body);
}

const INSTALLED = Symbol.for('session-lab.http-guard');

/**
 * Stamps the client's address and scheme on the request, from the socket (and
 * X-Forwarded-For/-Proto only as far as TRUST_PROXY says), replacing any copy
 * the client sent. Next.js 16 gives route handlers, server actions and proxy.ts
 * no socket; they read this header (see clientAddress). Also says whether the
 * request is a prefetch, which proxy.ts cannot see (see PREFETCH_HEADER).
 */
export function stampClient(request: IncomingMessage, trustProxy: number): void {
  const socket = request.socket as (typeof request.socket & { encrypted?: boolean }) | undefined;
  request.headers[CLIENT_ADDRESS_HEADER] = trustedAddress(socket?.remoteAddress, request.headers['x-forwarded-for'], trustProxy);
  request.headers[SCHEME_HEADER] = trustedScheme(socket?.encrypted === true, request.headers['x-forwarded-proto'], trustProxy);
  if (isPrefetchRequest(request.headers)) request.headers[PREFETCH_HEADER] = '1';
  else delete request.headers[PREFETCH_HEADER];
}

/**
 * Puts the check in front of every HTTP server in this process. Called once
 * from instrumentation.ts.
 *
 * Checked against Next.js 16.4.6 (package.json) and its docs: there is no
 * supported hook that runs before Next.js parses a request. proxy.ts and
 * instrumentation's onRequestError run after the parsing that fails here;
 * a custom server (next({ ... }).getRequestHandler()) could check first, but
 * it replaces `next start` and gives up its optimisations, which the docs warn
 * against. So `next start`'s own server is patched, and the router-state check
 * above imports Next.js's own validator from next/dist (not a public API: the
 * import fails the build, and lib/api/route-methods.test.ts and the
 * reliability corpus send a garbled header, if a Next.js upgrade moves it).
 * Look again at each Next.js upgrade.
 */
export function installHttpGuard(options: { trustProxy: number }): void {
  const holder = globalThis as typeof globalThis & { [INSTALLED]?: true };
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function guardedEmit(this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      const refusal = unroutableRequest(request.method, request.url, request.headers);
      if (refusal) {
        // Read and drop any body so the connection can be reused.
        request.resume();
        refuse(response, refusal);
        return true;
      }
      stampClient(request, options.trustProxy);
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  } as typeof emit;
}
