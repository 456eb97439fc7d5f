import { apiRoute } from '@/lib/api/api-route';
import { routeMethods } from '@/lib/api/route-methods';
import { crossSiteView, startRun } from '@/lib/labs/cross-site-lab';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** The matrix so far: which cookies arrived on each kind of request from the other site. */
const handleGet = apiRoute(async ({ session, request }) => crossSiteView(session, request.headers.get('host')));

/** Sets the demo cookies and starts an empty matrix. */
const handlePost = apiRoute(async ({ session, request }) => startRun(session, request.headers.get('host')));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet, POST: handlePost });
