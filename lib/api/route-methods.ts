import { errorResponse } from './api-error';

/** The methods Next.js routes to a route.ts export (it answers HEAD and OPTIONS itself when they are missing). */
export const ROUTE_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];

type ImplementableMethod = Exclude<RouteMethod, 'HEAD' | 'OPTIONS'>;
const IMPLEMENTABLE: readonly ImplementableMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

// Any route handler; `never` parameters accept apiRoute's and plain handlers alike.
type Handler = (...args: never[]) => Response | Promise<Response>;
type MethodNotAllowed = (request: Request) => Response;

export type RouteExports<H> = {
  [M in ImplementableMethod]: M extends keyof H ? H[M] : MethodNotAllowed;
} & {
  HEAD: 'GET' extends keyof H ? H['GET' & keyof H] : MethodNotAllowed;
  OPTIONS: () => Response;
};

/**
 * Every export a route.ts needs: the handlers it implements, and for each
 * other method a 405 in the API's error format with an `Allow` header (Next's
 * own 405 has an empty body). Use it in every route file:
 *
 *   export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: apiRoute(...) });
 */
export function routeMethods<H extends Partial<Record<ImplementableMethod, Handler>>>(handlers: H): RouteExports<H> {
  const implemented = IMPLEMENTABLE.filter((method) => handlers[method]);
  const allow = [...implemented, ...(handlers.GET ? ['HEAD'] : []), 'OPTIONS'].join(', ');
  const notAllowed: MethodNotAllowed = (request) =>
    errorResponse(405, 'method_not_allowed', `${request.method} is not allowed here. This endpoint accepts ${implemented.join(', ')}.`, {
      Allow: allow,
    });
  const exports: Record<string, unknown> = {
    HEAD: handlers.GET ?? notAllowed,
    OPTIONS: () => new Response(null, { status: 204, headers: { Allow: allow } }),
  };
  for (const method of IMPLEMENTABLE) exports[method] = handlers[method] ?? notAllowed;
  return exports as RouteExports<H>;
}
