import { apiRoute } from '@/lib/api/api-route';
import { statelessLabView } from '@/lib/stateless/stateless-lab';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** What our server session and the stateless demo cookie each say about this browser. */
const handleGet = apiRoute(async ({ session }) => statelessLabView(session));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ GET: handleGet });
