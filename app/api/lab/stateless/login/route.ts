import { apiRoute } from '@/lib/api/api-route';
import { statelessSignIn } from '@/lib/stateless/stateless-lab';
import { routeMethods } from '@/lib/api/route-methods';

// Per-session answers, never cached.
export const dynamic = 'force-dynamic';

/** Signs the stateless demo cookie in as the user of this session (401 when signed out). */
const handlePost = apiRoute(async ({ session }) => statelessSignIn(session));

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({ POST: handlePost });
