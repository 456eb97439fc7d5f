import { toErrorResponse } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { withServedBy } from '@/lib/http/instance';
import { statelessSessionView } from '@/lib/stateless/stateless-lab';

// Per-cookie answers, never cached.
export const dynamic = 'force-dynamic';

/**
 * The stateless cookie's user, cart and language, read with no server store:
 * what a Next.js app built on iron-session alone answers. Deliberately not an
 * apiRoute, which would load our session too; errors keep the API's shape.
 */
async function handleGet(): Promise<Response> {
  try {
    return withServedBy(Response.json(await statelessSessionView(), { headers: { 'Cache-Control': 'no-store' } }));
  } catch (error) {
    return withServedBy(toErrorResponse(error));
  }
}

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
