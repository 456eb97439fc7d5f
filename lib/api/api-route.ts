import 'server-only';
import type { NextRequest } from 'next/server';
import { CROSS_SITE_MESSAGE, csrfProblem, CSRF_HEADER, isCrossSiteOrigin } from '../http/csrf';
import { withServedBy } from '../http/instance';
import { requestSite } from '../http/request-site';
import { getApiSession } from '../next-session/request-session';
import type { HttpSession } from '../session/http-session';
import { SessionEndedError } from '../session/http-session';
import { StoreUnavailableError } from '../session/store';
import { TooManySessionsError } from '../limits/too-many-sessions';
import { ApiError, errorResponse } from './api-error';
import { readNoBody } from './read-json';
import { attribute } from '../next-session/attributes';

export interface ApiContext<Params> {
  request: NextRequest;
  session: HttpSession;
  params: Params;
}

type Handler<Params> = (context: ApiContext<Params>) => Promise<Response | object>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const NO_STORE = { 'Cache-Control': 'no-store' };

/** Turns any failure into the contract's error body; only a bug or an outage gives a 5xx. */
export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error.status, error.code, error.message, error.headers);
  if (error instanceof SessionEndedError) return errorResponse(409, 'session_ended', error.message);
  if (error instanceof TooManySessionsError) {
    return errorResponse(429, 'too_many_sessions', error.message, { 'Retry-After': String(error.retryAfterSeconds) });
  }
  if (error instanceof StoreUnavailableError) {
    return errorResponse(503, 'store_unavailable', 'The session store cannot be reached. Try again in a moment.', {
      'Retry-After': '5',
    });
  }
  console.error('Unexpected error in an API route', error);
  return errorResponse(500, 'internal', 'Something went wrong on our side.');
}

/**
 * Every /api route goes through here: load the session, refuse cross-site
 * writes (CSRF), run the handler, answer JSON that is never cached.
 */
export interface ApiRouteOptions {
  /** The handler reads a JSON body (with readJson). Otherwise a write must come without one. */
  takesBody?: boolean;
}

export function apiRoute<Params = Record<string, never>>(handler: Handler<Params>, options: ApiRouteOptions = {}) {
  return async (request: NextRequest, context: { params: Promise<Params> }): Promise<Response> =>
    withServedBy(await answer(handler, request, context, options));
}

async function answer<Params>(
  handler: Handler<Params>,
  request: NextRequest,
  context: { params: Promise<Params> },
  options: ApiRouteOptions,
): Promise<Response> {
  try {
    const unsafe = !SAFE_METHODS.has(request.method);
    // Before any session is found or made: a write from another site's page
    // arrives without our cookie (SameSite=Lax), and answering it with a new
    // session cookie would replace the visitor's (a forced logout).
    if (unsafe && isCrossSiteOrigin(request.headers.get('origin'), requestSite(request.headers))) {
      throw new ApiError(403, 'csrf', CROSS_SITE_MESSAGE);
    }
    const session = await getApiSession(request);
    if (unsafe) {
      const problem = csrfProblem(
        {
          token: request.headers.get(CSRF_HEADER),
          origin: request.headers.get('origin'),
          site: requestSite(request.headers),
        },
        session.getAttribute(attribute('csrfToken')),
      );
      if (problem) throw new ApiError(403, 'csrf', problem);
      if (!options.takesBody) await readNoBody(request);
    }
    const result = await handler({ request, session, params: await context.params });
    if (!(result instanceof Response)) return Response.json(result, { headers: NO_STORE });
    result.headers.set('Cache-Control', 'no-store');
    return result;
  } catch (error) {
    return toErrorResponse(error);
  }
}
